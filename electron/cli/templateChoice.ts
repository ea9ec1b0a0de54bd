/**
 * What `--template <value>` names: a built-in template, one of the user's (in the data
 * folder's templates/), or a template file given by its path.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TemplateChoice } from '../../shared/apiSchemas';
import { ServiceError } from '../../shared/errors';
import { PRESET_NAMES, presetNamed } from '../../shared/export/templates/presets';
import { TEMPLATE_MAX_CHARS } from '../../shared/export/templates/validateTemplate';
import type { ServiceHandlers } from '../services/serviceApi';

/** True when the value is meant as a file: it has a folder in it or the template extension. */
function looksLikeFile(value: string): boolean {
  return value.includes('/') || value.includes(path.sep) || value.endsWith('.mustache');
}

/** Reads a template file, refusing one too long to be a template. */
async function readTemplateFile(file: string): Promise<string> {
  const resolved = path.resolve(file);
  const info = await stat(resolved).catch(() => null);
  if (!info?.isFile()) throw new ServiceError('NOT_FOUND', `There is no template file at ${resolved}.`);
  if (info.size > TEMPLATE_MAX_CHARS * 4) throw new ServiceError('INVALID_ARGUMENT', `${resolved} is too long to be a template.`);
  return readFile(resolved, 'utf8');
}

/** The template `value` names; a clear error listing the names there are when it names none. */
export async function templateChoiceFor(services: ServiceHandlers, value: string): Promise<TemplateChoice> {
  const preset = presetNamed(value);
  if (preset) return { preset: preset.name };
  if (looksLikeFile(value)) return { source: await readTemplateFile(value) };
  const own = (await services.listTemplates({})).user.map((t) => t.name);
  if (own.includes(value)) return { user: value };
  const yours = own.length > 0 ? `; yours: ${own.join(', ')}` : '';
  throw new ServiceError(
    'NOT_FOUND',
    `There is no template called “${value}”. Built-in templates: ${PRESET_NAMES.join(', ')}${yours}; or give the path of a .mustache file.`,
  );
}
