import { describe, expect, it } from 'vitest';
import { findForbiddenKey, jsonNestsDeeperThan } from '../../../../shared/packet/jsonSafety';

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects opened inside one another', () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(jsonNestsDeeperThan('[[],[],[]]', 2)).toBe(false);
    expect(jsonNestsDeeperThan('1', 0)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: 'say \\"[[[[\\" and "[[[["' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify(['\\', [[]]]), 2)).toBe(true);
  });

  it('scans nesting 100,000 and 1,000,000 deep in one pass, without recursion', () => {
    for (const depth of [100_000, 1_000_000]) {
      expect(jsonNestsDeeperThan('['.repeat(depth) + ']'.repeat(depth), 32)).toBe(true);
      expect(jsonNestsDeeperThan('{"a":'.repeat(depth), 32)).toBe(true);
    }
  });
});

describe('findForbiddenKey', () => {
  it('finds __proto__, constructor and prototype as own keys at any depth', () => {
    expect(findForbiddenKey(JSON.parse('{"a":1,"__proto__":{"x":1}}'))).toBe('__proto__');
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":{"constructor":1}}]}'))).toBe('constructor');
    expect(findForbiddenKey(JSON.parse('[[[[{"prototype":null}]]]]'))).toBe('prototype');
  });

  it('does not mistake inherited properties or values for keys', () => {
    expect(findForbiddenKey({ a: 'constructor', b: ['__proto__'] })).toBeNull();
    expect(findForbiddenKey(JSON.parse('{"a":{"b":[1,"x",null,true]}}'))).toBeNull();
  });

  it('walks a value nested 100,000 deep without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + '{"constructor":1}' + ']'.repeat(100_000));
    expect(findForbiddenKey(deep)).toBe('constructor');
    expect(findForbiddenKey(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toBeNull();
  });
});
