/**
 * The typed API contract between the renderer and the main process.
 *
 * Every call takes one plain-object argument and resolves to a {@link ApiResult} envelope;
 * nothing is ever thrown across the process boundary. The argument schemas live in
 * `apiSchemas.ts` (zod); this file holds only names and types so the preload can import
 * the list of calls without bundling a validator.
 */
import type { z } from 'zod';
import type { apiInputSchemas } from './apiSchemas';
import type { NewVersionReport } from './annotations/newVersion';
import type { ImportReport } from './import/tools/importAll';
import type { Annotation, DocumentRecord, DocumentSummary, Person } from './model';
import type { SearchDocumentHits, SearchPerson } from './search';
import type { LibraryStatistics } from './statistics/types';

export type { ImportReport } from './import/tools/importAll';
export type { NewVersionReport } from './annotations/newVersion';
export type { LibraryStatistics } from './statistics/types';

/** Every call the renderer may make, in one list that preload, IPC and the test bridge share. */
export const API_NAMES = [
  'listDocuments',
  'getDocument',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listTags',
  'renameTag',
  'deleteTag',
  'openFile',
  'exportDocument',
  'exportLibrary',
  'importAnnotations',
  'showInFolder',
  'getStatus',
  'listBackups',
  'restoreBackup',
  'getProfile',
  'setProfileName',
  'listLayers',
  'replyToAnnotation',
  'copyToOwn',
  'sharePacket',
  'handIn',
  'exportHandout',
  'previewImport',
  'confirmImport',
  'replaceWithNewVersion',
  'undoNewVersion',
  'reattachAnnotation',
  'searchLibrary',
  'getStatistics',
  'renameDocument',
  'recordDocumentOpened',
  'deleteDocument',
  'listTrash',
  'restoreFromTrash',
  'listSearchPeople',
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'previewExport',
  'openLink',
] as const;

export type ApiName = (typeof API_NAMES)[number];

/** IPC channel used for one call. */
export function ipcChannel(name: ApiName): string {
  return `marginalia:${name}`;
}

/** Channel on which main sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'marginalia:menu-command';

/** Commands the native menu can send to the renderer. */
export const MENU_COMMANDS = [
  'open-file',
  'export-markdown',
  'import-annotations',
  'show-library',
  'restore-backup',
  'undo',
  'redo',
  'highlight',
  'cycle-color',
  'edit-note',
  'next-highlight',
  'previous-highlight',
  'focus-filter',
  'manage-tags',
  'share-packet',
  'hand-in',
  'export-handout',
  'print',
  'replace-version',
  'show-statistics',
  'find-in-document',
  'search-library',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True when `value` is one of {@link MENU_COMMANDS}. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the caller passes to call `N` (before defaults are applied). */
export type ApiInput<N extends ApiName> = z.input<(typeof apiInputSchemas)[N]>;

/** What a handler receives for call `N` (after validation and defaults). */
export type ApiParsedInput<N extends ApiName> = z.output<(typeof apiInputSchemas)[N]>;

/** What opening a packet or hand-in did to the layer of its author. */
export interface LayerChange {
  kind: 'packet' | 'hand-in';
  author: Person;
  role: LayerRole;
  revision: number;
  /** The layer was new, updated to a later revision, or already as the file has it. */
  status: 'added' | 'updated' | 'unchanged';
  added: number;
  changed: number;
  removed: number;
}

/** Opening a document's link in the web browser: opened after the user agreed, or cancelled. */
export type OpenLinkOutcome = { status: 'opened'; href: string } | { status: 'cancelled' };

/** Result of File → Open…: the user may cancel the dialog. */
export type OpenFileOutcome =
  | { status: 'cancelled' }
  /** `leftOut`: one sentence per part of the file that could not be read and was left out (a book's missing chapter). */
  | { status: 'imported'; document: DocumentSummary; leftOut?: string[] }
  | { status: 'already-in-library'; document: DocumentSummary }
  | { status: 'packet-opened'; document: DocumentSummary; layer: LayerChange };

/** Whose annotations a layer holds: the user's own, a teacher's packet, a student's hand-in, or another reader's imported notes. */
export type LayerRole = 'own' | 'teacher' | 'student' | 'other';

/** The packet a layer came from. */
export interface LayerPacket {
  /** The packet's id (for a hand-in, the packet it answers). */
  id: string;
  revision: number;
  title: string;
  instructions: string;
}

/** One person's annotations on a document. Every layer but the own one is read-only. */
export interface Layer {
  /** Stable key of the layer on this document ("own" for the user's). */
  key: string;
  creator: Person;
  role: LayerRole;
  readOnly: boolean;
  packet: LayerPacket | null;
  annotations: Annotation[];
}

/** The local profile: who the user is to the people they share with. */
export interface Profile {
  person: Person;
  /** False until the user has given a name. */
  named: boolean;
}

/** Result of sharing a packet or handing in. */
export type ShareOutcome = { status: 'cancelled' } | { status: 'written'; path: string; packetId: string; revision: number; annotations: number };

/** Result of an export that asks the user where to write. */
export type ExportOutcome = { status: 'cancelled' } | { status: 'written'; path: string };

/** Result of a library export into a folder. */
export type LibraryExportOutcome = { status: 'cancelled' } | { status: 'written'; folder: string; files: string[] };

/**
 * An import looked at before anything is written: what it would add where, with a token to
 * confirm it by (the file stays in main; the page never holds its path).
 */
export type ImportPreview = { status: 'preview'; token: string; fileName: string; report: ImportReport };

/** Result of choosing a file of annotations to import: its preview, or cancelled. */
export type ImportPreviewOutcome = { status: 'cancelled' } | ImportPreview;

/** Result of Document → Replace with New Version…: what moved, changed and was orphaned, or cancelled. */
export type NewVersionOutcome =
  | { status: 'cancelled' }
  | { status: 'replaced'; version: number; report: NewVersionReport; document: DocumentSummary };

/** Result of importing W3C annotations onto a document. */
export type ImportOutcome =
  | { status: 'cancelled' }
  | { status: 'imported'; imported: number; duplicates: number; orphans: number; problems: string[] };

/** Progress of a long task, sent from main to the renderer. */
export interface ProgressEvent {
  task: 'export' | 'import';
  done: number;
  total: number;
}

/** Channel on which main tells the renderer about a file the user opened from outside (double-click, second launch). */
export const FILE_OPENED_CHANNEL = 'marginalia:file-opened';

/** Channel on which the preload hands main the paths of files dropped on the window. */
export const DROPPED_FILES_CHANNEL = 'marginalia:open-dropped-files';

/** At most this many files are opened from one drop. */
export const MAX_DROPPED_FILES = 20;

/** The outcome of opening one file the user dropped or double-clicked. */
export interface OpenedFile {
  name: string;
  /** A document or packet opened, or (for a file of another tool's annotations) its import preview, written only once confirmed. */
  result: ApiResult<Exclude<OpenFileOutcome, { status: 'cancelled' }> | ImportPreview>;
}

/** Channel on which main sends progress events to the renderer. */
export const PROGRESS_CHANNEL = 'marginalia:progress';

/** Why a backup was taken. */
export type BackupReason = 'daily' | 'before-migration' | 'before-restore';

/** One backup of the data folder, as listed by "Restore from Backup…". */
export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: BackupReason;
  documentCount: number;
  annotationCount: number;
}

/** The state of the library as a whole, and anything the user must be told at start-up. */
export interface LibraryStatus {
  /** True when a newer app version wrote the library: it can be read but not changed. */
  readOnly: boolean;
  /** Messages about start-up problems that were handled (a damaged file moved aside, …). */
  notices: string[];
  /** True when the data files were damaged, so restoring a backup is worth offering. */
  offerRestore: boolean;
}

/** One document's highlights, and whether they can be changed. */
export interface AnnotationList {
  annotations: Annotation[];
  /** True when a newer app version wrote this document's highlights. */
  readOnly: boolean;
  /** Set when this document's highlights file was found damaged this session (it was kept aside). */
  problem: string | null;
}

/** A template the export dialog offers. */
export interface TemplateInfo {
  name: string;
  /** What the dialog calls it. */
  label: string;
  source: string;
  /** Why a user template cannot be used as it is ("line N, column M: …"), or null. */
  problem: string | null;
}

/** The built-in templates and the user's own (from `<data>/templates/`). */
export interface TemplateList {
  presets: TemplateInfo[];
  user: TemplateInfo[];
}

/** The start of what an export of one document would write, for the export dialog's preview. */
export interface ExportPreview {
  text: string;
  /** True when the export is longer than `text`. */
  truncated: boolean;
}

/** A tag and how many highlights across the library carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/** A deleted document kept in the trash, restorable until `purgeAt`. */
export interface TrashEntry {
  /** The entry's id, for {@link ApiOutputs.restoreFromTrash}. */
  id: string;
  documentId: string;
  title: string;
  deletedAt: string;
  /** When it is deleted for good (ISO): 30 days after `deletedAt`. */
  purgeAt: string;
  /** The user's own highlights deleted with it. */
  annotationCount: number;
  /** Other people's layers and earlier versions deleted with it. */
  layerCount: number;
  versionCount: number;
}

/** The value each call resolves to when it succeeds. */
export interface ApiOutputs {
  listDocuments: DocumentSummary[];
  getDocument: DocumentRecord;
  listAnnotations: AnnotationList;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: { deleted: string };
  restoreAnnotation: Annotation;
  listTags: TagCount[];
  renameTag: { changed: number };
  deleteTag: { changed: number };
  openFile: OpenFileOutcome;
  exportDocument: ExportOutcome;
  exportLibrary: LibraryExportOutcome;
  importAnnotations: ImportOutcome;
  showInFolder: { shown: string };
  getStatus: LibraryStatus;
  listBackups: BackupInfo[];
  restoreBackup: { restored: BackupInfo };
  getProfile: Profile;
  setProfileName: Profile;
  listLayers: Layer[];
  replyToAnnotation: Annotation;
  copyToOwn: Annotation;
  sharePacket: ShareOutcome;
  handIn: ShareOutcome;
  exportHandout: ExportOutcome;
  previewImport: ImportPreviewOutcome;
  confirmImport: { status: 'imported'; report: ImportReport };
  replaceWithNewVersion: NewVersionOutcome;
  undoNewVersion: { restoredVersion: number };
  reattachAnnotation: Annotation;
  searchLibrary: SearchDocumentHits[];
  getStatistics: LibraryStatistics;
  renameDocument: DocumentSummary;
  recordDocumentOpened: { openedAt: string };
  deleteDocument: { entry: TrashEntry };
  listTrash: TrashEntry[];
  restoreFromTrash: { document: DocumentSummary };
  listSearchPeople: SearchPerson[];
  listTemplates: TemplateList;
  saveTemplate: { name: string };
  deleteTemplate: { deleted: string };
  previewExport: ExportPreview;
  openLink: OpenLinkOutcome;
}

/** Error codes a call can fail with; the UI words its message from `message`. */
export type ApiErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_CALL'
  | 'NOT_FOUND'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FILE'
  | 'UNREADABLE_FILE'
  | 'WRITE_FAILED'
  | 'DAMAGED_DATA'
  | 'NEWER_DATA'
  | 'FORBIDDEN'
  | 'READ_ONLY_LAYER'
  | 'NAME_NEEDED'
  | 'INVALID_PACKET'
  | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

/** The envelope every call resolves to. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The object the preload exposes as `window.marginalia`. */
export type MarginaliaApi = {
  [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutputs[N]>>;
} & {
  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to progress of long tasks; returns the unsubscribe function. */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** Subscribes to files opened from outside the window (a double-clicked packet); returns the unsubscribe function. */
  onFileOpened(listener: (opened: OpenedFile) => void): () => void;
  /** Opens files dropped on the window (`File` objects from the drop event), each reported. */
  openDroppedFiles(files: readonly { name: string }[]): Promise<OpenedFile[]>;
};

/** What a service layer implements: plain async functions that may throw a ServiceError. */
export type ApiHandlers = {
  [N in ApiName]: (input: ApiParsedInput<N>) => Promise<ApiOutputs[N]>;
};
