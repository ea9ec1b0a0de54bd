/**
 * Plain messages for a save that failed: what was not saved, why (from the system's error
 * code), that everything saved before is unchanged, and what the user can do.
 */
import { ServiceError } from '../../shared/errors';

/** Why a write failed and what to do about it, by the system's error code. */
const REASONS: Record<string, { why: string; todo: string }> = {
  ENOSPC: { why: 'the disk is full', todo: 'Free some space on the disk, then try again.' },
  EDQUOT: { why: 'the disk is full (your storage quota is used up)', todo: 'Free some space, then try again.' },
  EROFS: {
    why: 'the disk holding your library is read-only',
    todo: 'Make the disk writable, or move your library to a writable disk, then try again.',
  },
  EACCES: {
    why: 'Marginalia is not allowed to write to the folder holding your library',
    todo: 'Check that your user account may write to that folder, then try again.',
  },
  ENOTDIR: {
    why: 'the folder holding your library is missing or something else is in its place',
    todo: 'If your library is on a removable or network drive, reconnect it, then try again.',
  },
  EIO: {
    why: 'the disk reported an error while writing',
    todo: 'Check that the disk is connected and working, then try again. If it keeps happening, copy your library folder somewhere safe.',
  },
};
REASONS['EPERM'] = REASONS['EACCES']!;
REASONS['ENOENT'] = REASONS['ENOTDIR']!;
REASONS['EISDIR'] = REASONS['ENOTDIR']!;

/** True for errors that already carry a message for the user, or a meaning of their own. */
function alreadyExplained(error: unknown): error is Error {
  return error instanceof ServiceError || (error instanceof Error && error.name === 'NewerDatabaseError');
}

/** Why a write failed (a clause: "the disk is full") and what to do (a sentence), from the error's system code. */
export function explainWriteError(error: unknown): { why: string; todo: string } {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (
    (code !== undefined && REASONS[code]) || {
      why: `of an unexpected error (${code ?? (error instanceof Error ? error.message : String(error))})`,
      todo: 'Try again; if it keeps happening, restart Marginalia.',
    }
  );
}

/**
 * A `ServiceError('WRITE_FAILED')` explaining `error`, a failed write: `whatFailed` says what
 * was not saved ("Your change was not saved"), then why, then what to do. Errors that are
 * already explained (a ServiceError, a file from a newer version) are returned unchanged.
 */
export function writeFailedError(error: unknown, whatFailed: string): Error {
  if (alreadyExplained(error)) return error;
  const reason = explainWriteError(error);
  return new ServiceError('WRITE_FAILED', `${whatFailed} because ${reason.why}. Everything saved before is unchanged. ${reason.todo}`);
}
