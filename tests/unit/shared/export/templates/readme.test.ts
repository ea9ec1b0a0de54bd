/** The README's Templates section stays true: its example checks out and it names every field. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_FIELDS, DOCUMENT_FIELDS, EXPORT_FIELDS } from '../../../../../shared/export/templates/fields';
import { validateTemplate } from '../../../../../shared/export/templates/validateTemplate';

const readme = readFileSync(path.resolve(__dirname, '../../../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Templates'), readme.indexOf('## W3C Web Annotation JSON'));

describe('README, Templates', () => {
  it('has an example that is a valid template', () => {
    const example = /```mustache\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    expect(validateTemplate(example!)).toEqual({ ok: true });
  });

  it('names every field a template can use', () => {
    const names = [EXPORT_FIELDS, DOCUMENT_FIELDS, ANNOTATION_FIELDS].flatMap((set) => Object.keys(set.fields));
    expect(names.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
  });
});
