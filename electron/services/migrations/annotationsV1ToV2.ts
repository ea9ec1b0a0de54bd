import type { Migration } from './migration';

/**
 * Annotations v1 → v2: every annotation records where it came from (`origin`), so a teacher's
 * annotations read from a packet can sit beside the user's own. All v1 annotations are the
 * user's own.
 */
export const annotationsV1ToV2: Migration = {
  from: 1,
  describe: 'mark every existing annotation as the user’s own (origin: "own")',
  migrate(data) {
    const annotations: unknown = data['annotations'];
    // Anything but a list is left as it is, so validation fails and the file is kept aside, never emptied.
    if (!Array.isArray(annotations)) return data;
    return {
      ...data,
      annotations: annotations.map((a: unknown) =>
        a !== null && typeof a === 'object' && !('origin' in a) ? { ...a, origin: 'own' } : a,
      ),
    };
  },
};
