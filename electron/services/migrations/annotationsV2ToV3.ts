import type { Migration } from './migration';

/**
 * Annotations v2 → v3: every annotation records who made it (W3C `creator`) and why
 * (`motivation`), so other people's layers, questions and replies can sit beside the user's
 * own. Every v2 annotation is the user's own: its creator is the local profile, and its
 * motivation is "commenting" when it has a note, "highlighting" otherwise.
 */
export const annotationsV2ToV3: Migration = {
  from: 2,
  describe: 'record the local profile as the creator of every existing annotation, and its motivation',
  migrate(data, { profile }) {
    const annotations: unknown = data['annotations'];
    // Anything but a list is left as it is, so validation fails and the file is kept aside, never emptied.
    if (!Array.isArray(annotations)) return data;
    return {
      ...data,
      annotations: annotations.map((a: unknown) => {
        if (a === null || typeof a !== 'object') return a;
        const record = a as Record<string, unknown>;
        const hasNote = typeof record['note'] === 'string' && record['note'].trim() !== '';
        return {
          ...record,
          creator: 'creator' in record ? record['creator'] : { ...profile },
          motivation: 'motivation' in record ? record['motivation'] : hasNote ? 'commenting' : 'highlighting',
        };
      }),
    };
  },
};
