import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed articles in ../shared/seeds, the project's real-world fixtures. */
export const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');

export const SEED_FILES = {
  noTitle: '000_e6b22eb18f62a1ea.txt',
  singleNewlines: '001_c22084d33dc21b33.txt',
  captionsAndJunk: '002_ebcc8331d76e5d37.txt',
} as const;

/** Reads one seed as UTF-8 text. */
export function readSeed(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}
