// npm run test:scripts: the content documents as a content editor meets them in VS Code,
// through VS Code's own JSON engine (vscode-json-languageservice): each file opened from its path,
// its "$schema" resolved from there and read from disk (as VS Code does for file: schemas), then
// validated, completed and hovered. docs/content.md ("Editing with schema help") promises it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findNodeAtLocation, modify, applyEdits, parseTree } from 'jsonc-parser';
import languageService from 'vscode-json-languageservice';

const { getLanguageService, TextDocument, DiagnosticSeverity, InsertTextFormat, ClientCapabilities } = languageService;
const root = resolve(import.meta.dirname, '../..');

/** The schemas VS Code's engine asked for, by file URI. */
const schemaRequests = new Set();
const service = getLanguageService({
  // VS Code's JSON extension reads a file: schema itself and hands over its text.
  schemaRequestService: async (uri) => {
    schemaRequests.add(uri);
    return readFileSync(fileURLToPath(uri), 'utf8');
  },
  // As VS Code's JSON server resolves a relative "$schema": against the document's folder.
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  clientCapabilities: ClientCapabilities.LATEST,
});
service.configure({ validate: true, allowComments: false });

const locales = readdirSync(join(root, 'content')).filter((name) => name !== 'schema');
const documents = locales.flatMap((locale) => readdirSync(join(root, 'content', locale)).map((file) => `${locale}/${file}`));

/** `text` (by default the shipped one) as VS Code opens content/<name>. */
function open(name, text = readFileSync(join(root, 'content', name), 'utf8')) {
  const document = TextDocument.create(pathToFileURL(join(root, 'content', name)).href, 'json', 1, text);
  return { document, json: service.parseJSONDocument(document) };
}

/** What VS Code underlines: "line:column" of its start (1-based), yellow (warning) or red (error), and the message. */
async function diagnostics(name, text) {
  const { document, json } = open(name, text);
  // VS Code's settings for a .json file (not .jsonc): comments and trailing commas are errors.
  const found = await service.doValidation(document, json, { comments: 'error', trailingCommas: 'error' });
  return found.map(({ range, severity, message }) => ({
    at: `${range.start.line + 1}:${range.start.character + 1}`,
    colour: severity === DiagnosticSeverity.Warning ? 'yellow' : severity === DiagnosticSeverity.Error ? 'red' : `severity ${severity}`,
    message,
  }));
}

/** content/<name> with the value at `path` set to `value` (removed when undefined), as an editor would type it. */
function edited(name, path, value) {
  const text = readFileSync(join(root, 'content', name), 'utf8');
  return applyEdits(text, modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}

/** "line:column" of the value at `path` in `text` (of its key with `key`). */
function where(text, path, { key = false } = {}) {
  const node = findNodeAtLocation(parseTree(text), path);
  assert.ok(node, `no value at ${path.join('.')}`);
  const offset = key ? node.parent.children[0].offset : node.offset;
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1).length + 1}`;
}

const yellow = (at, message) => ({ at, colour: 'yellow', message });

test('VS Code validates every shipped document against its kind\'s schema, with nothing underlined', async () => {
  // Five kinds in each locale's folder: a folder or kind added without its documents shows here.
  assert.equal(documents.length, 5 * locales.length, `documents: ${documents.join(', ')}`);
  for (const name of documents) {
    assert.deepEqual(await diagnostics(name), [], name);
    // The schema is in force (not silently missing): a property it does not know is underlined.
    const text = edited(name, ['unknownProperty'], 1);
    assert.deepEqual(await diagnostics(name, text), [yellow(where(text, ['unknownProperty'], { key: true }), 'Property unknownProperty is not allowed.')], name);
  }
  const kinds = [...new Set(documents.map((name) => name.split('/')[1].replace('.json', '')))].sort();
  assert.deepEqual([...schemaRequests].sort(), kinds.map((kind) => pathToFileURL(join(root, `content/schema/${kind}.schema.json`)).href));
});

// What VS Code's engine (5.x) reads of a schema: every keyword in its validator, completion and hover.
// A keyword outside this list would be silently ignored in the editor (and a draft 2019-09/2020-12
// $recursiveRef or $dynamicRef, which it does not support either, is reported as a warning in the
// document, which the test above would show).
const understood = new Set([
  '$schema', '$id', '$ref', '$defs', 'definitions', 'title', 'description', 'markdownDescription', 'default', 'examples', 'deprecated', 'deprecationMessage',
  'type', 'enum', 'const', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'errorMessage', 'patternErrorMessage', 'doNotSuggest',
  'properties', 'patternProperties', 'additionalProperties', 'required', 'dependentRequired', 'dependentSchemas', 'propertyNames', 'minProperties', 'maxProperties', 'unevaluatedProperties',
  'items', 'prefixItems', 'additionalItems', 'unevaluatedItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems',
  'pattern', 'minLength', 'maxLength', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else',
]);

test('every keyword the published schemas use is one VS Code\'s engine acts on', () => {
  const ignored = new Set();
  const subschemaMaps = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [keyword, value] of Object.entries(node)) {
      if (!understood.has(keyword)) ignored.add(keyword);
      if (subschemaMaps.has(keyword)) Object.values(value).forEach(visit);
      else if (keyword !== 'defaultSnippets' && keyword !== 'enum' && keyword !== 'const') visit(value);
    }
  };
  for (const file of readdirSync(join(root, 'content/schema'))) visit(JSON.parse(readFileSync(join(root, 'content/schema', file), 'utf8')));
  assert.deepEqual([...ignored], []);
});

test('VS Code underlines each typical mistake where it is, in words a content editor reads', async () => {
  const faq = 'en/faq.json';
  const entry = ['entries', 0];
  const mistake = async (name, path, value) => {
    const text = edited(name, path, value);
    return { found: await diagnostics(name, text), text };
  };

  // A required property left out: underlined at the start of the entry that lacks it.
  let { found, text } = await mistake(faq, [...entry, 'question'], undefined);
  assert.deepEqual(found, [yellow(where(text, entry), 'Missing property "question".')]);

  // A typo in a property's name: the unknown name, and the property it should have been.
  text = readFileSync(join(root, 'content', faq), 'utf8').replace('"question": "What role', '"questoin": "What role');
  assert.deepEqual(await diagnostics(faq, text), [
    yellow(where(text, entry), 'Missing property "question".'),
    yellow(where(text, [...entry, 'questoin'], { key: true }), 'Property questoin is not allowed.'),
  ]);

  // An empty question, or one of only white space and invisible characters.
  for (const question of ['', ' ', '\u200B', '\u3000\u200D']) {
    ({ found, text } = await mistake(faq, [...entry, 'question'], question));
    assert.deepEqual(found, [yellow(where(text, [...entry, 'question']), 'must contain visible text')], JSON.stringify(question));
  }

  // A wrong "type" in rich text: the types there are, for a block and for a part of a run.
  ({ found, text } = await mistake(faq, [...entry, 'answer', 0, 'type'], 'paragraf'));
  assert.deepEqual(found, [yellow(where(text, [...entry, 'answer', 0, 'type']), 'Value is not accepted. Valid values: "paragraph", "list".')]);
  const link = ['entries', 11, 'answer', 0, 'content', 1];
  assert.equal(findNodeAtLocation(parseTree(readFileSync(join(root, 'content', faq), 'utf8')), [...link, 'type'])?.value, 'link');
  ({ found, text } = await mistake(faq, [...link, 'type'], 'bold'));
  assert.deepEqual(found, [yellow(where(text, [...link, 'type']), 'Value is not accepted. Valid values: "strong", "em", "link".')]);

  // A link target the widgets refuse, said in words rather than as the regular expression.
  // (The last three the widgets take, and link to a page of the current site.)
  for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'https://', 'https://example.com/a b', 'https\uFF1A//example.com', 'www.example.com', 'https//example.com', 'https:/example.com', 'https:example.com']) {
    ({ found, text } = await mistake(faq, [...link, 'href'], href));
    assert.deepEqual(
      found,
      [yellow(where(text, [...link, 'href']), 'link target not allowed: use a complete http:, https: or mailto: URL, or a relative one, without spaces')],
      href,
    );
  }

  // A date in the wrong form, or of a day its month has not.
  for (const updated of ['12/2015', '2015-13', '2015-02-30', '2023-02-29', '2024-04-31']) {
    ({ found, text } = await mistake(faq, ['updated'], updated));
    assert.deepEqual(found, [yellow(where(text, ['updated']), 'must be a date: YYYY-MM or YYYY-MM-DD, a day its month has')], updated);
  }
  ({ found } = await mistake(faq, ['updated'], '2024-02-29'));
  assert.deepEqual(found, [], '2024-02-29');

  // Too long a text, counted in characters as the widgets count them (an astral character is one).
  const zhQuestion = ['entries', 0, 'question'];
  for (const [question, tooLong] of [['问'.repeat(4001), true], ['问'.repeat(4000), false], ['𠀀'.repeat(4000), false], ['𠀀'.repeat(4001), true]]) {
    ({ found, text } = await mistake('zh-CN/faq.json', zhQuestion, question));
    assert.deepEqual(found, tooLong ? [yellow(where(text, zhQuestion), 'String is longer than the maximum length of 4000.')] : [], `${[...question].length} × ${question[0]}`);
  }

  // A language the widgets do not have.
  for (const name of [faq, 'zh-CN/navigation.json']) {
    ({ found, text } = await mistake(name, ['lang'], 'zh'));
    assert.deepEqual(found, [yellow(where(text, ['lang']), 'Value is not accepted. Valid values: "en", "zh-CN".')], name);
  }

  // Broken JSON is red, unlike the schema's mistakes.
  text = readFileSync(join(root, 'content', faq), 'utf8').replace('"lang": "en",', '"lang": "en"');
  assert.deepEqual(await diagnostics(faq, text), [{ at: where(text, ['kind'], { key: true }), colour: 'red', message: 'Expected comma' }]);
});

// From the audit with VS Code's engine: besides a schema's mistakes, VS Code underlines in yellow a key
// given twice and a "$schema" it cannot load. docs/content.md said a widget refuses the whole document
// for any yellow line; for those two it does not (JSON keeps a repeated key's last value, "$schema" is
// not read), content:check refuses them.
test('what else VS Code underlines in yellow, content:check refuses, as the guide says', async () => {
  const shipped = readFileSync(join(root, 'content/en/faq.json'), 'utf8');
  const twice = shipped.replace('"title": "Frequently', '"title": "FAQ",\n  "title": "Frequently');
  const unloadable = shipped.replace('"../schema/faq.schema.json"', '"../schemas/faq.schema.json"');
  assert.deepEqual(await diagnostics('en/faq.json', twice), [yellow('6:3', 'Duplicate object key'), yellow('5:3', 'Duplicate object key')]);
  assert.deepEqual(
    (await diagnostics('en/faq.json', unloadable)).map(({ at, colour, message }) => ({ at, colour, message: message.replace(/'.*'/, "'…'") })),
    [yellow(where(unloadable, ['$schema']), "Unable to load schema from '…'.")],
  );
  for (const [text, problem] of [[twice, /\$\.title: "title" is given twice/], [unloadable, /\$\.\$schema: should be "\.\.\/schema\/faq\.schema\.json"/]]) {
    const copy = mkdtempSync(join(tmpdir(), 'vscode-json-'));
    try {
      cpSync(join(root, 'content'), copy, { recursive: true });
      writeFileSync(join(copy, 'en/faq.json'), text);
      const run = () => execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/content-check.ts', '--root', copy], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      assert.throws(run, (error) => error.status === 1 && problem.test(error.stderr));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  const guide = readFileSync(join(root, 'docs/content.md'), 'utf8').split('## Editing with schema help')[1].split('\n## ')[0].replace(/\s+/g, ' ');
  assert.match(guide, /a widget refuses the whole document for a schema's mistake/);
  assert.match(guide, /`content:check` refuses what else is yellow: a key given twice \(a widget would keep its last value\), a `\$schema` that VS Code cannot load/);
});

/** The completions VS Code offers at the "|" in `text`, a version of content/<name>. */
async function completions(name, text) {
  const offset = text.indexOf('|');
  const { document, json } = open(name, text.slice(0, offset) + text.slice(offset + 1));
  const { items } = await service.doComplete(document, document.positionAt(offset), json);
  return { items, document };
}

/** The text after choosing `item` and filling each of its placeholders with "x<n>" (a text, or a relative link). */
function choose(document, item) {
  const filled = item.insertText.replace(/\$\{(\d+):[^}]*\}|\$(\d+)/g, (_, withDefault, plain) => `x${withDefault ?? plain}`);
  return TextDocument.applyEdits(document, [{ range: item.textEdit.range, newText: filled }]);
}

const schemaOf = (kind) => JSON.parse(readFileSync(join(root, `content/schema/${kind}.schema.json`), 'utf8'));

test('VS Code completes new rich text from ready-made parts, each a valid start', async () => {
  const faq = readFileSync(join(root, 'content/en/faq.json'), 'utf8');
  const newEntry = (inside) => faq.replace('"entries": [', `"entries": [\n    ${inside},`);

  // In a new answer: a paragraph and a list.
  let { items, document } = await completions('en/faq.json', newEntry('{"id": "new-entry", "question": "New?", "answer": [|]}'));
  assert.deepEqual(items.map((item) => item.label), ['paragraph', 'list']);
  for (const item of items) {
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet, item.label);
    assert.ok(item.documentation, `${item.label}: explained`);
    assert.deepEqual(await diagnostics('en/faq.json', choose(document, item)), [], `${item.label}, filled in`);
  }

  // In a new paragraph's run of text: plain text, strong, emphasis and a link.
  ({ items, document } = await completions('en/faq.json', newEntry('{"id": "new-entry", "question": "New?", "answer": [{"type": "paragraph", "content": [|]}]}')));
  assert.deepEqual(items.map((item) => item.label), ['text', 'strong', 'em', 'link']);
  for (const item of items) {
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet, item.label);
    assert.deepEqual(await diagnostics('en/faq.json', choose(document, item)), [], `${item.label}, filled in`);
  }
  assert.match(items[3].insertText, /"href"/);

  // Between two paragraphs of a shipped answer, the new block comes with its comma.
  const between = faq.replace(/(\n {8}\},\n)( {8}\{\n {10}"type": "paragraph",\n {10}"content": \[\n {12}"As a customer)/, '$1        |\n$2');
  assert.notEqual(between, faq);
  ({ items, document } = await completions('en/faq.json', between));
  assert.deepEqual(items.map((item) => item.label), ['paragraph', 'list']);
  assert.deepEqual(await diagnostics('en/faq.json', choose(document, items[1])), []);
});

test('VS Code completes the properties of an entry with their descriptions, and shows them on hover', async () => {
  const faq = readFileSync(join(root, 'content/en/faq.json'), 'utf8');
  const { $defs } = schemaOf('faq');
  const { items } = await completions('en/faq.json', faq.replace('"entries": [', '"entries": [\n    {|},'));
  assert.deepEqual(
    items.map((item) => [item.label, item.documentation]),
    [['id', $defs.id.description], ['question', $defs.text.description], ['answer', $defs.richText.description]],
  );

  // A link's properties, with what each is for.
  const linkProperties = (await completions('en/faq.json', faq.replace('"entries": [', '"entries": [\n    {"id": "n", "question": "Q?", "answer": [{"type": "paragraph", "content": [{"type": "link", |}]}]},'))).items;
  assert.deepEqual(
    linkProperties.map((item) => [item.label, item.documentation]),
    Object.entries($defs.link.properties).map(([key, schema]) => [key, schema.description ?? $defs[schema.$ref.split('/').pop()].description]),
  );

  /** The hover at the "|" in `marked` (the shipped FAQ with a "|" put in), with markdown's escapes taken out. */
  const hover = async (from, to) => {
    const text = faq.replace(from, to);
    assert.notEqual(text, faq, to);
    const offset = text.indexOf('|');
    const { document, json } = open('en/faq.json', text.slice(0, offset) + text.slice(offset + 1));
    const result = await service.doHover(document, document.positionAt(offset), json);
    return [result?.contents ?? []].flat().map((content) => (typeof content === 'string' ? content : content.value).replace(/\\(.)/g, '$1')).join('\n');
  };
  assert.equal(await hover('"answer": [', '"ans|wer": ['), $defs.richText.description);
  assert.equal(await hover('"entries": [', '"entr|ies": ['), schemaOf('faq').properties.entries.description);
  assert.equal(await hover('"type": "list"', '"type": "li|st"'), `\`list\`: ${$defs.block.properties.type.enumDescriptions[1]}`);
  assert.equal(await hover('"type": "link"', '"type": "li|nk"'), `\`link\`: ${$defs.inline.anyOf[1].properties.type.enumDescriptions[2]}`);
  // From the editor's audit: the first line of every document showed an empty hover, where an editor
  // who copies a file to a folder of their own needs to know what the path is for.
  assert.match(await hover('"$schema"', '"$sch|ema"'), /JSON Schema .*: "\.\.\/schema\/faq\.schema\.json" beside the locale folders/);
  // A description that names a tag keeps it: <tc-faq> is escaped, not taken for HTML and dropped.
  assert.match(await hover('"kind": "faq"', '"ki|nd": "faq"'), /the one <tc-faq> shows/);
});
