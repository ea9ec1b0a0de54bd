/**
 * The W3C Web Annotation test-suite schemas (the MUST assertions), read from
 * ../shared/wpt-annotation-model and compiled with ajv for draft-04.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const WPT_DIR = process.env['WPT_SCHEMAS'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/wpt-annotation-model');

export interface Assertion {
  file: string;
  validate: (data: unknown) => string[];
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Compiles the assertions a `.test` file lists; `missing` names listed files that are not there. */
export function loadAssertions(testFile: 'annotations/annotationMusts.test' | 'collections/collectionMusts.test'): {
  assertions: Assertion[];
  missing: string[];
} {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(WPT_DIR, 'definitions'))) ajv.addSchema(readJson(path.join(WPT_DIR, 'definitions', file)));
  const listed = (readJson(path.join(WPT_DIR, testFile))['assertions'] as string[]) ?? [];
  const assertions: Assertion[] = [];
  const missing: string[] = [];
  for (const file of listed) {
    const full = path.join(WPT_DIR, file);
    if (!existsSync(full)) {
      missing.push(file);
      continue;
    }
    const schema = readJson(full);
    const validate = ajv.compile(schema);
    assertions.push({
      file,
      validate: (data) => (validate(data) ? [] : [`${file}: ${String(schema['errorMessage'] ?? ajv.errorsText(validate.errors))}`]),
    });
  }
  return { assertions, missing };
}
