/**
 * The local profile (profile.json): who the user is when annotations travel to other people.
 * Its id is a stable `urn:uuid:` made on first start; its name is empty until the user gives
 * one, which the app asks for the first time it is needed (sharing a packet, handing in).
 * It is identity, not data: a restored backup never changes it.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ServiceError } from '../../shared/errors';
import type { Person } from '../../shared/model';
import type { FileKind } from './dataLayout';
import { openJsonDatabase, type OpenedDatabase } from './jsonDatabase';

export const PROFILE_VERSION = 1 as const;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const profileFileSchema = z.object({
  schemaVersion: z.literal(PROFILE_VERSION),
  id: z.string().regex(URN_UUID),
  name: z.string().max(200),
});
type ProfileFile = z.infer<typeof profileFileSchema>;

const PROFILE_FILE: FileKind<ProfileFile> = {
  label: 'profile',
  version: PROFILE_VERSION,
  schema: profileFileSchema,
  migrations: [],
  defaults: () => ({ schemaVersion: PROFILE_VERSION, id: `urn:uuid:${randomUUID()}`, name: '' }),
};

export class ProfileStore {
  private constructor(private readonly opened: OpenedDatabase<ProfileFile>) {}

  /** Opens profile.json, creating it (with a new id) on first start unless read only. */
  static async open(dataDir: string, readOnly: boolean): Promise<ProfileStore> {
    const opened = await openJsonDatabase(path.join(dataDir, 'profile.json'), PROFILE_FILE, { readOnly });
    if (!opened.existed && !readOnly) await opened.save((saved) => ({ next: { ...saved }, result: undefined }));
    return new ProfileStore(opened);
  }

  /** The user as a W3C creator. */
  get person(): Person {
    const { id, name } = this.opened.db.data;
    return { id, type: 'Person', name };
  }

  /** True once the user has given a name. */
  get named(): boolean {
    return this.opened.db.data.name.trim() !== '';
  }

  /** Sets the name others will see on the user's annotations; resolves once saved. */
  async rename(name: string): Promise<Person> {
    const trimmed = name.trim().replace(/\s+/gu, ' ');
    if (trimmed === '') throw new ServiceError('INVALID_ARGUMENT', 'Your name cannot be empty.');
    await this.opened.save((saved) => ({ next: { ...saved, name: trimmed }, result: undefined }));
    return this.person;
  }
}
