// npm run test:scripts: the lists of locales that cannot be read from src/core/supported-locales.ts
// (a JSON config, folders, the demo's page script) agree with it. docs/locales.md ("Adding a language") lists
// every place; the rest follow supportedLocales or lit-localize.json by construction, or fail tsc
// (a Record<Locale, …>), npm run size (a ceiling per locale) or test/core/locale.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const read = (file) => readFileSync(join(root, file), 'utf8');

/** supportedLocales as written in src/core/supported-locales.ts (source locale first). */
function supportedLocales() {
  const list = /export const supportedLocales = (\[[^\]]*\]) as const;/.exec(read('src/core/supported-locales.ts'))?.[1];
  assert.ok(list, 'src/core/supported-locales.ts: no `export const supportedLocales = [...] as const;` to read');
  return JSON.parse(list.replaceAll("'", '"'));
}

test('lit-localize.json has the source locale and the target locales of supportedLocales', () => {
  const [source, ...targets] = supportedLocales();
  const { sourceLocale, targetLocales } = JSON.parse(read('lit-localize.json'));
  assert.deepEqual([sourceLocale, ...targetLocales], [source, ...targets], 'lit-localize.json sourceLocale and targetLocales, against src/core/supported-locales.ts');
});

test('content/ has a folder for each supported locale and no other', () => {
  const folders = readdirSync(join(root, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
    .map((entry) => entry.name);
  assert.deepEqual(folders.sort(), [...supportedLocales()].sort(), 'the folders of content/, against src/core/supported-locales.ts');
});

test('xliff/ has a file for each target locale and no other', () => {
  const files = readdirSync(join(root, 'xliff')).map((name) => name.replace(/\.xlf$/, ''));
  assert.deepEqual(files.sort(), supportedLocales().slice(1).sort(), 'xliff/<locale>.xlf, against the target locales of src/core/supported-locales.ts');
});

test("the demo portal has its page text in each supported locale", () => {
  // demo/portal.js falls back to English for a locale it has no strings for: the header, hero and
  // footer stayed English around widgets in the new language.
  const keys = [...read('demo/portal.js').matchAll(/^ {4}('[^']+'|[\w]+): \{$/gm)].map(([, key]) => key.replaceAll("'", ''));
  assert.deepEqual(keys.sort(), [...supportedLocales()].sort(), 'the locales of `strings` in demo/portal.js, against src/core/supported-locales.ts');
});

// Notes for translators are written in the source, as msg(…, {desc}), and `lit-localize extract`
// puts them in the XLIFF files. In runtime mode msg() keeps its options in the bundle: each note
// would be bytes every reader downloads. The build drops them (scripts/translator-notes.ts).
test('the notes for translators are in the XLIFF files, and in no script a reader downloads', () => {
  const notes = [...read('xliff/zh-CN.xlf').matchAll(/<note[^>]*>([^<]*)<\/note>/g)].map(([, text]) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  assert.ok(notes.length >= 20, `xliff/zh-CN.xlf has ${notes.length} notes for translators`);
  const scripts = (folder) =>
    readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .map((entry) => join(entry.parentPath, entry.name));
  for (const file of scripts('dist')) {
    const code = readFileSync(file, 'utf8');
    // The first words of each note: quotes in it may be escaped otherwise in the bundle.
    const shipped = notes.filter((note) => code.includes(note.slice(0, 24)));
    assert.deepEqual(shipped, [], `${file} carries notes for translators`);
  }
});

// lit-localize reads a note under the key desc written as a name or as a string ('desc': …). A note
// the build does not drop must stop it (translator-notes.ts): a quoted key did neither, and the note
// went to every reader.
test('the build drops each note for translators lit-localize reads, or stops', async () => {
  const { importBundled } = await import('../../scripts/import-bundled.mjs');
  const { withoutTranslatorNotes } = await importBundled({ entryPoints: [join(root, 'scripts/translator-notes.ts')] });
  for (const options of ["{ desc: 'Button: opens it.' }", "{ 'desc': 'Button: opens it.' }", '{ "desc": "Button: opens it." }', "{\n  desc: 'the reader\\'s \"own\" copy',\n}"]) {
    assert.equal(withoutTranslatorNotes(`msg('Open', ${options});`), "msg('Open');", options);
  }
  for (const options of ["{ id: 'open', desc: 'Button: opens it.' }", "{ id: 'open', 'desc': 'Button: opens it.' }"]) {
    assert.equal(withoutTranslatorNotes(`msg('Open', ${options});`), "msg('Open', { id: 'open' });", options);
  }
  for (const options of ['{ desc: `Button: opens it.` }', "{ desc: 'Button: opens it.', id: 'open' }", "{ id: 'open', \"desc\": `Button: opens it.` }"]) {
    assert.throws(() => withoutTranslatorNotes(`msg('Open', ${options});`), /a note for translators/, options);
  }
});
