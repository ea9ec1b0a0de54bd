/**
 * The W3C Web Annotation test-suite schemas (the MUST assertions), read from
 * ../shared/wpt-annotation-model (or $WPT_SCHEMAS) and compiled with ajv for draft-04.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { sharedFolder, type SharedFolder } from './sharedFolder';

/**
 * The schema folder; tests that need it skip (outside CI) or fail (in CI) when it is missing,
 * see {@link sharedFolder}.
 */
export function wptSchemasFolder(): SharedFolder {
  const dir = process.env['WPT_SCHEMAS'];
  return sharedFolder('wpt-annotation-model', 'the W3C schema validation tests', dir ? { dir } : {});
}

export interface Assertion {
  file: string;
  validate: (data: unknown) => string[];
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * Compiles the assertions a `.test` file lists; `missing` names listed files that are not there.
 * Throws a message naming the folder when the schemas are not there at all.
 */
export function loadAssertions(testFile: 'annotations/annotationMusts.test' | 'collections/collectionMusts.test'): {
  assertions: Assertion[];
  missing: string[];
} {
  const wptDir = wptSchemasFolder().require();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(wptDir, 'definitions'))) ajv.addSchema(readJson(path.join(wptDir, 'definitions', file)));
  const listed = (readJson(path.join(wptDir, testFile))['assertions'] as string[]) ?? [];
  const assertions: Assertion[] = [];
  const missing: string[] = [];
  for (const file of listed) {
    const full = path.join(wptDir, file);
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
