// npm run test:scripts: docs/widgets.md, where the README sends a reader for "each widget's
// attributes", names every piece of public API the widgets' manifest entries give: each attribute,
// each property that no attribute carries (`content`, `today`), each public method, and each event
// with its detail as the event's JSDoc writes it (`detail: {locale}`). A method or event added to a
// widget fails here until the guide says what it does. (Parts and custom properties: docs/theming.md
// and its own test; the manifest lists every part.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freshManifest } from './fresh-manifest.mjs';

const root = resolve(import.meta.dirname, '../..');
const GUIDE = 'docs/widgets.md';
const guide = readFileSync(join(root, GUIDE), 'utf8').replace(/\s+/g, ' ');
const widgets = freshManifest().modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));

test('the manifest has the seven widgets', () => assert.equal(widgets.length, 7));

for (const widget of widgets) {
  test(`${GUIDE} names every attribute, property, method and event of <${widget.tagName}>`, () => {
    const members = (widget.members ?? []).filter((member) => !member.privacy && !member.static && !member.name.startsWith('#'));
    const missing = [
      ...(widget.attributes ?? []).map((attribute) => `\`${attribute.name}\``),
      ...members.filter((member) => member.kind === 'field' && !member.attribute).map((field) => `\`${field.name}\``),
      ...members.filter((member) => member.kind === 'method').map((method) => `\`${method.name}(`),
      ...(widget.events ?? []).flatMap((event) => [`\`${event.name}\``, /`detail: \{[^}]*\}`/.exec(event.description ?? '')?.[0] ?? `the detail of ${event.name} in its JSDoc`]),
    ].filter((name) => !guide.includes(name));
    assert.deepEqual(missing, [], `${GUIDE} does not name these`);
  });
}

// From an embedding audit: the DOMPurify setting that docs/embedding.md gives a CMS listed every
// attribute but `intro`, so a page that followed both it and the guide's advice to write
// <tc-policy-sections intro …> lost the introduction without a word. The setting's pattern must
// allow exactly the attributes a page writes (not `status`, which the widgets reflect for styles):
// one more would be an attribute no widget reads.
test('the sanitizer setting in docs/embedding.md allows every attribute of the widgets, and no other', () => {
  const embedding = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const pattern = /attributeNameCheck: \/\^\(([^)]+)\)\$\//.exec(embedding)?.[1];
  assert.ok(pattern, 'docs/embedding.md has the DOMPurify setting');
  const attributes = [...new Set(widgets.flatMap((widget) => (widget.attributes ?? []).filter((attribute) => !attribute.readonly).map((attribute) => attribute.name)))].sort();
  assert.deepEqual(pattern.split('|').sort(), attributes);
});
