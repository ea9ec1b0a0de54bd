/**
 * One open data folder: the stores, backups and what the user must be told about them. The
 * handler groups share it; restoring a backup reopens the stores in place.
 */
import path from 'node:path';
import type { AnnotatedDocument } from '../../shared/export/markdown';
import type { LayerChoice } from '../../shared/apiSchemas';
import { ServiceError } from '../../shared/errors';
import type { DocumentSummary } from '../../shared/model';
import { plural } from '../../shared/text/plural';
import { AnnotationStore } from './annotationStore';
import { Backups, dailyBackupFailedNotice } from './backups';
import { dataPaths, type DataPaths } from './dataLayout';
import { NewerDatabaseError, UnreadableDatabaseError, type OpenHooks } from './jsonDatabase';
import { LayerStore } from './layerStore';
import { ProfileStore } from './profileStore';
import { ShareRegistry } from './shareRegistry';
import { VersionStore } from './versionStore';
import { LibraryStore, type IndexedDocument } from './libraryStore';
import type { ServiceOptions } from './serviceOptions';

export class DataSession {
  /** Damaged highlight files found this session, by document: what the user is told. */
  readonly damaged = new Map<string, string>();
  /** Start-up problems that were handled (a rebuilt index, a read-only library). */
  readonly notices: string[] = [];
  /** Notices about this session rather than the files (a lock held elsewhere, a failed daily backup): kept across a restore. */
  private readonly sessionNotices: string[] = [];
  private changeCount = 0;

  private constructor(
    readonly options: ServiceOptions,
    readonly paths: DataPaths,
    readonly backups: Backups,
    /** Who the user is: the creator of their own annotations. */
    readonly profile: ProfileStore,
    private readonly hooks: OpenHooks,
    public library: LibraryStore,
    public annotations: AnnotationStore,
    /** Other people's layers (teachers' packets, students' hand-ins). */
    public layers: LayerStore,
    /** What the user has shared, for packet ids and revisions. */
    public shares: ShareRegistry,
    /** Earlier versions of documents replaced by new ones. */
    public versions: VersionStore,
  ) {
    if (options.startupNotice) this.sessionNotices.push(options.startupNotice);
    this.notices.push(...library.notices, ...this.sessionNotices);
  }

  /** Opens the data folder: today's backup first, then the stores (migrating after a backup). */
  static async open(options: ServiceOptions): Promise<DataSession> {
    const now = options.now ?? (() => new Date());
    const paths = dataPaths(options.dataDir);
    const backups = new Backups(paths, now);
    let migrationBackup: Promise<unknown> | null = null;
    const profile = await ProfileStore.open(options.dataDir, options.readOnly === true);
    const hooks: OpenHooks = {
      readOnly: options.readOnly === true,
      migrationContext: { profile: profile.person },
      // One backup before the first migration of this session, whichever file migrates first.
      beforeMigrate: async () => {
        migrationBackup ??= backups.create('before-migration');
        await migrationBackup;
      },
    };
    // A backup that cannot be made (a full disk, a broken backups folder) never keeps the library closed.
    const backupFailure = options.readOnly ? null : await backups.ensureDaily().then(() => null, dailyBackupFailedNotice);
    const library = await LibraryStore.open(paths, hooks);
    const shares = await ShareRegistry.open(options.dataDir, hooks);
    const layers = new LayerStore(paths.layersDir, hooks);
    const versions = new VersionStore(paths.versionsDir, hooks);
    const session = new DataSession(options, paths, backups, profile, hooks, library, new AnnotationStore(paths, hooks), layers, shares, versions);
    if (backupFailure) session.addSessionNotice(backupFailure);
    return session;
  }

  /** The current time as an ISO string (the injectable clock). */
  stamp(): string {
    return (this.options.now ?? (() => new Date()))().toISOString();
  }

  /**
   * How many service calls that may have changed the data folder have ended in this session
   * (every call but the searches: see createServices). While it stays the same, and this
   * session holds the library, nothing in the folder has changed.
   */
  get changes(): number {
    return this.changeCount;
  }

  /** Records that a call which may have changed the data folder has ended. */
  noteChange(): void {
    this.changeCount++;
  }

  /** True when another process may change the folder meanwhile: this session opened it read-only. */
  get othersMayWrite(): boolean {
    return this.options.readOnly === true || this.library.readOnly;
  }

  /** Reopens the stores after the files under them were replaced (a restored backup). */
  async reopen(): Promise<void> {
    this.noteChange();
    this.library = await LibraryStore.open(this.paths, this.hooks);
    this.annotations = new AnnotationStore(this.paths, this.hooks);
    this.layers = new LayerStore(this.paths.layersDir, this.hooks);
    this.shares = await ShareRegistry.open(this.paths.dataDir, this.hooks);
    this.versions = new VersionStore(this.paths.versionsDir, this.hooks);
    this.damaged.clear();
    this.notices.splice(0, this.notices.length, ...this.library.notices, ...this.sessionNotices);
  }

  /** Records a notice about this session, which a restore does not clear. */
  addSessionNotice(message: string): void {
    this.sessionNotices.push(message);
    this.notices.push(message);
  }

  /** True when the files themselves had problems (a damaged or rebuilt index), so a backup may help. */
  get filesDamaged(): boolean {
    return this.library.notices.length > 0 || this.damaged.size > 0;
  }

  private async describeDamage(documentId: string, error: UnreadableDatabaseError): Promise<string> {
    const title = this.library.summary(documentId).title;
    const newest = (await this.backups.list())[0];
    const offer = newest
      ? ` Use File → Restore from Backup… to get them back (newest backup: ${newest.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${plural(newest.annotationCount, 'highlight')}).`
      : '';
    if (this.options.readOnly) return `The highlights of “${title}” are damaged.${offer}`;
    return `The highlights of “${title}” were damaged. The file was kept unchanged as ${path.basename(error.movedTo)}; new highlights go to a fresh file.${offer}`;
  }

  /**
   * Runs an annotation-store call. A damaged file has been moved aside by the store: the damage
   * is remembered for the user and the call runs again on a fresh file (read only: it fails with
   * the message). A file from a newer version that cannot be read becomes a NEWER_DATA error.
   */
  async onAnnotations<T>(documentId: string, run: (store: AnnotationStore) => Promise<T>): Promise<T> {
    const title = this.library.summary(documentId).title;
    try {
      return await run(this.annotations);
    } catch (error) {
      if (error instanceof UnreadableDatabaseError) {
        const message = await this.describeDamage(documentId, error);
        if (this.options.readOnly) throw new ServiceError('DAMAGED_DATA', message);
        this.damaged.set(documentId, message);
        return run(this.annotations);
      }
      if (error instanceof NewerDatabaseError) {
        throw new ServiceError(
          'NEWER_DATA',
          `The highlights of “${title}” were saved by a newer version of Marginalia (data version ${error.version}) and cannot be read by this one. The file was left untouched; update Marginalia to open them.`,
        );
      }
      throw error;
    }
  }

  /** A document with the annotations of one layer choice: the user's own (default), everyone's, or one person's. */
  async annotated(documentId: string, layer: LayerChoice = 'own'): Promise<AnnotatedDocument> {
    const document = await this.library.get(documentId);
    const own = layer === 'own' || layer === 'all' || layer === this.profile.person.id;
    const listed = own ? (await this.onAnnotations(documentId, (store) => store.list(documentId))).annotations : [];
    // The user's own annotations carry the name they have now, even those made before they gave one.
    const annotations = listed.map((a) => ({ ...a, creator: this.profile.person }));
    if (layer === 'own' || layer === this.profile.person.id) return { document, annotations };
    const others = (await this.layers.list(documentId)).filter((l) => layer === 'all' || l.creator.id === layer);
    return { document, annotations: [...annotations, ...others.flatMap((l) => l.annotations)] };
  }

  /** A library entry with its number of highlights and their tags (none when they cannot be read). */
  async withCount(summary: IndexedDocument): Promise<DocumentSummary> {
    const { count, tags } = await this.onAnnotations(summary.id, (store) => store.countAndTags(summary.id)).catch(() => ({ count: 0, tags: [] }));
    return { ...summary, annotationCount: count, tags };
  }

  /** Applies a tag change to every document's annotations; resolves with how many changed. */
  async retagLibrary(change: (tags: readonly string[]) => string[]): Promise<number> {
    const stamp = this.stamp();
    let changed = 0;
    for (const doc of this.library.list()) {
      changed += await this.onAnnotations(doc.id, (store) => store.retag(doc.id, change, stamp));
    }
    return changed;
  }
}
