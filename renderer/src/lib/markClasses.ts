/**
 * The CSS classes of one painted piece of text. The user's own highlights are filled with
 * their colour; a piece covered only by other people's annotations is underlined in the
 * colour of the topmost one (`layer-other`), and an own fill with others' annotations over it
 * gets that underline as well (`hl-with-others`).
 */
import type { HighlightColor } from '../../../shared/model';

/** What deciding a piece's look needs to know about each annotation. */
export interface MarkLook {
  colorOf: (id: string) => HighlightColor | undefined;
  /** True for the user's own annotations (false for teacher's and students' layers). */
  isOwn: (id: string) => boolean;
}

/** Classes for a piece covered by `ids` (bottom first, top last), besides the base `hl`. */
export function markClasses(ids: readonly string[], look: MarkLook): string[] {
  const own = ids.filter((id) => look.isOwn(id));
  const others = ids.filter((id) => !look.isOwn(id));
  const classes: string[] = [];
  if (own.length > 0) {
    classes.push(`hl-${look.colorOf(own[own.length - 1]!) ?? 'yellow'}`);
    if (own.length > 1) classes.push('hl-overlap');
  } else {
    classes.push('layer-other');
  }
  if (others.length > 0) {
    if (own.length > 0) classes.push('hl-with-others');
    classes.push(`ul-${look.colorOf(others[others.length - 1]!) ?? 'yellow'}`);
  }
  return classes;
}
