/**
 * Where each piece of user data lives under the data folder, the shape of each file, and the
 * version this build of the app writes.
 */
import path from 'node:path';
import { z } from 'zod';
import { annotationSchema, documentRecordSchema, indexedDocumentSchema } from '../../shared/model';
import { ANNOTATIONS_MIGRATIONS, DOCUMENT_MIGRATIONS, LIBRARY_MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { fileInside } from './safePaths';

/** Paths of the files that make up one data folder. */
export function dataPaths(dataDir: string) {
  return {
    dataDir,
    library: path.join(dataDir, 'library.json'),
    documentsDir: path.join(dataDir, 'documents'),
    annotationsDir: path.join(dataDir, 'annotations'),
    layersDir: path.join(dataDir, 'layers'),
    versionsDir: path.join(dataDir, 'versions'),
    backupsDir: path.join(dataDir, 'backups'),
    /** Deleted documents with their highlights, layers and versions, one folder per deletion. */
    trashDir: path.join(dataDir, 'trash'),
    /** A document's file; throws ServiceError('INVALID_ARGUMENT') for an id that is not a plain id. */
    document: (id: string) => fileInside(path.join(dataDir, 'documents'), id, '.json'),
    /** A document's highlights file; throws ServiceError('INVALID_ARGUMENT') for an id that is not a plain id. */
    annotations: (id: string) => fileInside(path.join(dataDir, 'annotations'), id, '.json'),
  };
}

export type DataPaths = ReturnType<typeof dataPaths>;

/** Everything needed to open, validate and migrate one kind of data file. */
export interface FileKind<T> {
  /** For messages: "library index", "highlights", … */
  label: string;
  version: number;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  defaults: () => T;
}

export const LIBRARY_VERSION = 1 as const;
export const DOCUMENT_VERSION = 1 as const;
export const ANNOTATIONS_VERSION = 3 as const;

/**
 * The library index. Fields of an entry this version does not know (written by a later version
 * of the same data version) are kept as they are, so a save never drops them.
 */
export const libraryFileSchema = z.object({ schemaVersion: z.literal(LIBRARY_VERSION), documents: z.array(indexedDocumentSchema.loose()) });
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const documentFileSchema = documentRecordSchema.extend({ schemaVersion: z.literal(DOCUMENT_VERSION) });
export type DocumentFile = z.infer<typeof documentFileSchema>;

export const annotationsFileSchema = z.object({
  schemaVersion: z.literal(ANNOTATIONS_VERSION),
  annotations: z.array(annotationSchema),
});
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;

export const LIBRARY_FILE: FileKind<LibraryFile> = {
  label: 'library index',
  version: LIBRARY_VERSION,
  schema: libraryFileSchema,
  migrations: LIBRARY_MIGRATIONS,
  defaults: () => ({ schemaVersion: LIBRARY_VERSION, documents: [] }),
};

export const DOCUMENT_FILE: Omit<FileKind<DocumentFile>, 'defaults'> = {
  label: 'document text',
  version: DOCUMENT_VERSION,
  schema: documentFileSchema,
  migrations: DOCUMENT_MIGRATIONS,
};

export const ANNOTATIONS_FILE: FileKind<AnnotationsFile> = {
  label: 'highlights',
  version: ANNOTATIONS_VERSION,
  schema: annotationsFileSchema,
  migrations: ANNOTATIONS_MIGRATIONS,
  defaults: () => ({ schemaVersion: ANNOTATIONS_VERSION, annotations: [] }),
};
