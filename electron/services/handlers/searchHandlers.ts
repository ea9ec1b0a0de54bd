/** Handlers for searching the library's text, highlights, notes and tags. */
import type { ApiHandlers } from '../../../shared/api';
import type { DataSession } from '../dataSession';
import { SearchIndexService } from '../searchIndex';

/** The search call over a lazily built, persisted index that refreshes stale documents before each search. */
export function searchHandlers(session: DataSession, service = new SearchIndexService(session)): Pick<ApiHandlers, 'searchLibrary'> {
  return {
    async searchLibrary(input) {
      return service.search(input);
    },
  };
}
