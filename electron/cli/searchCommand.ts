/** `marginalia search <query>`: the library search from the command line, through the same services as the app. */
import type { SearchDocumentHits } from '../../shared/search';
import type { ServiceHandlers } from '../services/serviceApi';
import { UsageError } from './args';

/** What the search command needs from the command line's shell. */
export interface SearchCommandContext {
  services: () => Promise<ServiceHandlers>;
  findDocument: (services: ServiceHandlers, wanted: string) => Promise<string>;
  out: (text: string) => void;
}

function valueOf(options: Map<string, string | true>, name: string): string | undefined {
  const value = options.get(name);
  if (value === true || value?.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

/** One line per hit: document id, title, kind, offset and the snippet with the match in [brackets]. */
function hitLines(groups: readonly SearchDocumentHits[]): string {
  const field = (text: string) => text.replace(/\s+/gu, ' ');
  return groups
    .flatMap((g) =>
      g.hits.map((h) => {
        const { text, matchStart, matchEnd } = h.snippet;
        const snippet = `${text.slice(0, matchStart)}[${text.slice(matchStart, matchEnd)}]${text.slice(matchEnd)}`;
        return `${g.documentId}\t${field(g.title)}\t${h.kind}\t${h.offset}\t${field(snippet)}\n`;
      }),
    )
    .join('');
}

/** Runs `search <query> [--doc <id|title>] [--tag <tag>] [--json]`. */
export async function searchCommand(query: string, options: Map<string, string | true>, context: SearchCommandContext): Promise<void> {
  if (query.trim() === '') throw new UsageError('search needs something to search for');
  const services = await context.services();
  const doc = valueOf(options, 'doc');
  const documentId = doc === undefined ? undefined : await context.findDocument(services, doc);
  const groups = await services.searchLibrary({ query, documentId, tag: valueOf(options, 'tag') });
  if (options.has('json')) {
    const hits = groups.flatMap((g) =>
      g.hits.map((h) => ({ documentId: g.documentId, title: g.title, kind: h.kind, offset: h.offset, annotationId: h.annotationId ?? null, snippet: h.snippet })),
    );
    context.out(`${JSON.stringify(hits, null, 2)}\n`);
    return;
  }
  context.out(groups.length === 0 ? `Nothing in the library matches “${query}”.\n` : hitLines(groups));
}
