// npm run test:scripts: the published JSON Schemas (content/schema/) as an editor shows them.
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

// From a content-editor audit: "updated": "2015-02-30" (or a 29 February outside a leap year, a
// 31 April) was taken by the editor, the widgets and content:check alike; a page that shows the date
// shows another day. Every day of every month of 1899 to 2101 (1900 and 2100 are no leap years,
// 2000 is) and the years 0 to 3, as a calendar (Date, proleptic Gregorian) has them, and no other.
// And centuries whose leap year is by an odd multiple of 400 (1600, 3600): from mutation testing,
// the pattern's "[13579][26]00" could be dropped, and 1600-02-29 refused, with every test passing.
test('the published schema takes the dates the calendar has, and no other', async () => {
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false });
  const schema = JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8'));
  const validate = ajv.compile(schema.properties.updated);
  const wrong = [];
  for (const year of [0, 1, 2, 3, 1600, 1700, 3600, ...Array.from({ length: 203 }, (_, index) => 1899 + index)]) {
    for (let month = 1; month <= 12; month++) {
      const yearMonth = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
      if (!validate(yearMonth)) wrong.push(`${yearMonth} refused`);
      for (let day = 1; day <= 31; day++) {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists = date.getUTCDate() === day;
        const text = `${yearMonth}-${String(day).padStart(2, '0')}`;
        if (validate(text) !== exists) wrong.push(`${text} ${exists ? 'refused' : 'taken'}`);
      }
    }
  }
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} dates`);
  assert.equal(schema.properties.updated.patternErrorMessage, 'must be a date: YYYY-MM or YYYY-MM-DD, a day its month has');
});

// From mutation testing of build-schemas.ts: the control characters DEL and U+0080 to U+009F could be
// dropped from what a reader cannot see, and a question of only U+0085 passed the editor and
// content:check, a blank button on the page.
test('the published schema refuses text of only a control character, C0, DEL or C1, or of any other range a reader cannot see', async () => {
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const withQuestion = (question) => {
    const document = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
    document.entries[0].question = question;
    return document;
  };
  assert.ok(validate(withQuestion('Who?')), 'a question');
  // And the first and last of each other range the pattern names (from the same audit: any of them
  // could be dropped, with every test passing).
  const others = ['\u00AD', '\u034F', '\u061C', '\u115F', '\u1160', '\u17B4', '\u17B5', '\u180B', '\u180F', '\u200B', '\u200F', '\u202A', '\u202E', '\u2060', '\u206F', '\u2800', '\u3164', '\uFE00', '\uFE0F', '\uFFA0'];
  for (const question of ['\u0001', '\u007F', '\u0080', '\u0085', '\u009F', '\u009F\u007F', ...others]) {
    assert.equal(validate(withQuestion(question)), false, `took ${[...question].map((char) => `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}`);
  }
});

// From a content-editor audit: an http(s) address typed without its colon ("https//example.com/x")
// or with fewer than two slashes ("https:/example.com/x", "https:example.com") passed the editor, as
// the widgets take it, and the page linked to a page of its own site. The editor refuses it (the
// widgets still take it: docs/content.md says so); a relative target that only begins like one is
// fine.
test('the published schema refuses an http(s) address without its colon or its two slashes', async () => {
  const { default: Ajv } = await import('ajv');
  const ajv = new Ajv({ strict: false });
  ajv.addSchema(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const editor = ajv.compile({ $ref: 'faq.schema.json#/$defs/href' });
  const refused = [
    'https//example.com/x', 'http//example.com', 'HTTPS//example.com', 'https\\\\example.com', 'https/\\example.com', 'https///example.com',
    'https;//example.com/x', 'http.//example.com', 'HTTPS,//example.com', 'https;\\\\example.com',
    'https:/example.com/x', 'http:/example.com', 'HTTPS:/example.com', 'https:\\example.com', 'https:example.com', 'http:example.com', 'http:@example.com', 'https:?x', 'http:#x',
  ];
  const taken = [
    'https://example.com/x', 'http://example.com', 'HTTPS://example.com', 'https:\\\\example.com', 'https:/\\example.com', 'https:///example.com/x',
    'https/index.html', 'http/x', 'https-guide.html', 'https.html', 'https;v=2.html', 'https./x', './https;//example.com', '/https//example.com', 'docs/https//x',
  ];
  assert.deepEqual(refused.filter((href) => editor(href)), [], 'taken');
  assert.deepEqual(taken.filter((href) => !editor(href)), [], 'refused');
});

/** The widgets' own validation (src/core/validate.ts), for the same documents the schemas describe. */
async function widgetsValidation() {
  const { importBundled } = await import('../../scripts/import-bundled.mjs');
  return importBundled({
    stdin: {
      contents:
        "export { findProblems } from './src/core/validate.ts'; export { documentSpecs } from './scripts/documents.ts';" +
        "export { validate } from './src/core/schema/schema.ts'; export { href } from './src/core/schema/rich-text.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
  });
}

// From a differential audit (mutated documents through both validators): the editor accepted an
// http(s) target without a host ("https://" left in as a placeholder) and a policy section with
// neither body nor subsections, which the widgets refuse (their URL parser, checkReferences).
// A second one (fast-check, tens of thousands of mutated documents) found more targets without a
// host that the editor accepted: protocol-relative ones ("//", "//user@", "//:443") and "http:"
// with fewer than two slashes ("http:/", "http:?x"), where the URL parser looks for a host after
// any number of slashes (the widgets parse against an https: base, so "https:/x" is relative).
test('the editor and the widgets agree on link targets and on what a section needs', async () => {
  const { default: Ajv } = await import('ajv');
  const { findProblems, documentSpecs } = await widgetsValidation();
  const ajv = new Ajv({ strict: false });
  const verdicts = (kind, documents) => {
    const validate = ajv.compile(JSON.parse(readFileSync(`content/schema/${kind}.schema.json`, 'utf8')));
    const spec = documentSpecs.find((candidate) => candidate.kind === kind);
    return documents.map((document) => ({ editor: validate(document), widgets: findProblems(spec, document).length === 0 }));
  };
  const hrefs = [
    'https://example.com/a', 'https://', 'http://', 'HTTPS://', 'https:\\\\', 'https://:443/', 'https://user@/', 'https://u:p@/x',
    'https:///example.com/x', 'https://example.com:8080/', 'http://[::1]:80/', 'https:example.com', 'mailto:a@example.com', '/relative', '#top', '//example.com/x',
    '//', '///', '\\\\', '//user@', '//:443', '//u:p@:80/x', 'http:/', 'http:?x', 'http:#x', 'http::80', 'http:\\',
    '///example.com/x', 'http:/example.com', 'http:example.com', 'http:@example.com', 'https:/x', 'https:?x', '?x', 'x',
  ];
  const linked = hrefs.map((href) => {
    const document = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
    document.entries[11].answer[0].content[1].href = href;
    return document;
  });
  const hrefVerdicts = verdicts('faq', linked);
  // An http(s) address with fewer than two slashes is one typed not quite right: the widgets link it
  // (to a page of the current site), the editor refuses it (the test above).
  const mistyped = (href) => /^https?:(?![/\\]{2})/i.test(href);
  hrefs.forEach((href, index) => {
    const { widgets } = hrefVerdicts[index];
    assert.deepEqual(hrefVerdicts[index], { editor: widgets && !mistyped(href), widgets }, `${JSON.stringify(href)}: ${JSON.stringify(hrefVerdicts[index])}`);
  });
  assert.deepEqual(hrefVerdicts.map(({ widgets }) => widgets), [
    true, false, false, false, false, false, false, false, true, true, true, true, true, true, true, true,
    false, false, false, false, false, false, false, false, false, false, false,
    true, true, true, true, true, true, true, true,
  ]);

  const shapes = [{}, { subsections: [] }, { body: undefined, subsections: undefined }, { subsections: 'keep' }, { body: 'keep' }];
  const sectioned = shapes.map((shape) => {
    const document = JSON.parse(readFileSync('content/en/policy-sections.json', 'utf8'));
    const section = document.sections[2];
    const { body, subsections } = section;
    delete section.body;
    delete section.subsections;
    if (shape.body === 'keep') section.body = body;
    if (shape.subsections === 'keep') section.subsections = subsections;
    else if (shape.subsections) section.subsections = shape.subsections;
    return document;
  });
  assert.deepEqual(verdicts('policy-sections', sectioned), [
    { editor: false, widgets: false },
    { editor: false, widgets: false },
    { editor: false, widgets: false },
    { editor: true, widgets: true },
    { editor: true, widgets: true },
  ]);
});

// Link targets are where the two descriptions of valid content have parted (two audits): the
// widgets ask the URL parser, the editor a regular expression. Every combination of these parts,
// some 13,000 targets, each of which the URL parser refuses only for want of a host (the hosts
// and ports here are valid), gets the same answer from both, but for the http(s) addresses with
// fewer than two slashes, which the editor alone refuses.
test('the editor and the widgets agree on every link target of a grid of schemes, slashes, credentials, hosts and ports', async () => {
  const { default: Ajv } = await import('ajv');
  const { validate, href } = await widgetsValidation();
  const ajv = new Ajv({ strict: false });
  ajv.addSchema(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const editor = ajv.compile({ $ref: 'faq.schema.json#/$defs/href' });
  const parts = [
    ['', 'http:', 'https:', 'HTTP:', 'HtTpS:', 'mailto:', 'MAILTO:', 'javascript:', 'a:'],
    ['', '/', '//', '///', '\\', '\\\\', '/\\', '\\/'],
    ['', 'u@', 'u:p@', '@', ':@'],
    ['', 'example.com', '[::1]'],
    ['', ':', ':80'],
    ['', '/x', '?q', '#f'],
  ];
  const targets = parts.reduce((prefixes, options) => prefixes.flatMap((prefix) => options.map((option) => prefix + option)), ['']).filter(Boolean);
  const verdicts = targets.map((target) => ({ target, editor: editor(target), widgets: validate(href, target).length === 0 }));
  // Only where the editor refuses an http(s) address typed with fewer than two slashes, which the
  // widgets take for a link to a page of the current site.
  const mistyped = ({ target }) => /^https?:(?![/\\]{2})/i.test(target);
  const disagreements = verdicts.filter(({ editor, widgets }) => editor !== widgets);
  assert.deepEqual(disagreements.filter((verdict) => verdict.editor || !mistyped(verdict)).slice(0, 5), [], `${disagreements.length} of ${targets.length} targets`);
  assert.deepEqual(verdicts.filter((verdict) => mistyped(verdict) && verdict.editor), []);
  // Neither a grid of refusals nor one of links: both take some 60 % of it.
  const taken = targets.filter((target) => editor(target)).length;
  assert.ok(taken > targets.length / 4 && taken < (targets.length * 3) / 4, `${taken} of ${targets.length} taken`);
});

// From a content-editor audit: for {"type": "bold"} VS Code said 'Value must be "strong"', offering
// one of the three types (the oneOf option that came nearest). The type is now one enum.
/** Every error ajv finds (as an editor would) in the shipped English FAQ after `edit` of its first answer. */
async function errorsAfterEditingAnAnswer(edit) {
  const { default: Ajv } = await import('ajv');
  const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8')));
  const document = JSON.parse(readFileSync('content/en/faq.json', 'utf8'));
  edit(document.entries[0].answer);
  assert.equal(validate(document), false);
  return validate.errors;
}

test('an unknown type of text or block is answered with every type there is', async () => {
  const allowed = async (edit) =>
    (await errorsAfterEditingAnAnswer(edit)).filter((error) => error.keyword === 'enum').map((error) => [error.instancePath, error.params.allowedValues]);
  assert.deepEqual(await allowed((answer) => (answer[0].content[0] = { type: 'bold', text: 'Azure' })), [['/entries/0/answer/0/content/0/type', ['strong', 'em', 'link']]]);
  assert.deepEqual(await allowed((answer) => (answer[0].type = 'paragraf')), [['/entries/0/answer/0/type', ['paragraph', 'list']]]);
});

// From an audit with VS Code's JSON language service: a paragraph whose "type" line was deleted
// got every option's complaints ("Missing property items", "Property content is not allowed"), and
// an inline without it a "Missing property href": with no "type", every option's `if` held.
test('a rich-text part without its "type" is told only that', async () => {
  // What the editor shows: the errors that are not a failed branch of anyOf, if or allOf.
  const problems = async (edit) =>
    (await errorsAfterEditingAnAnswer(edit)).filter((error) => !['anyOf', 'if', 'allOf'].includes(error.keyword)).map((error) => [error.instancePath, error.message]);
  assert.deepEqual(await problems((answer) => delete answer[0].type), [['/entries/0/answer/0', "must have required property 'type'"]]);
  const withInline = (answer) => {
    answer[0].content[0] = { text: 'Important' };
  };
  assert.deepEqual(
    (await problems(withInline)).filter(([, message]) => message !== 'must be string'),
    [['/entries/0/answer/0/content/0', "must have required property 'type'"]],
  );
});

// The same audit: completing "subsections" in a new section inserted the bare key (the `then` that
// requires it had no type), and its hover lost the property's description; the values of "type"
// were offered without a word; new rich text completed as "{}".
test('the editor completes and explains what a content author adds', () => {
  const policy = JSON.parse(readFileSync('content/schema/policy-sections.schema.json', 'utf8'));
  const section = policy.properties.sections.items;
  assert.deepEqual(section.then.properties.subsections, { ...section.properties.subsections, minItems: 1 });
  const faq = JSON.parse(readFileSync('content/schema/faq.schema.json', 'utf8'));
  const inlineType = faq.$defs.inline.anyOf[1].properties.type;
  assert.deepEqual(inlineType.enum, ['strong', 'em', 'link']);
  assert.equal(inlineType.enumDescriptions.length, 3);
  assert.match(inlineType.enumDescriptions[1], /italic/);
  assert.deepEqual(faq.$defs.block.properties.type.enum, ['paragraph', 'list']);
  assert.equal(faq.$defs.block.properties.type.enumDescriptions.length, 2);
  assert.deepEqual(faq.$defs.inline.defaultSnippets.map((snippet) => snippet.label), ['text', 'strong', 'em', 'link']);
  assert.deepEqual(faq.$defs.block.defaultSnippets.map((snippet) => snippet.label), ['paragraph', 'list']);
});

// From a content-editor audit: "tagline", "updated" and "alternates" are shown by no widget (the
// demo portal writes its tagline itself), yet the editor's hover said nothing of it, or called the
// alternates "for the language switch", which does not read them: an editor changed them and
// looked for the change on the page. And hovering "kind" showed an empty box.
test('the editor says which fields no widget shows, and what "kind" is', () => {
  const schema = (kind) => JSON.parse(readFileSync(`content/schema/${kind}.schema.json`, 'utf8'));
  const page = schema('navigation').properties.pages.items.properties;
  assert.match(page.tagline.description, /No widget shows it/);
  assert.match(page.alternates.description, /No widget shows them/);
  assert.doesNotMatch(page.alternates.description, /for the language switch/);
  assert.match(schema('faq').properties.updated.description, /<tc-faq> does not show it/);
  for (const [file, json] of schemas) assert.match(json.properties.kind.description ?? '', /^The kind of document, always "/, file);
});
