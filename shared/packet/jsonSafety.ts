/**
 * Checks on untrusted JSON that come before any schema: how deeply the text nests (scanned
 * before parsing, so a file of a million `[` costs one linear pass and no parse) and whether a
 * parsed value holds a key that could reach an object's prototype. Both are loops with no
 * recursion, so no input can exhaust the stack.
 */

/** Keys that Marginalia never writes and that could reach a prototype if code ever merged the value. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * True when the JSON `text` opens more than `limit` arrays or objects inside one another. Brackets
 * inside strings do not count. Works on any text, valid JSON or not, in one pass.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

/**
 * The first key named `__proto__`, `constructor` or `prototype` anywhere in `value` (an own key
 * of any object, however deep), or null when there is none. Walks with an explicit stack.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.includes(key)) return key;
      stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return null;
}
