/**
 * Other people's layers: one file per person per document, `layers/<documentId>--<key>.json`,
 * holding the annotations that came in a packet (a teacher's) or a hand-in (a student's). A
 * layer is only ever replaced whole, by a later revision of the file it came from; the user's
 * own annotations live elsewhere (annotations/) and are never touched by it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Layer } from '../../shared/api';
import { annotationSchema, personSchema, type Annotation, type Person } from '../../shared/model';
import { sha256Hex } from './libraryStore';
import type { FileKind } from './dataLayout';
import { UnreadableDatabaseError, openJsonDatabase, type OpenHooks } from './jsonDatabase';
import { fileInside, isPlainId } from './safePaths';
import { writeFailedError } from './writeFailure';

export const LAYER_VERSION = 1 as const;

/** Which packet file a layer came from. */
const layerSourceSchema = z.object({
  /** A packet, a hand-in, or annotations imported from another tool (Hypothesis, Readium…). */
  kind: z.enum(['packet', 'hand-in', 'import']),
  /** The packet's id; for a hand-in, the hand-in's own id. */
  id: z.string(),
  revision: z.number().int().min(1),
  title: z.string(),
  instructions: z.string(),
  /** For a hand-in: the packet and revision it answers. */
  answers: z.object({ packet: z.string(), revision: z.number().int().min(1) }).optional(),
  receivedAt: z.string(),
});
export type LayerSource = z.infer<typeof layerSourceSchema>;

const layerFileSchema = z.object({
  schemaVersion: z.literal(LAYER_VERSION),
  documentId: z.string(),
  creator: personSchema,
  role: z.enum(['teacher', 'student', 'other']),
  source: layerSourceSchema,
  annotations: z.array(annotationSchema),
});
export type LayerFile = z.infer<typeof layerFileSchema>;

const LAYER_FILE: FileKind<LayerFile> = {
  label: 'layer',
  version: LAYER_VERSION,
  schema: layerFileSchema,
  migrations: [],
  defaults: () => ({
    schemaVersion: LAYER_VERSION,
    documentId: '',
    creator: { id: '', type: 'Person', name: '' },
    role: 'teacher',
    source: { kind: 'packet', id: '', revision: 1, title: '', instructions: '', receivedAt: '' },
    annotations: [],
  }),
};

/** The key of a person's layer: a plain id derived from their creator id, so never a path. */
export function layerKeyFor(creator: Pick<Person, 'id'>): string {
  return `p${sha256Hex(creator.id).slice(0, 20)}`;
}

/** A stored layer as the API shows it: read-only, with the packet it came from. */
export function toApiLayer(file: LayerFile): Layer {
  const { source } = file;
  return {
    key: layerKeyFor(file.creator),
    creator: file.creator,
    role: file.role,
    readOnly: true,
    packet:
      source.kind === 'import'
        ? null
        : { id: source.answers?.packet ?? source.id, revision: source.answers?.revision ?? source.revision, title: source.title, instructions: source.instructions },
    annotations: structuredClone(file.annotations),
  };
}

export class LayerStore {
  /** Damaged layer files found this session, as messages for the user. */
  readonly problems: string[] = [];

  constructor(
    private readonly layersDir: string,
    private readonly hooks: OpenHooks = {},
  ) {}

  private fileOf(documentId: string, key: string): string {
    return fileInside(this.layersDir, `${documentId}--${key}`, '.json');
  }

  /** Every other person's layer on a document, oldest first; damaged files are kept aside and reported. */
  async list(documentId: string): Promise<LayerFile[]> {
    const prefix = `${documentId}--`;
    const names = (await readdir(this.layersDir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort();
    const layers: LayerFile[] = [];
    for (const name of names) {
      const key = name.slice(prefix.length, -'.json'.length);
      if (!isPlainId(key)) continue;
      const layer = await this.get(documentId, key);
      if (layer) layers.push(layer);
    }
    return layers.sort((a, b) => a.source.receivedAt.localeCompare(b.source.receivedAt));
  }

  /** One person's layer on a document, or null when there is none (or it was damaged and kept aside). */
  async get(documentId: string, key: string): Promise<LayerFile | null> {
    try {
      const opened = await openJsonDatabase(this.fileOf(documentId, key), LAYER_FILE, this.hooks);
      if (!opened.existed) return null;
      const data = opened.db.data;
      // A file renamed by hand to another document or person is not that document's layer.
      if (data.documentId !== documentId || layerKeyFor(data.creator) !== key) return null;
      return structuredClone(data);
    } catch (error) {
      if (!(error instanceof UnreadableDatabaseError)) throw error;
      this.problems.push(`A layer of other people’s notes was damaged and kept aside as ${path.basename(error.movedTo)}.`);
      return null;
    }
  }

  /** Finds another person's annotation on a document. */
  async find(documentId: string, annotationId: string): Promise<{ layer: LayerFile; annotation: Annotation } | null> {
    for (const layer of await this.list(documentId)) {
      const annotation = layer.annotations.find((a) => a.id === annotationId);
      if (annotation) return { layer, annotation: structuredClone(annotation) };
    }
    return null;
  }

  /** Writes a person's layer whole (a new one, or a later revision); resolves once it is on disk. */
  async put(layer: LayerFile): Promise<void> {
    const opened = await openJsonDatabase(this.fileOf(layer.documentId, layerKeyFor(layer.creator)), LAYER_FILE, this.hooks);
    try {
      await opened.save(() => ({ next: structuredClone(layer), result: null }));
    } catch (error) {
      throw writeFailedError(error, 'The layer was not saved');
    }
  }
}
