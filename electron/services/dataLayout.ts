/**
 * Where each piece of user data lives under the data folder, and the shapes of the files.
 */
import path from 'node:path';
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from '../../shared/model';

/** The version written into every data file by this build of the app. */
export const SCHEMA_VERSION = 1 as const;

/** Paths of the files that make up one data folder. */
export function dataPaths(dataDir: string) {
  return {
    library: path.join(dataDir, 'library.json'),
    documentsDir: path.join(dataDir, 'documents'),
    annotationsDir: path.join(dataDir, 'annotations'),
    document: (id: string) => path.join(dataDir, 'documents', `${id}.json`),
    annotations: (id: string) => path.join(dataDir, 'annotations', `${id}.json`),
  };
}

const source = z.object({
  kind: z.enum(['sample', 'file']),
  name: z.string(),
  importedAt: z.string(),
  sha256: z.string(),
});

const summary = z.object({ id: z.string(), title: z.string(), source, length: z.number().int().min(0) });

export const libraryFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(summary),
});

export type LibraryFile = z.infer<typeof libraryFileSchema>;

export const documentFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  title: z.string(),
  source,
  text: z.string(),
  blocks: z.array(
    z.object({
      kind: z.enum(['heading', 'paragraph', 'quote', 'list-item', 'code', 'caption']),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  ),
});

const selector = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
]);

export const annotationSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  target: z.object({ selector: z.array(selector) }),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const annotationsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  annotations: z.array(annotationSchema),
});

export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
