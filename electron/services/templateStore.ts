/**
 * The user's export templates: one `<name>.mustache` file each in `<data>/templates/`, so they
 * can be edited, copied and backed up as plain files. Names are plain ids (safePaths.ts) and
 * never those of the built-in templates; a template is checked before it is saved, and a file
 * edited by hand is listed with its problem rather than hidden.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateInfo } from '../../shared/api';
import { ServiceError } from '../../shared/errors';
import { presetNamed } from '../../shared/export/templates/presets';
import { TEMPLATE_MAX_CHARS, validateTemplate } from '../../shared/export/templates/validateTemplate';
import { writeFileAtomic } from './atomicWrite';
import { fileInside, isPlainId } from './safePaths';
import { writeFailedError } from './writeFailure';

/** The extension of template files. */
export const TEMPLATE_EXTENSION = '.mustache';

/** Most user templates listed (the rest are left on disk). */
const MAX_LISTED = 200;

/** The folder of user templates in a data folder. */
export function templatesFolder(dataDir: string): string {
  return path.join(dataDir, 'templates');
}

function notFound(name: string): ServiceError {
  return new ServiceError('NOT_FOUND', `There is no template called “${name}”. Choose one from the list, or save it first.`);
}

/** User templates in one data folder. */
export class TemplateStore {
  constructor(private readonly folder: string) {}

  private file(name: string): string {
    return fileInside(this.folder, name, TEMPLATE_EXTENSION);
  }

  /** The text of the template called `name`; NOT_FOUND when there is none. */
  async read(name: string): Promise<string> {
    const file = this.file(name);
    try {
      const info = await stat(file);
      // UTF-8 takes at most 4 bytes per UTF-16 unit counted by the limit.
      if (info.size > TEMPLATE_MAX_CHARS * 4) throw new ServiceError('INVALID_ARGUMENT', `The template “${name}” is too long to use.`);
      return await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(name);
      throw error;
    }
  }

  /** Every user template, sorted by name, each with its problem (null when it checks out). */
  async list(): Promise<TemplateInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const templates = names
      .filter((n) => n.endsWith(TEMPLATE_EXTENSION))
      .map((n) => n.slice(0, -TEMPLATE_EXTENSION.length))
      .filter((n) => isPlainId(n) && presetNamed(n) === undefined)
      .sort((a, b) => a.localeCompare(b))
      .slice(0, MAX_LISTED);
    const listed: TemplateInfo[] = [];
    for (const name of templates) {
      try {
        const source = await this.read(name);
        const check = validateTemplate(source);
        listed.push({ name, label: name, source, problem: check.ok ? null : check.message });
      } catch (error) {
        // One unreadable file is listed with why; the others are still offered.
        listed.push({ name, label: name, source: '', problem: error instanceof ServiceError ? error.message : 'The file could not be read.' });
      }
    }
    return listed;
  }

  /** Checks and saves a template (replacing one of the same name). */
  async save(name: string, source: string): Promise<void> {
    if (presetNamed(name) !== undefined) {
      throw new ServiceError('INVALID_ARGUMENT', `“${name}” is the name of a built-in template; choose another name.`);
    }
    const check = validateTemplate(source);
    if (!check.ok) throw new ServiceError('INVALID_ARGUMENT', `The template was not saved: ${check.message}`);
    const file = this.file(name);
    await writeFileAtomic(file, source).catch((error: unknown) => {
      throw writeFailedError(error, `The template “${name}” was not saved`);
    });
  }

  /** Deletes the template called `name`; NOT_FOUND when there is none. */
  async remove(name: string): Promise<void> {
    const file = this.file(name);
    try {
      await stat(file);
    } catch {
      throw notFound(name);
    }
    await rm(file).catch((error: unknown) => {
      throw writeFailedError(error, `The template “${name}” was not deleted`);
    });
  }
}
