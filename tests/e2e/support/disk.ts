import { readdir, readFile } from 'node:fs/promises';
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

/** One other person's layer on a document as stored on disk (`layers/<documentId>--<key>.json`). */
export interface LayerOnDisk {
  creator: { id: string; name: string };
  role: 'teacher' | 'student';
  source: { kind: 'packet' | 'hand-in'; revision: number };
  annotations: Annotation[];
}

/** Every other person's layer stored for `documentId` right now. */
export async function layersOnDisk(dataDir: string, documentId: string): Promise<LayerOnDisk[]> {
  let names: string[];
  try {
    names = await readdir(path.join(dataDir, 'layers'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const mine = names.filter((name) => name.startsWith(`${documentId}--`) && name.endsWith('.json')).sort();
  return Promise.all(mine.map(async (name) => JSON.parse(await readFile(path.join(dataDir, 'layers', name), 'utf8')) as LayerOnDisk));
}
