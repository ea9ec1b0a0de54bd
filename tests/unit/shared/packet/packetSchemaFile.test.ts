import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PACKET_SCHEMA_ID } from '../../../../shared/packet/packetFormat';
import { PACKET_SCHEMA_FILE, packetSchemaText } from '../../../tools/write-packet-schema';
import { validHandInJson, validPacketJson } from './packetFixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const committed = readFileSync(path.join(root, PACKET_SCHEMA_FILE), 'utf8');

/** ajv for the draft z.toJSONSchema emits (2020-12), strict, with the date-time format. */
function validator() {
  const schema = JSON.parse(committed) as { $schema: string };
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe(`the published JSON Schema (${PACKET_SCHEMA_FILE})`, () => {
  it('is exactly what the zod schema generates (run `node --import tsx tests/tools/write-packet-schema.ts` after changing the format)', () => {
    expect(committed).toBe(packetSchemaText());
    expect(JSON.parse(committed)).toMatchObject({ $id: PACKET_SCHEMA_ID, title: 'Marginalia packet' });
  });

  it('accepts a packet and a hand-in that Marginalia writes', () => {
    const validate = validator();
    for (const sample of [validPacketJson(), validHandInJson()]) {
      expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('refuses what the zod schema refuses: unknown keys, bad ids, a hand-in without answers, a packet with them', () => {
    const validate = validator();
    const broken: Array<(p: Record<string, any>) => void> = [ // eslint-disable-line @typescript-eslint/no-explicit-any
      (p) => (p.extra = 1),
      (p) => (p.annotations[0].id = 'urn:uuid:not-a-uuid'),
      (p) => (p.annotations[0].target.selector[0].exact = ''),
      (p) => (p.annotations[0]['marginalia:color'] = 'red'),
      (p) => (p.created = '2026-02-30T10:00:00Z'),
      (p) => (p.answers = { packet: p.id, revision: 1 }),
      (p) => (p.kind = 'hand-in'),
      (p) => delete p.document.text,
    ];
    for (const change of broken) {
      const packet = validPacketJson() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      change(packet);
      expect(validate(packet), change.toString()).toBe(false);
    }
  });
});
