/**
 * What the user has shared (shares.json): for each document, the id and last revision of the
 * packet they sent out and of the hand-in they gave back, so sharing again keeps the id and
 * raises the revision, and the receiver updates the same layer.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { FileKind } from './dataLayout';
import { openJsonDatabase, type OpenedDatabase, type OpenHooks } from './jsonDatabase';
import { writeFailedError } from './writeFailure';

export const SHARES_VERSION = 1 as const;

const shareSchema = z.object({
  documentId: z.string(),
  kind: z.enum(['packet', 'hand-in']),
  /** A UUID, without `urn:uuid:`. */
  id: z.string(),
  revision: z.number().int().min(1),
  created: z.string(),
});
export type Share = z.infer<typeof shareSchema>;

const sharesFileSchema = z.object({ schemaVersion: z.literal(SHARES_VERSION), shares: z.array(shareSchema) });
type SharesFile = z.infer<typeof sharesFileSchema>;

const SHARES_FILE: FileKind<SharesFile> = {
  label: 'shared packets',
  version: SHARES_VERSION,
  schema: sharesFileSchema,
  migrations: [],
  defaults: () => ({ schemaVersion: SHARES_VERSION, shares: [] }),
};

export class ShareRegistry {
  private constructor(private readonly opened: OpenedDatabase<SharesFile>) {}

  static async open(dataDir: string, hooks: OpenHooks): Promise<ShareRegistry> {
    return new ShareRegistry(await openJsonDatabase(path.join(dataDir, 'shares.json'), SHARES_FILE, hooks));
  }

  /** The id and revision the next share of `documentId` as `kind` gets: the same id, one revision more. */
  next(documentId: string, kind: Share['kind'], now: string): Share {
    const previous = this.opened.db.data.shares.find((s) => s.documentId === documentId && s.kind === kind);
    return previous ? { ...previous, revision: previous.revision + 1 } : { documentId, kind, id: randomUUID(), revision: 1, created: now };
  }

  /** Records a share once its file is written. */
  async record(share: Share): Promise<void> {
    try {
      await this.opened.save((saved) => ({
        next: { ...saved, shares: [...saved.shares.filter((s) => !(s.documentId === share.documentId && s.kind === share.kind)), { ...share }] },
        result: null,
      }));
    } catch (error) {
      throw writeFailedError(error, 'The packet was written, but its revision number was not saved');
    }
  }
}
