/**
 * How layers and their authors are named on screen: "Your notes", "Teacher: Ms Rivera",
 * "Ms Rivera · teacher". A person who never gave a name is still named by their role.
 */
import type { LayerRole } from '../../../shared/api';
import type { Person } from '../../../shared/model';

/** The layer facts the sidebar needs: a layer without its annotations. */
export interface LayerInfo {
  key: string;
  creator: Person;
  role: LayerRole;
  readOnly: boolean;
}

/** The own layer's key, as `listLayers` names it. */
export const OWN_LAYER_KEY = 'own';

const ROLE_WORDS: Readonly<Record<Exclude<LayerRole, 'own'>, string>> = { teacher: 'teacher', student: 'student', other: 'reader' };

/** The person's name, or "Unnamed teacher"/"Unnamed student" when they gave none. */
export function personName(person: Person, role: LayerRole): string {
  const name = person.name.trim();
  if (name !== '') return name;
  return role === 'own' ? 'You' : `Unnamed ${ROLE_WORDS[role]}`;
}

/** The layer's name in the Layers list: "Your notes", "Teacher: Ms Rivera", "Student: Sam". */
export function layerLabel(layer: Pick<LayerInfo, 'creator' | 'role'>): string {
  switch (layer.role) {
    case 'own':
      return 'Your notes';
    case 'teacher':
      return `Teacher: ${personName(layer.creator, 'teacher')}`;
    case 'student':
      return `Student: ${personName(layer.creator, 'student')}`;
    case 'other':
      return `Reader: ${personName(layer.creator, 'other')}`;
  }
}

/** Who made an annotation, as its card says: "Ms Rivera · teacher" (or "You" for the own layer). */
export function authorLabel(layer: Pick<LayerInfo, 'creator' | 'role'>): string {
  if (layer.role === 'own') return 'You';
  const name = layer.creator.name.trim();
  return name === '' ? `Unnamed ${ROLE_WORDS[layer.role]}` : `${name} · ${ROLE_WORDS[layer.role]}`;
}

/** The possessive used in accessible names of painted passages: "Ms Rivera's" or "Your". */
export function possessive(layer: Pick<LayerInfo, 'creator' | 'role'>): string {
  if (layer.role === 'own') return 'Your';
  return `${personName(layer.creator, layer.role)}’s`;
}
