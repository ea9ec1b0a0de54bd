/** Handlers for searching the library's text, highlights, notes and tags. */
import type { ApiHandlers } from '../../../shared/api';
import type { DataSession } from '../dataSession';
import { SearchIndexService } from '../searchIndex';

/** The search calls over a lazily built, persisted index that refreshes stale documents before each use. */
export function searchHandlers(session: DataSession, service = new SearchIndexService(session)): Pick<ApiHandlers, 'searchLibrary' | 'listSearchPeople'> {
  return {
    async searchLibrary(input) {
      return service.search(input);
    },
    async listSearchPeople() {
      return service.people();
    },
  };
}
