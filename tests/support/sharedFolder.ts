/**
 * The project's shared folder, `../shared` next to the repository, holds the original seed
 * articles and the W3C Web Annotation test-suite schemas. A fresh clone of the repository
 * alone has no such folder: the few tests that need it are then skipped, and say why in their
 * title and in one warning. CI (`CI` set, e.g. `CI=true`) always has the folder, so there a
 * missing one fails those tests instead of skipping them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the shared folder is expected: next to the repository's own folder. */
export const SHARED_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** One folder inside `../shared`, and what the tests that need it should do. */
export interface SharedFolder {
  /** The folder as messages name it, e.g. `../shared/seeds`. */
  label: string;
  /** Its absolute path. */
  dir: string;
  found: boolean;
  /** True when the tests that need it are to be skipped: missing, and not in CI. */
  skip: boolean;
  /** Appended to the title of those tests: empty, or ` (needs <label>, not found: skipped)`. */
  titleNote: string;
  /** The folder's path; throws a message that says what is missing and why it matters when it is not there. */
  require(): string;
}

/** True when the environment says this is a CI run (`CI` set to anything but `false` or `0`). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

const warned = new Set<string>();

/**
 * Looks for `../shared/<name>` (or `dir`, when given); `neededBy` names the tests that need it,
 * for the messages. When it is missing outside CI, prints one warning saying which tests are
 * skipped and why.
 */
export function sharedFolder(
  name: string,
  neededBy: string,
  options: { dir?: string; env?: NodeJS.ProcessEnv } = {},
): SharedFolder {
  const label = `../shared/${name}`;
  const dir = options.dir ?? path.join(SHARED_ROOT, name);
  const found = existsSync(dir);
  const ci = isCi(options.env);
  const skip = !found && !ci;
  if (skip && !warned.has(dir)) {
    warned.add(dir);
    console.warn(
      `[tests] ${label} not found (looked in ${dir}): skipping ${neededBy}. ` +
        'Put the project\'s shared folder next to the repository to run them; CI always has it.',
    );
  }
  return {
    label,
    dir,
    found,
    skip,
    titleNote: skip ? ` (needs ${label}, not found: skipped)` : '',
    require() {
      if (existsSync(dir)) return dir;
      throw new Error(
        `${label} is missing (looked in ${dir}), so ${neededBy} cannot run. ` +
          (ci
            ? 'This is a CI run (CI is set), and CI must have the project\'s shared folder next to the repository: check it out there.'
            : 'Put the project\'s shared folder next to the repository.'),
      );
    },
  };
}
