/**
 * The built-in export templates, written in the same template language as the user's own
 * (see README, "Templates"), so each is also an example to copy.
 */

/** Names of the built-in templates, as the API and the command line take them. */
export const PRESET_NAMES = ['plain', 'obsidian', 'logseq', 'notion', 'citation'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A built-in template: its name, what the dialog calls it, and its source. */
export interface Preset {
  name: PresetName;
  label: string;
  source: string;
}

const PLAIN = `---
title: {{{document.titleYaml}}}
{{#document.author}}
author: {{{document.authorYaml}}}
{{/document.author}}
source: {{{document.sourceYaml}}}
imported: "{{{document.imported}}}"
exported: "{{{exportedAt}}}"
highlights: {{count}}
tags: {{{tagsYaml}}}
---

# {{document.title}}

{{^hasAnnotations}}
No highlights yet.

{{/hasAnnotations}}
{{#annotations}}
{{{quoteBlock}}}

{{#hasNote}}
{{note}}

{{/hasNote}}
{{#page}}p. {{page}} · {{/page}}{{#byOthers}}By: {{creator}} · {{/byOthers}}{{#question}}Question · {{/question}}Colour: {{colourName}}{{#hasTags}} · Tags: {{{tagsAsCode}}}{{/hasTags}}

{{/annotations}}
{{#hasOrphans}}
## Orphaned highlights

These passages could not be found in the current text.

{{#orphans}}
{{{quoteBlock}}}

{{#hasNote}}
{{note}}

{{/hasNote}}
{{#byOthers}}By: {{creator}} · {{/byOthers}}{{#question}}Question · {{/question}}Colour: {{colourName}}{{#hasTags}} · Tags: {{{tagsAsCode}}}{{/hasTags}}

{{/orphans}}
{{/hasOrphans}}
`;

const OBSIDIAN = `---
title: {{{document.titleYaml}}}
{{#document.author}}
author: {{{document.authorYaml}}}
{{/document.author}}
source: {{{document.sourceYaml}}}
exported: "{{{exportedAt}}}"
tags: {{{tagsYaml}}}
---

# {{document.title}}

{{#annotations}}
> [!quote]{{#page}} p. {{page}}{{/page}}
{{{quoteBlock}}}

{{#hasNote}}
{{note}}

{{/hasNote}}
{{#hasTags}}
{{{tagsAsHashtags}}}

{{/hasTags}}
{{/annotations}}
`;

const LOGSEQ = `title:: {{document.title}}
source:: {{document.source}}

{{#annotations}}
- {{quoteLine}}
  {{#hasTags}}
  tags:: {{{tagsAsLinks}}}
  {{/hasTags}}
  {{#hasNote}}
  - {{noteLine}}
  {{/hasNote}}
{{/annotations}}
`;

const NOTION = `# {{document.title}}

Source: {{document.source}}, exported {{exportedDate}}

{{#annotations}}
{{{quoteBlock}}}

{{#hasNote}}
{{note}}

{{/hasNote}}
{{#hasTags}}
Tags: {{tagsText}}

{{/hasTags}}
{{/annotations}}
`;

const CITATION = `{{#annotations}}
“{{quoteLine}}” — {{#document.author}}{{document.author}}, {{/document.author}}{{document.title}}{{#page}}, p. {{page}}{{/page}}

{{/annotations}}
`;

/** Every built-in template, in the order the dialog lists them. */
export const PRESETS: readonly Preset[] = [
  { name: 'plain', label: 'Plain Markdown', source: PLAIN },
  { name: 'obsidian', label: 'Obsidian', source: OBSIDIAN },
  { name: 'logseq', label: 'Logseq', source: LOGSEQ },
  { name: 'notion', label: 'Notion', source: NOTION },
  { name: 'citation', label: 'Citation (“quote” — Author, Title, p. N)', source: CITATION },
];

/** The built-in template called `name`, if there is one. */
export function presetNamed(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}
