import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFolder, type SharedFolder } from './sharedFolder';

/**
 * The sample articles bundled in assets/samples: the project's real-world fixtures. They are
 * byte-identical to the seeds in ../shared/seeds, so tests read them from the repository.
 */
export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');

export const SEED_FILES = {
  noTitle: '000_e6b22eb18f62a1ea.txt',
  singleNewlines: '001_c22084d33dc21b33.txt',
  captionsAndJunk: '002_ebcc8331d76e5d37.txt',
} as const;

/** Reads one seed article (from assets/samples) as UTF-8 text. */
export function readSeed(file: string): string {
  return readFileSync(path.join(SAMPLES_DIR, file), 'utf8');
}

/**
 * The original seeds in ../shared/seeds, which only the check that assets/samples still
 * matches them needs (see {@link sharedFolder} for what happens when it is missing).
 */
export function sharedSeeds(): SharedFolder {
  return sharedFolder('seeds', 'the check that assets/samples matches the seed articles');
}
