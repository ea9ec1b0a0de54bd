import { beforeAll, describe, expect, it } from 'vitest';
import { buildPacket } from '../../../../shared/packet/buildPacket';
import { loadAssertions, wptSchemasFolder } from '../../../support/wptSchemas';
import { handInInput, packetInput } from './packetFixtures';

// The schemas live in ../shared; without it (a clone of the repository alone) these are skipped, saying why.
const wpt = wptSchemasFolder();

describe.skipIf(wpt.skip)(`packet annotations against the W3C Web Annotation MUST assertions${wpt.titleNote}`, () => {
  let musts: ReturnType<typeof loadAssertions>;
  beforeAll(() => {
    musts = loadAssertions('annotations/annotationMusts.test');
  });

  it('passes every MUST assertion for a highlight, a note with tags, a question and a reply with an array target', () => {
    expect(musts.assertions.length).toBe(54);
    const annotations = [...buildPacket(packetInput()).annotations, ...buildPacket(handInInput()).annotations];
    expect(new Set(annotations.map((a) => a.motivation))).toEqual(new Set(['highlighting', 'commenting', 'questioning', 'replying']));
    expect(annotations.some((a) => Array.isArray(a.target))).toBe(true);
    for (const a of annotations) expect(musts.assertions.flatMap((x) => x.validate(JSON.parse(JSON.stringify(a))))).toEqual([]);
  });
});
