// node --test test/scripts/: the published JSON Schemas (content/schema/) as an editor shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const schemas = readdirSync('content/schema')
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => [file, JSON.parse(readFileSync(`content/schema/${file}`, 'utf8'))]);

/** Calls `visit(node, path)` for every subschema. */
function walk(node, path, visit) {
  if (!node || typeof node !== 'object') return;
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, `${path}.properties.${key}`, visit);
  for (const [key, child] of Object.entries(node.$defs ?? {})) walk(child, `${path}.$defs.${key}`, visit);
  if (node.items) walk(node.items, `${path}.items`, visit);
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) (node[keyword] ?? []).forEach((child, index) => walk(child, `${path}.${keyword}[${index}]`, visit));
  if (node.then) walk(node.then, `${path}.then`, visit);
}

test('every property and shared definition tells the editor what it is for', () => {
  const undescribed = [];
  for (const [file, schema] of schemas) {
    walk(schema, file, (node, path) => {
      const named = /\.(properties\.(?!type$|kind$|\$schema$)[^.]+|\$defs\.[^.]+)$/.test(path);
      if (named && !node.description && !node.$ref) undescribed.push(path);
    });
  }
  assert.deepEqual(undescribed, []);
});

test('a failed pattern is explained in words, not as a regular expression', () => {
  const unexplained = [];
  for (const [file, schema] of schemas) {
    walk(schema, file, (node, path) => node.pattern && !node.patternErrorMessage && unexplained.push(path));
  }
  assert.deepEqual(unexplained, []);
});

// The audit of a content editor's use found the published schema accepting link targets with a
// line or paragraph separator, which the widgets refuse (core/safe-url.ts): the editor saw no
// warning for a link the page would show as plain text.
test('the published schema refuses the link targets the widgets refuse', async () => {
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const withHref = (href) => {
    const document = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
    document.entries[11].answer[0].content[1].href = href;
    return document;
  };
  assert.ok(validate(withHref('https://example.com/a')), 'a plain https link');
  for (const href of ['https://example.com/\u2028', 'https://example.com/\u2029x', 'java\tscript:x', 'javascript:alert(1)', 'https://example.com/ a']) {
    assert.equal(validate(withHref(href)), false, `accepted ${JSON.stringify(href)}`);
  }
});

// From a content-editor audit: for {"type": "bold"} VS Code said 'Value must be "strong"', offering
// one of the three types (the oneOf option that came nearest). The type is now one enum.
test('an unknown type of text or block is answered with every type there is', async () => {
  const { default: Ajv } = await import('ajv');
  const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const allowed = (edit) => {
    const document = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
    edit(document.entries[0].answer);
    assert.equal(validate(document), false);
    return validate.errors.filter((error) => error.keyword === 'enum').map((error) => [error.instancePath, error.params.allowedValues]);
  };
  assert.deepEqual(allowed((answer) => (answer[0].content[0] = { type: 'bold', text: 'Azure' })), [['/entries/0/answer/0/content/0/type', ['strong', 'em', 'link']]]);
  assert.deepEqual(allowed((answer) => (answer[0].type = 'paragraf')), [['/entries/0/answer/0/type', ['paragraph', 'list']]]);
});
