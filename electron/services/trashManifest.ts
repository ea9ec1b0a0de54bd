/**
 * The manifest of one trash entry (`trash/<entry>/manifest.json`): which document was deleted
 * when, its library index entry as it was, and the files moved with it. A manifest is read
 * from disk, so it is untrusted: its file names are checked before any path is built from them.
 */
import { z } from 'zod';
import { indexedDocumentSchema } from '../../shared/model';
import { isPlainId } from './safePaths';

/** The folders a deleted document's files come from. */
export const TRASHED_FOLDERS = ['documents', 'annotations', 'layers', 'versions'] as const;
export type TrashedFolder = (typeof TRASHED_FOLDERS)[number];

/** The version of the trash manifest this build writes. */
export const TRASH_MANIFEST_VERSION = 1 as const;

/** One file moved into the trash: where it came from, and how big it was. */
export const trashedFileSchema = z.object({ folder: z.enum(TRASHED_FOLDERS), name: z.string(), bytes: z.number().int().min(0) });
export type TrashedFile = z.infer<typeof trashedFileSchema>;

export const trashManifestSchema = z.object({
  schemaVersion: z.literal(TRASH_MANIFEST_VERSION),
  entryId: z.string(),
  deletedAt: z.string(),
  /** The library index entry as it was (title, source, when opened, …). */
  document: indexedDocumentSchema.loose(),
  annotationCount: z.number().int().min(0),
  files: z.array(trashedFileSchema),
});
export type TrashManifest = z.infer<typeof trashManifestSchema>;

/** The name a trashed file is kept under inside its entry folder: `<folder>.<name>`. */
export function keptName(file: Pick<TrashedFile, 'folder' | 'name'>): string {
  return `${file.folder}.${file.name}`;
}

/**
 * True when `name` is a file of document `documentId` in `folder`: `<id>.json` in documents
 * and annotations, `<id>--<key>.json` in layers and versions, with a plain id before `.json`.
 */
export function isFileOfDocument(folder: TrashedFolder, name: string, documentId: string): boolean {
  if (!name.endsWith('.json')) return false;
  const stem = name.slice(0, -'.json'.length);
  if (!isPlainId(stem)) return false;
  return folder === 'documents' || folder === 'annotations' ? stem === documentId : stem.startsWith(`${documentId}--`) && stem.length > documentId.length + 2;
}

/** The manifest in `raw` when it is one, whose entry id and file names are all safe; otherwise null. */
export function parseTrashManifest(raw: unknown, entryId: string): TrashManifest | null {
  const parsed = trashManifestSchema.safeParse(raw);
  if (!parsed.success) return null;
  const manifest = parsed.data;
  if (manifest.entryId !== entryId || !isPlainId(manifest.document.id)) return null;
  if (!manifest.files.every((f) => isFileOfDocument(f.folder, f.name, manifest.document.id))) return null;
  if (!manifest.files.some((f) => f.folder === 'documents')) return null;
  return manifest;
}
