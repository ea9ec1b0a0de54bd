/** Handlers for export templates: the list, saving and deleting the user's own, and the export preview. */
import type { ApiHandlers } from '../../../shared/api';
import type { TemplateChoice } from '../../../shared/apiSchemas';
import { ServiceError } from '../../../shared/errors';
import { PRESETS, presetNamed } from '../../../shared/export/templates/presets';
import type { DataSession } from '../dataSession';
import { documentExport } from '../exportFiles';
import { TemplateStore, templatesFolder } from '../templateStore';

/** Most characters of an export the preview shows. */
export const PREVIEW_MAX_CHARS = 20_000;

/** The user templates of the session's data folder. */
export function templateStore(session: DataSession): TemplateStore {
  return new TemplateStore(templatesFolder(session.paths.dataDir));
}

/** The text of the chosen template (none chosen: undefined, the standard Markdown export). */
export async function templateSource(store: TemplateStore, choice: TemplateChoice | undefined): Promise<string | undefined> {
  if (choice === undefined) return undefined;
  if ('preset' in choice) {
    const preset = presetNamed(choice.preset);
    if (!preset) throw new ServiceError('NOT_FOUND', `There is no built-in template called “${choice.preset}”.`);
    return preset.source;
  }
  if ('user' in choice) return store.read(choice.user);
  return choice.source;
}

export function templateHandlers(session: DataSession): Pick<ApiHandlers, 'listTemplates' | 'saveTemplate' | 'deleteTemplate' | 'previewExport'> {
  const store = templateStore(session);
  return {
    async listTemplates() {
      return { presets: PRESETS.map((p) => ({ name: p.name, label: p.label, source: p.source, problem: null })), user: await store.list() };
    },

    async saveTemplate({ name, source }) {
      await store.save(name, source);
      return { name };
    },

    async deleteTemplate({ name }) {
      await store.remove(name);
      return { deleted: name };
    },

    async previewExport({ documentId, format, markdown, layer, template }) {
      const source = format === 'md' ? await templateSource(store, template) : undefined;
      const doc = await session.annotated(documentId, layer);
      const text = documentExport(doc, format, { ...markdown, exportedAt: session.stamp(), ownCreatorId: session.profile.person.id }, source);
      const truncated = text.length > PREVIEW_MAX_CHARS;
      return { text: truncated ? text.slice(0, PREVIEW_MAX_CHARS) : text, truncated };
    },
  };
}
