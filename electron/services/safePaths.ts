/**
 * Ids are never paths. Ids come from data files a person or another program may have edited,
 * so every id read from disk is checked to be a plain id, and every path built from an id is
 * checked to stay inside its folder.
 */
import path from 'node:path';
import { LIMITS } from '../../shared/apiSchemas';
import { ServiceError } from '../../shared/errors';

/** A plain id: letters, digits, "-" and "_", as the API accepts them (`shared/apiSchemas.ts`). */
const PLAIN_ID = new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.idChars}}$`);

/** True when `id` is a plain id: 1 to 100 letters, digits, "-" or "_", so never a path. */
export function isPlainId(id: unknown): id is string {
  return typeof id === 'string' && PLAIN_ID.test(id);
}

/** The id quoted for a message, shortened and without control characters. */
export function quoteId(id: unknown): string {
  const text = typeof id === 'string' ? id : String(id);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

/**
 * The path of the entry named `id` + `suffix` in `folder`. Throws
 * `ServiceError('INVALID_ARGUMENT')` unless `id` is a plain id and the resolved path lies
 * inside `folder`.
 */
export function fileInside(folder: string, id: string, suffix = ''): string {
  const base = path.resolve(folder);
  const target = path.resolve(base, `${id}${suffix}`);
  if (!isPlainId(id) || !target.startsWith(base + path.sep)) {
    throw new ServiceError('INVALID_ARGUMENT', `${quoteId(id)} is not a valid id, so nothing was read or written for it.`);
  }
  return target;
}
