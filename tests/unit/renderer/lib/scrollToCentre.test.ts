// @vitest-environment jsdom
/**
 * A long smooth scroll can end beside its target (blocks passed on the way change height as
 * they are laid out): then the target is brought into view at once, unless the user took over.
 */
import { describe, expect, it, vi } from 'vitest';
import { scrollToCentre } from '../../../../renderer/src/lib/scrollToCentre';

function setup(targetTop: number) {
  const scroller = document.createElement('div');
  const target = document.createElement('mark');
  scroller.append(target);
  document.body.append(scroller);
  const rect = (top: number, height: number) => ({ top, bottom: top + height, left: 0, right: 100, width: 100, height, x: 0, y: top, toJSON: () => ({}) });
  scroller.getBoundingClientRect = () => rect(0, 800);
  target.getBoundingClientRect = () => rect(targetTop, 20);
  const calls: unknown[] = [];
  target.scrollIntoView = vi.fn((options?: boolean | ScrollIntoViewOptions) => void calls.push(options));
  return { scroller, target, calls };
}

describe('scrollToCentre', () => {
  it('scrolls smoothly, and again at once when the scroll ended with the target out of view', () => {
    const { scroller, target, calls } = setup(5000);
    scrollToCentre(target, scroller);
    scroller.dispatchEvent(new Event('scrollend'));
    expect(calls).toEqual([{ block: 'center', behavior: 'smooth' }, { block: 'center' }]);
    scroller.dispatchEvent(new Event('scrollend'));
    expect(calls).toHaveLength(2);
  });

  it('leaves a target that landed in view alone', () => {
    const { scroller, target, calls } = setup(390);
    scrollToCentre(target, scroller);
    scroller.dispatchEvent(new Event('scrollend'));
    expect(calls).toHaveLength(1);
  });

  it('does not pull the view back once the user scrolls by themselves', () => {
    const { scroller, target, calls } = setup(5000);
    scrollToCentre(target, scroller);
    window.dispatchEvent(new Event('wheel'));
    scroller.dispatchEvent(new Event('scrollend'));
    expect(calls).toHaveLength(1);
  });
});
