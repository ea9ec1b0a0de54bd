/**
 * Writes the published JSON Schema of the `.marginalia` format from its zod schema:
 * `node --import tsx tests/tools/write-packet-schema.ts`. The unit test
 * tests/unit/shared/packet/packetSchemaFile.test.ts fails whenever the file and the schema differ.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packetJsonSchema } from '../../shared/packet/packetFormat';

/** Where the schema is published, relative to the repository root. */
export const PACKET_SCHEMA_FILE = 'assets/schemas/marginalia-packet.schema.json';

/** The text of the schema file: 2-space JSON with a final newline. */
export function packetSchemaText(): string {
  return `${JSON.stringify(packetJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const target = path.join(root, PACKET_SCHEMA_FILE);
  writeFileSync(target, packetSchemaText());
  console.log(`Wrote ${PACKET_SCHEMA_FILE}`);
}
