import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { quoteOf, type Annotation, type DocumentSummary } from '../../../shared/model';

/** The annotations of one document as stored on disk right now (not as the UI shows them). */
export async function annotationsOnDisk(dataDir: string, documentId: string): Promise<Annotation[]> {
  try {
    const raw = await readFile(path.join(dataDir, 'annotations', `${documentId}.json`), 'utf8');
    return (JSON.parse(raw) as { annotations: Annotation[] }).annotations;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The library index as stored on disk. */
export async function libraryOnDisk(dataDir: string): Promise<DocumentSummary[]> {
  const raw = await readFile(path.join(dataDir, 'library.json'), 'utf8');
  return (JSON.parse(raw) as { documents: DocumentSummary[] }).documents;
}

/** The exact quote of an annotation. */
export const exactOf = quoteOf;
