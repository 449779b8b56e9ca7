// npm run test:scripts (after the build): what a page author's editor offers for the kit's tags,
// from the files scripts/editor-data.mjs publishes. VS Code's own HTML and CSS language services
// (vscode-html-languageservice, vscode-css-languageservice: the engines of its HTML and CSS support)
// load vscode.html-custom-data.json and vscode.css-custom-data.json as "html.customData" and
// "css.customData" do, and are asked what an author sees: the tags at `<tc-`, a tag's attributes,
// an attribute's values, a tag's hover, the custom properties and ::part() names in a style sheet.
// web-types.json (JetBrains IDEs) has no engine on npm, nor its JSON Schema: its structure is checked
// against the web-types format as the IDEs read it (the values of an attribute are the string
// literals of its type; a boolean attribute's type is boolean), and its coverage against the manifest.
// What each must hold is read from custom-elements.json, so a widget, attribute, event or part added
// there and missing from the editors' files fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import htmlService from 'vscode-html-languageservice';
import cssService from 'vscode-css-languageservice';

const { getLanguageService, newHTMLDataProvider, TextDocument } = htmlService;
const { getCSSLanguageService, newCSSDataProvider } = cssService;

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('custom-elements.json');
const widgets = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
// An attribute the widget only reflects (status) is not one to write.
const settable = (widget) => (widget.attributes ?? []).filter((attribute) => !attribute.readonly);
const firstLine = (text) => text.split('\n')[0];
/** The words an attribute takes: the string or number literals of its type, with aliases spelled out. */
const words = (attribute) => [...(attribute.expandedType?.text ?? attribute.type?.text ?? '').matchAll(/'([^']*)'|(?<![\w.])(\d+)(?![\w.])/g)].map(([, word, number]) => word ?? number);
/**
 * The text of a completion's documentation or a hover's contents, as shown: a plain-text description
 * comes back as markdown with its punctuation escaped (`\(default: \-\-tc\-color\-muted\)`).
 */
const plain = (content) =>
  (Array.isArray(content) ? content.map(plain).join('\n') : typeof content === 'string' ? content : (content?.value ?? '')).replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
const docText = (item) => plain(item.documentation);
/** Whether `text` names `name` as a whole word (not `list` inside `list-item`). */
const mentions = (text, name) => new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`).test(text);

const html = getLanguageService({ customDataProviders: [newHTMLDataProvider('trust-widgets', read('vscode.html-custom-data.json'))] });
/** `text` as a file in `language` (html, css), without its `|`, and the position of the `|`. */
function atCaret(text, language) {
  const document = TextDocument.create(`file:///page.${language}`, language, 1, text.replace('|', ''));
  return [document, document.positionAt(text.indexOf('|'))];
}
/** VS Code's completions at the `|` in `text`, an HTML page, and its hover there. */
function complete(text) {
  const [document, position] = atCaret(text, 'html');
  return html.doComplete(document, position, html.parseHTMLDocument(document)).items;
}
function hover(text) {
  const [document, position] = atCaret(text, 'html');
  return plain(html.doHover(document, position, html.parseHTMLDocument(document))?.contents);
}

test('the manifest has the widgets the editors are checked against', () => {
  assert.ok(widgets.length >= 7, `custom-elements.json lists ${widgets.length} tags (npm run build)`);
});

test('VS Code offers every tag of the kit at `<tc-`, each with its summary', () => {
  const items = new Map(complete('<body><tc-|</body>').map((item) => [item.label, item]));
  const missing = widgets.filter((widget) => !items.has(widget.tagName)).map((widget) => widget.tagName);
  assert.deepEqual(missing, [], 'tags VS Code does not offer');
  for (const widget of widgets) assert.ok(docText(items.get(widget.tagName)).includes(widget.summary), `<${widget.tagName}>'s completion shows its summary`);
});

test("VS Code offers every attribute a page sets on each tag, with its description, and not the read-only status", () => {
  for (const widget of widgets) {
    const items = new Map(complete(`<${widget.tagName} |></${widget.tagName}>`).map((item) => [item.label, item]));
    const missing = settable(widget).filter((attribute) => !items.has(attribute.name)).map((attribute) => attribute.name);
    assert.deepEqual(missing, [], `attributes VS Code does not offer on <${widget.tagName}>`);
    for (const attribute of settable(widget)) {
      assert.ok(docText(items.get(attribute.name)).includes(firstLine(attribute.description)), `${widget.tagName} ${attribute.name}: its description is shown`);
    }
    for (const attribute of (widget.attributes ?? []).filter((entry) => entry.readonly)) {
      assert.ok(!items.has(attribute.name), `<${widget.tagName}> does not offer the read-only ${attribute.name} to write`);
    }
  }
  const faq = complete('<tc-faq |></tc-faq>').map((item) => item.label);
  for (const name of ['src', 'searchable', 'mode', 'heading-level', 'sync-hash']) assert.ok(faq.includes(name), `<tc-faq offers ${name}`);
});

test('VS Code writes a boolean attribute without a value (searchable, not searchable="")', () => {
  for (const widget of widgets) {
    for (const attribute of settable(widget).filter((entry) => entry.type?.text === 'boolean')) {
      const item = complete(`<${widget.tagName} |></${widget.tagName}>`).find((entry) => entry.label === attribute.name);
      assert.ok(item, `<${widget.tagName}> offers ${attribute.name}`);
      assert.equal(item.textEdit.newText, attribute.name, `${widget.tagName} ${attribute.name}`);
    }
  }
  const mode = complete('<tc-faq |></tc-faq>').find((item) => item.label === 'mode');
  assert.equal(mode.textEdit.newText, 'mode="$1"', 'an attribute with a value gets its quotes');
});

test("VS Code offers an attribute's words as its values, not its type's name (mode: single, multiple)", () => {
  const faqMode = /export type FaqMode = ([^;]+);/.exec(readFileSync('src/widgets/faq/faq.ts', 'utf8'))[1];
  const modes = [...faqMode.matchAll(/'([^']*)'/g)].map(([, word]) => word);
  assert.deepEqual(complete('<tc-faq mode="|"></tc-faq>').map((item) => item.label), modes);
  for (const widget of widgets) {
    for (const attribute of settable(widget)) {
      const offered = complete(`<${widget.tagName} ${attribute.name}="|"></${widget.tagName}>`).map((item) => item.label);
      assert.deepEqual(offered, words(attribute), `${widget.tagName} ${attribute.name}="…" offers ${JSON.stringify(offered)}`);
    }
  }
});

test('VS Code offers the heading levels, 2 to 6, as the values of heading-level on every widget that has it', () => {
  const withHeadings = widgets.filter((widget) => settable(widget).some((attribute) => attribute.name === 'heading-level'));
  assert.ok(withHeadings.length >= 5, `${withHeadings.length} widgets have heading-level`);
  for (const { tagName } of withHeadings) {
    const offered = complete(`<${tagName} heading-level="|"></${tagName}>`).map((item) => item.label);
    assert.deepEqual(offered, ['2', '3', '4', '5', '6'], `${tagName} heading-level="…"`);
  }
  // JetBrains IDEs offer the string literals of an attribute's type: an attribute's value is text.
  for (const element of read('web-types.json').contributions.html.elements.filter((entry) => withHeadings.some((widget) => widget.tagName === entry.name))) {
    const { value } = element.attributes.find((attribute) => attribute.name === 'heading-level');
    assert.equal(value.type, "'2' | '3' | '4' | '5' | '6'", `${element.name} heading-level in web-types.json`);
  }
});

test("VS Code's hover on a tag shows its summary, events, parts and custom properties", () => {
  for (const widget of widgets) {
    const text = hover(`<${widget.tagName.slice(0, 3)}|${widget.tagName.slice(3)}></${widget.tagName}>`);
    assert.ok(text.includes(widget.summary), `hover on <${widget.tagName}> shows its summary`);
    for (const { name } of [...(widget.events ?? []), ...(widget.slots ?? []), ...(widget.cssParts ?? []), ...(widget.cssProperties ?? [])]) {
      assert.ok(mentions(text, name), `hover on <${widget.tagName}> names ${name}`);
    }
  }
});

const css = getCSSLanguageService({ customDataProviders: [newCSSDataProvider(read('vscode.css-custom-data.json'))] });
function completeCss(text) {
  const [document, position] = atCaret(text, 'css');
  return css.doComplete(document, position, css.parseStylesheet(document)).items;
}
function hoverCss(text) {
  const [document, position] = atCaret(text, 'css');
  return plain(css.doHover(document, position, css.parseStylesheet(document))?.contents);
}

test("VS Code's CSS offers every --tc-* custom property, described for each widget that reads it", () => {
  const offered = completeCss('tc-faq { --tc-|: red; }').map((item) => item.label);
  for (const widget of widgets) {
    for (const property of widget.cssProperties ?? []) {
      assert.ok(offered.includes(property.name), `${property.name} (<${widget.tagName}>) is offered`);
      const text = hoverCss(`tc-faq { ${property.name.slice(0, 4)}|${property.name.slice(4)}: red; }`);
      assert.ok(text.includes(property.description), `hover on ${property.name} gives <${widget.tagName}>'s description: "${property.description}"`);
    }
  }
});

// A selector's hover shows the selector, not the pseudo-element: its description is in the completion.
test("VS Code's CSS offers every part as ::part(name), described for each widget that renders it", () => {
  const offered = new Map(completeCss('tc-faq::|{}').map((item) => [item.label, item]));
  for (const widget of widgets) {
    for (const part of widget.cssParts ?? []) {
      const item = offered.get(`::part(${part.name})`);
      assert.ok(item, `::part(${part.name}) (<${widget.tagName}>) is offered`);
      assert.ok(docText(item).includes(part.description), `::part(${part.name}) gives <${widget.tagName}>'s description: "${part.description}"`);
    }
  }
});

// The web-types format (version 2, as JetBrains IDEs read it): the fields each symbol may have.
const shapes = {
  root: ['$schema', 'name', 'version', 'description-markup', 'contributions'],
  element: ['name', 'description', 'doc-url', 'attributes', 'events', 'slots', 'js', 'css'],
  attribute: ['name', 'description', 'doc-url', 'value', 'values', 'default', 'required'],
  event: ['name', 'description', 'doc-url', 'type'],
  value: ['type', 'kind', 'default', 'required'],
  named: ['name', 'description', 'doc-url'],
};
const unknownKeys = (object, shape) => Object.keys(object).filter((key) => !shapes[shape].includes(key));

test('web-types.json is in the web-types format JetBrains IDEs read, named by package.json', () => {
  const packageJson = read('package.json');
  const webTypes = read(packageJson['web-types']);
  assert.equal(packageJson['web-types'], './web-types.json');
  assert.deepEqual(unknownKeys(webTypes, 'root'), []);
  assert.equal(webTypes.name, packageJson.name);
  assert.equal(webTypes.version, packageJson.version);
  assert.ok(['markdown', 'html', 'none'].includes(webTypes['description-markup']));
  const { elements } = webTypes.contributions.html;
  for (const element of elements) {
    assert.deepEqual(unknownKeys(element, 'element'), [], element.name);
    assert.equal(typeof element.name, 'string');
    assert.equal(typeof element.description, 'string');
    for (const attribute of element.attributes ?? []) {
      assert.deepEqual(unknownKeys(attribute, 'attribute'), [], `${element.name} ${attribute.name}`);
      assert.deepEqual(unknownKeys(attribute.value, 'value'), [], `${element.name} ${attribute.name}`);
      assert.equal(typeof attribute.value.type, 'string', `${element.name} ${attribute.name}: value.type`);
      if (attribute.value.kind !== undefined) assert.ok(['plain', 'expression', 'no-value'].includes(attribute.value.kind));
    }
    for (const event of element.events ?? []) assert.deepEqual(unknownKeys(event, 'event'), [], `${element.name} ${event.name}`);
    for (const entry of [...(element.slots ?? []), ...(element.css?.parts ?? []), ...(element.css?.properties ?? [])]) {
      assert.deepEqual(unknownKeys(entry, 'named'), [], `${element.name} ${entry.name}`);
      assert.equal(typeof entry.name, 'string');
    }
  }
  for (const property of webTypes.contributions.css.properties) assert.deepEqual(unknownKeys(property, 'named'), [], property.name);
});

test('web-types.json lists every tag, attribute, value, event, slot, part and custom property of the manifest', () => {
  const { elements } = read('web-types.json').contributions.html;
  const byName = new Map(elements.map((element) => [element.name, element]));
  assert.deepEqual(widgets.filter((widget) => !byName.has(widget.tagName)).map((widget) => widget.tagName), [], 'tags missing');
  const names = (entries) => (entries ?? []).map((entry) => entry.name).sort();
  for (const widget of widgets) {
    const element = byName.get(widget.tagName);
    assert.ok(element.description.includes(widget.summary), `${widget.tagName}: summary`);
    assert.deepEqual(names(element.attributes), names(settable(widget)), `${widget.tagName}: attributes`);
    for (const attribute of settable(widget)) {
      const { value } = element.attributes.find((entry) => entry.name === attribute.name);
      if (attribute.type?.text === 'boolean') assert.equal(value.type, 'boolean', `${widget.tagName} ${attribute.name}`);
      // JetBrains IDEs offer the string literals of the type as values: `'single' | 'multiple'`.
      assert.deepEqual([...value.type.matchAll(/'([^']*)'/g)].map(([, word]) => word), words(attribute), `${widget.tagName} ${attribute.name}: values`);
      assert.doesNotMatch(value.type, /\b[A-Z]\w*\b/, `${widget.tagName} ${attribute.name}: a type's name (${value.type}) offers no values`);
    }
    assert.deepEqual(names(element.events), names(widget.events), `${widget.tagName}: events`);
    assert.deepEqual(names(element.slots), names(widget.slots), `${widget.tagName}: slots`);
    assert.deepEqual(names(element.css?.parts), names(widget.cssParts), `${widget.tagName}: parts`);
    assert.deepEqual(names(element.css?.properties), names(widget.cssProperties), `${widget.tagName}: custom properties`);
  }
  const properties = names(read('web-types.json').contributions.css.properties);
  assert.deepEqual(properties, [...new Set(widgets.flatMap((widget) => names(widget.cssProperties)))].sort(), 'each custom property once');
});

// Found by mutation testing of scripts/editor-data.mjs: the tests read each attribute's description
// but not its default, so an editor that stopped showing `Default: multiple` (or showed it quoted,
// `'multiple'`, or stated a boolean's `false`) passed.
/** The default an attribute's docs state, as written in its class: `'multiple'` is `multiple`; not a boolean's false, nor '' or undefined. */
const statedDefault = (attribute) => {
  const text = attribute.default;
  if (!text || text === "''" || text === 'undefined' || (attribute.type?.text === 'boolean' && text === 'false')) return undefined;
  return text.replace(/^'(.*)'$/, '$1');
};

test("VS Code and JetBrains IDEs state each attribute's default, as a page writes it", () => {
  const webTypes = new Map(read('web-types.json').contributions.html.elements.map((element) => [element.name, element]));
  let stated = 0;
  for (const widget of widgets) {
    const items = new Map(complete(`<${widget.tagName} |></${widget.tagName}>`).map((item) => [item.label, item]));
    for (const attribute of settable(widget)) {
      const fallback = statedDefault(attribute);
      const text = docText(items.get(attribute.name));
      const { value } = webTypes.get(widget.tagName).attributes.find((entry) => entry.name === attribute.name);
      if (fallback === undefined) {
        assert.doesNotMatch(text, /Default:/, `${widget.tagName} ${attribute.name}: no default to state (${attribute.default})`);
        assert.equal(value.default, undefined, `${widget.tagName} ${attribute.name} in web-types.json`);
        continue;
      }
      stated++;
      assert.ok(text.includes(`Default: \`${fallback}\`.`), `${widget.tagName} ${attribute.name}: VS Code shows "Default: \`${fallback}\`." (shows: ${JSON.stringify(text)})`);
      assert.equal(value.default, fallback, `${widget.tagName} ${attribute.name} in web-types.json`);
    }
  }
  assert.ok(stated >= 6, `only ${stated} attributes have a default to state`);
  assert.ok(docText(complete('<tc-faq |></tc-faq>').find((item) => item.label === 'mode')).includes('Default: `multiple`.'), 'mode: its word, not the quoted literal');
});

// Found by mutation testing: the hover's read-only attributes (status, with its words) and the
// widget's own description were not checked; either could go missing from VS Code's hover.
test("VS Code's hover on a tag shows its description and its read-only attributes, with their values", () => {
  let readonly = 0;
  for (const widget of widgets) {
    const text = hover(`<${widget.tagName.slice(0, 3)}|${widget.tagName.slice(3)}></${widget.tagName}>`);
    if (widget.description) assert.ok(text.includes(firstLine(widget.description)), `hover on <${widget.tagName}> shows its description`);
    for (const attribute of (widget.attributes ?? []).filter((entry) => entry.readonly)) {
      readonly++;
      const line = text.split('\n').find((candidate) => mentions(candidate, attribute.name) && candidate.startsWith('- '));
      assert.ok(line, `hover on <${widget.tagName}> lists the read-only ${attribute.name}`);
      for (const word of words(attribute)) assert.ok(line.includes(`\`${word}\``), `hover on <${widget.tagName}>: ${attribute.name} may be \`${word}\` (${line})`);
    }
  }
  assert.ok(readonly >= 6, `only ${readonly} read-only attributes`);
});

// Found by mutation testing: a boolean attribute's `kind: 'no-value'` (JetBrains IDEs then write
// `searchable`, not `searchable=""`) and the custom properties' defaults in the CSS data could be
// dropped, and `| undefined` left in a JetBrains type, without a test failing.
test('JetBrains IDEs write a boolean attribute without a value, and type the others without undefined', () => {
  const webTypes = new Map(read('web-types.json').contributions.html.elements.map((element) => [element.name, element]));
  let booleans = 0;
  for (const widget of widgets) {
    for (const attribute of settable(widget)) {
      const { value } = webTypes.get(widget.tagName).attributes.find((entry) => entry.name === attribute.name);
      if (attribute.type?.text === 'boolean') {
        booleans++;
        assert.deepEqual([value.type, value.kind], ['boolean', 'no-value'], `${widget.tagName} ${attribute.name}`);
      } else assert.doesNotMatch(value.type, /\bundefined\b/, `${widget.tagName} ${attribute.name}: ${value.type}`);
    }
  }
  assert.ok(booleans >= 4, `only ${booleans} boolean attributes`);
});

test("VS Code's CSS hover on a custom property states each widget's default", () => {
  for (const widget of widgets) {
    for (const property of (widget.cssProperties ?? []).filter((entry) => entry.default)) {
      const text = hoverCss(`tc-faq { ${property.name.slice(0, 4)}|${property.name.slice(4)}: red; }`);
      assert.ok(text.includes(`${property.description} Default: \`${property.default}\`.`), `hover on ${property.name} gives <${widget.tagName}>'s default, ${property.default}`);
    }
  }
});
