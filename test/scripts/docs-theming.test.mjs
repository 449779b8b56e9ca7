// npm run test:scripts: the table of custom properties in docs/theming.md ("Every custom property
// and its default") is the one the widgets' manifest entries give: every --tc-* property that some
// widget documents, with the default its styles give it (scripts/cem-css-defaults.mjs reads those from
// the CSS) and the widgets that read it. A designer reads the table instead of seven manifest entries;
// a property added, renamed or given another default in the styles fails here until the table says so.
// The fourth column (what the property colours or sizes) is the guide's own words and is not compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freshManifest } from './fresh-manifest.mjs';

const root = resolve(import.meta.dirname, '../..');
const GUIDE = 'docs/theming.md';
const HEADING = '## Every custom property and its default';

const widgets = freshManifest().modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));
// In the guide's order, by name: the analyzer lists modules in the order its glob finds them, which
// once put the timeline before policy sections (a fresh clone's CI).
const tags = widgets.map((widget) => widget.tagName).sort();

/** A default as the table writes it: each alternative ("A or B": the manifest's way of giving two) in code. */
const code = (value) => String(value).split(' or ').map((part) => `\`${part}\``).join(' or ');
const tagList = (list) => list.map((tag) => `\`<${tag}>\``).join(', ');

/** `--tc-x → { default, widgets }` as the table's second and third cells should read. */
function expectedRows() {
  const byProperty = new Map();
  for (const widget of widgets) {
    for (const property of widget.cssProperties ?? []) {
      if (!byProperty.has(property.name)) byProperty.set(property.name, new Map());
      byProperty.get(property.name).set(widget.tagName, property.default);
    }
  }
  const rows = new Map();
  for (const [name, defaults] of byProperty) {
    const users = tags.filter((tag) => defaults.has(tag));
    // The default most widgets share comes first; each other one names its widgets.
    const groups = new Map();
    for (const tag of users) groups.set(defaults.get(tag), [...(groups.get(defaults.get(tag)) ?? []), tag]);
    const [[common], ...others] = [...groups].sort(([, a], [, b]) => b.length - a.length);
    const value = [code(common), ...others.map(([other, list]) => `${tagList(list)}: ${code(other)}`)].join('; ');
    const everyContentWidget = tags.filter((tag) => tag !== 'tc-locale-switch');
    const who =
      users.length === tags.length
        ? 'all'
        : users.length === everyContentWidget.length && everyContentWidget.every((tag) => users.includes(tag))
          ? 'all but the switch'
          : tagList(users);
    rows.set(name, { default: value, widgets: who });
  }
  return rows;
}

/** The rows of the guide's table: `--tc-x → { default, widgets }`. */
function guideRows() {
  const text = readFileSync(join(root, GUIDE), 'utf8');
  const start = text.indexOf(`\n${HEADING}\n`);
  assert.ok(start >= 0, `${GUIDE} has no "${HEADING}" section`);
  const section = text.slice(start + HEADING.length + 2).split(/\n## /)[0];
  const rows = new Map();
  for (const [, name, value, who] of section.matchAll(/^\| `(--tc-[\w-]+)` \| (.*?) \| (.*?) \| .* \|$/gm)) {
    assert.ok(!rows.has(name), `${GUIDE}: ${name} has two rows`);
    rows.set(name, { default: value, widgets: who });
  }
  return rows;
}

test(`${GUIDE} lists every custom property the widgets document, with its default and its widgets`, () => {
  const expected = expectedRows();
  assert.ok(expected.size > 15, `the manifest documents only ${expected.size} custom properties: is it the kit's?`);
  const listed = guideRows();
  const problems = [];
  for (const [name, row] of expected) {
    const found = listed.get(name);
    if (!found) problems.push(`missing: ${name}`);
    else {
      if (found.default !== row.default) problems.push(`${name}: the default is ${row.default}, not ${found.default}`);
      if (found.widgets !== row.widgets) problems.push(`${name}: read by ${row.widgets}, not ${found.widgets}`);
    }
  }
  for (const name of listed.keys()) if (!expected.has(name)) problems.push(`${name}: no widget documents it`);
  const table = [...expected].map(([name, row]) => `| \`${name}\` | ${row.default} | ${row.widgets} | … |`).join('\n');
  assert.deepEqual(problems, [], `${GUIDE}, "${HEADING}", against the manifest. Its rows should read (the last column is the guide's own):\n${table}`);
});
