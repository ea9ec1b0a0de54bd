/**
 * The bundled sample library: a manifest plus text files under assets/samples.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  samples: z.array(z.object({ file: z.string().regex(/^[\w.-]+\.txt$/), title: z.string().min(1) })).min(1),
});

/** One sample article, read from disk. */
export interface SampleArticle {
  file: string;
  title: string;
  bytes: Buffer;
}

/** Reads the manifest and every sample it lists from `samplesDir`. */
export async function loadSamples(samplesDir: string): Promise<SampleArticle[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(samplesDir, 'manifest.json'), 'utf8')));
  return Promise.all(
    manifest.samples.map(async (s) => ({ ...s, bytes: await readFile(path.join(samplesDir, s.file)) })),
  );
}
