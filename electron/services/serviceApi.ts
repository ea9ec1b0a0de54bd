/**
 * What the service layer offers: every data call of the renderer's API contract, plus the
 * calls that take a file or folder path. Services never ask the user anything: main (through
 * its dialogs), the command line (through its arguments) and the e2e bridge choose the paths
 * and call these same handlers.
 */
import type { ApiHandlers, ApiName, ApiParsedInput, NewVersionOutcome, OpenFileOutcome } from '../../shared/api';
import type { ForeignImportOutcome } from './handlers/foreignImportHandlers';

/** The result of writing a packet or hand-in. */
export interface PacketWriteOutcome {
  outcome: WriteOutcome;
  packetId: string;
  revision: number;
  annotations: number;
}

/** API calls that need the user to choose a file; the services offer path-taking calls instead. */
export type DialogCall =
  | 'openFile'
  | 'exportDocument'
  | 'exportLibrary'
  | 'importAnnotations'
  | 'showInFolder'
  | 'sharePacket'
  | 'handIn'
  | 'exportHandout'
  | 'previewImport'
  | 'confirmImport'
  | 'replaceWithNewVersion'
  | 'openLink';

/** API calls the services answer as they are. */
export type DataCall = Exclude<ApiName, DialogCall>;

/** The outcome of writing export files: written, or refused because files exist and overwriting was not allowed. */
export type WriteOutcome = { status: 'written'; files: string[] } | { status: 'exists'; existing: string[] };

/** Export of one document (or of its highlights with one tag) to a file. */
export type ExportDocumentToInput = ApiParsedInput<'exportDocument'> & { path: string; overwrite: boolean; tag?: string | undefined };

/** Export of the library (or one tag) into a folder; a single-file export may name its file. */
export type ExportLibraryToInput = ApiParsedInput<'exportLibrary'> & { folder: string; fileName?: string; overwrite: boolean };

/** The calls that take paths. */
export interface PathHandlers {
  /** Adds the text file at `path` to the library. */
  importDocumentFile(input: { path: string }): Promise<Exclude<OpenFileOutcome, { status: 'cancelled' }>>;
  /** Writes one document's export to `path`. */
  exportDocumentTo(input: ExportDocumentToInput): Promise<WriteOutcome>;
  /** Writes the library's export into `folder`. */
  exportLibraryTo(input: ExportLibraryToInput): Promise<WriteOutcome>;
  /** Opens a `.marginalia` packet or hand-in as its author's read-only layer. */
  openPacketFile(input: { path: string }): Promise<Extract<OpenFileOutcome, { status: 'packet-opened' }>>;
  /** Writes the user's own layer on a document (all of it, or one tag) as a teacher's packet. */
  writePacketFile(input: ApiParsedInput<'sharePacket'> & { path: string; overwrite: boolean }): Promise<PacketWriteOutcome>;
  /** Writes the user's own layer on a packet's document as a hand-in answering it. */
  writeHandInFile(input: ApiParsedInput<'handIn'> & { path: string; overwrite: boolean }): Promise<PacketWriteOutcome>;
  /** Reads another tool's annotations file and imports it (or, in a dry run, only reports what it would do). */
  importForeignFile(input: { path: string; documentId?: string | undefined; dryRun: boolean }): Promise<ForeignImportOutcome>;
  /** Replaces a document's text with the file at `path` (a new version), anchoring the user's annotations again. */
  replaceDocumentFile(input: { documentId: string; path: string }): Promise<Extract<NewVersionOutcome, { status: 'replaced' }>>;
  /** Writes the annotated document as one self-contained, printable HTML file. */
  writeHandoutFile(input: ApiParsedInput<'exportHandout'> & { path: string; overwrite: boolean }): Promise<WriteOutcome>;
}

/** Everything the services do. */
export type ServiceHandlers = Pick<ApiHandlers, DataCall> & PathHandlers;

/**
 * Service calls that change the data folder; refused when the services are read only.
 * (`importForeignFile` checks for itself: its dry run only reads.)
 */
export const MUTATING_CALLS: ReadonlySet<keyof ServiceHandlers> = new Set<keyof ServiceHandlers>([
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'renameTag',
  'deleteTag',
  'importDocumentFile',
  'restoreBackup',
  'setProfileName',
  'replyToAnnotation',
  'copyToOwn',
  'openPacketFile',
  'replaceDocumentFile',
  'undoNewVersion',
  'reattachAnnotation',
  'writePacketFile',
  'writeHandInFile',
  'renameDocument',
  'recordDocumentOpened',
  'deleteDocument',
  'restoreFromTrash',
  'saveTemplate',
  'deleteTemplate',
]);
