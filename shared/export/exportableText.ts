/**
 * What an export keeps of a text: every character except control characters. NUL, the other
 * C0 controls, DEL and the C1 controls cannot be shown, and Markdown parsers turn NUL into
 * U+FFFD, so they are dropped. Line breaks (CR LF and a lone CR become LF) and tabs are kept in
 * running text; a tag is a one-line label, so it keeps neither.
 */

/** C0 controls except tab and line feed, DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Every C0 control, DEL and the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_IN_LABEL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Running text as an export writes it: line breaks as LF, tabs kept, other controls dropped. */
export function exportableText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS_IN_TEXT, '');
}

/** A tag as an export writes it: every control character (tabs and line breaks too) dropped. */
export function exportableTag(tag: string): string {
  return tag.replace(CONTROLS_IN_LABEL, '');
}
