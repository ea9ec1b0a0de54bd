import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../../renderer/src/lib/undoStack';

function counter() {
  const state = { value: 0 };
  const entry = (label: string, ok = () => true) => ({
    label,
    undo: async () => (ok() ? (state.value--, true) : false),
    redo: async () => (ok() ? (state.value++, true) : false),
  });
  return { state, entry };
}

describe('UndoStack', () => {
  it('undoes and redoes in order', async () => {
    const { state, entry } = counter();
    const stack = new UndoStack();
    state.value = 2;
    stack.push(entry('a'));
    stack.push(entry('b'));
    expect(await stack.undo()).toBe('b');
    expect(await stack.undo()).toBe('a');
    expect(await stack.undo()).toBeNull();
    expect(state.value).toBe(0);
    expect(await stack.redo()).toBe('a');
    expect(state.value).toBe(1);
    expect(stack.canRedo).toBe(true);
  });

  it('forgets the redo history when a new change is made', async () => {
    const { entry } = counter();
    const stack = new UndoStack();
    stack.push(entry('a'));
    await stack.undo();
    stack.push(entry('b'));
    expect(stack.canRedo).toBe(false);
  });

  it('keeps an entry whose step failed', async () => {
    let works = false;
    const { entry } = counter();
    const stack = new UndoStack();
    stack.push(entry('a', () => works));
    expect(await stack.undo()).toBeNull();
    expect(stack.canUndo).toBe(true);
    works = true;
    expect(await stack.undo()).toBe('a');
  });

  it('merges consecutive changes with the same key into one step', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const edit = (from: string, to: string, mergeKey?: string) => ({
      label: 'note',
      mergeKey,
      undo: async () => (log.push(`undo→${from}`), true),
      redo: async () => (log.push(`redo→${to}`), true),
    });
    stack.push(edit('', 'a', 'note:1'));
    stack.push(edit('a', 'ab', 'note:1'));
    stack.push(edit('ab', 'abc', 'note:1'));
    stack.push(edit('x', 'y', 'note:2'));
    await stack.undo();
    await stack.undo();
    await stack.redo();
    expect(log).toEqual(['undo→x', 'undo→', 'redo→abc']);
    expect(stack.canUndo).toBe(true);
  });

  it('bounds its length', async () => {
    const { entry } = counter();
    const stack = new UndoStack(2);
    ['a', 'b', 'c'].forEach((l) => stack.push(entry(l)));
    expect(await stack.undo()).toBe('c');
    expect(await stack.undo()).toBe('b');
    expect(await stack.undo()).toBeNull();
  });
});

describe('UndoStack, changes that cannot be redone', () => {
  it('drops an entry without redo once it is undone, so redo offers nothing', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    stack.push({ label: 'new version', undo: async () => (log.push('undo new version'), true) });
    expect(await stack.undo()).toBe('new version');
    expect(stack.canUndo).toBe(false);
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toBeNull();
    expect(log).toEqual(['undo new version']);
  });

  it('undoes a given entry only while it is the latest change', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const replaced = { label: 'new version', undo: async () => (log.push('undo new version'), true) };
    stack.push(replaced);
    stack.push({ label: 'note', undo: async () => (log.push('undo note'), true), redo: async () => true });
    expect(await stack.undoLatest(replaced)).toBeNull();
    expect(log).toEqual([]);
    expect(await stack.undo()).toBe('note');
    expect(await stack.undoLatest(replaced)).toBe('new version');
    expect(log).toEqual(['undo note', 'undo new version']);
    expect(stack.canUndo).toBe(false);
  });
});

describe('UndoStack, undoing a change that cannot be redone', () => {
  it('forgets the changes undone on top of it: they were made on what it undid', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    stack.push({ label: 'new version', undo: async () => (log.push('undo new version'), true) });
    stack.push({ label: 'attached highlight', undo: async () => (log.push('undo attach'), true), redo: async () => (log.push('redo attach'), true) });
    expect(await stack.undo()).toBe('attached highlight');
    expect(stack.canRedo).toBe(true);
    expect(await stack.undo()).toBe('new version');
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toBeNull();
    expect(log).toEqual(['undo attach', 'undo new version']);
  });
});
