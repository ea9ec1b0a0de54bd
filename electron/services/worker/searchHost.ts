/**
 * The search host: runs inside a long-lived worker thread, keeps the library search index in
 * memory and answers the main side's requests one at a time. Loading, serialising and writing
 * the index (tens of megabytes for a large library) happen here, so they never block the app's
 * main process.
 */
import { readFile } from 'node:fs/promises';
import type { MessagePort } from 'node:worker_threads';
import { LibrarySearchIndex } from '../../../shared/search';
import { writeFileAtomic } from '../atomicWrite';
import type { SearchHostOp, SearchHostOps, SearchHostReply, SearchHostRequest } from './searchHostMessages';
import { describeFailure } from './workerMessages';

type Handlers = { [O in SearchHostOp]: (input: SearchHostOps[O]['input']) => Promise<SearchHostOps[O]['output']> | SearchHostOps[O]['output'] };

/** The request handlers over one in-memory index (exported for tests that run them in-process). */
export function searchHostHandlers(): Handlers {
  let index = LibrarySearchIndex.empty();
  return {
    async load({ file }) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        index = LibrarySearchIndex.empty();
        return { stamps: {}, rebuilt: 'missing' };
      }
      let data: unknown = null;
      try {
        data = JSON.parse(text);
      } catch {
        // A damaged cache is simply built again.
      }
      const loaded = LibrarySearchIndex.deserialize(data);
      index = loaded ?? LibrarySearchIndex.empty();
      if (!loaded) return { stamps: {}, rebuilt: 'unreadable' };
      return { stamps: Object.fromEntries(index.documentIds().map((id) => [id, index.stampOf(id) ?? ''])), rebuilt: null };
    },
    replaceDocument({ document, annotations, stamp }) {
      index.replaceDocument(document, annotations, stamp);
      return null;
    },
    removeDocument({ documentId }) {
      index.removeDocument(documentId);
      return null;
    },
    search({ query, ownerId }) {
      return index.search(query, ownerId);
    },
    people() {
      return index.people();
    },
    async save({ file }) {
      await writeFileAtomic(file, JSON.stringify(index.serialize()));
      return null;
    },
  };
}

/** Answers requests arriving on `port`, strictly in order, until the thread is terminated. */
export function serveSearchHost(port: MessagePort): void {
  const handlers = searchHostHandlers();
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: SearchHostRequest) => {
    queue = queue.then(async () => {
      let reply: SearchHostReply;
      try {
        if (!Object.hasOwn(handlers, request.op)) throw new Error(`the search worker has no operation called “${request.op}”`);
        const handler = handlers[request.op] as (input: unknown) => unknown;
        reply = { id: request.id, ok: true, value: await handler(request.input) };
      } catch (error) {
        reply = { id: request.id, ok: false, error: describeFailure(error) };
      }
      port.postMessage(reply);
    });
  });
}
