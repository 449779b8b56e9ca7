// npm run test:scripts: npm run content:check as a content editor meets it, on copies of the
// shipped content with one mistake each. (The widgets' own validation is tested in the browser.)
// The checks run in this process, through the function the command prints (content-checker.ts):
// the command itself, started for each of a hundred checks, took 33 s of CI's first phase, where
// the Node tests run beside Chromium's; the first tests below run it as editors do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { importBundled } from '../../scripts/import-bundled.mjs';

const { checkContent, summaryOf } = await importBundled({ entryPoints: ['scripts/content-checker.ts'] });

/** A copy of content/ changed by `change(root)`, its folder given to `use`, and removed after. */
async function onCopy(change, use) {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  try {
    cpSync('content', root, { recursive: true });
    change(root);
    return await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Runs npm run content:check's command, as an editor does, with `args`; resolves with its exit code and output. */
const runCommand = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, ['scripts/run-ts.mjs', 'scripts/content-check.ts', ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

/**
 * Checks a copy of content/ changed by `change(root)`; resolves with the exit code, the lines the
 * command would write to standard error (the problems, the copy's folder as ROOT) and its summary.
 */
const check = (change = () => {}) =>
  onCopy(change, (root) => {
    const result = checkContent(root);
    const problems = result.failures.join('\n').split('\n').filter(Boolean).map((line) => line.replaceAll(root, 'ROOT'));
    return { code: result.failures.length === 0 ? 0 : 1, problems, summary: summaryOf(result) };
  });

/** Edits one document of the copy. */
const editing = (locale, file, edit) => (root) => {
  const path = join(root, locale, file);
  const document = JSON.parse(readFileSync(path, 'utf8'));
  edit(document);
  writeFileSync(path, JSON.stringify(document, null, 2));
};

test('the command passes the shipped content, and says so', async () => {
  const { code, stdout, stderr } = await runCommand([]);
  assert.equal(stderr, '');
  assert.equal(stdout.trim(), 'content: 10 documents valid, locales agree');
  assert.equal(code, 0);
});

test('the command names each problem on a line of standard error, and fails', async () => {
  const { code, stdout, stderr } = await onCopy(
    editing('zh-CN', 'faq.json', (document) => (document.lang = 'en')),
    (root) => runCommand(['--root', root]).then((result) => ({ ...result, stderr: result.stderr.replaceAll(root, 'ROOT') })),
  );
  assert.equal(stderr, 'ROOT/zh-CN/faq.json: $.lang: says "en", but the document is in the zh-CN folder\n');
  assert.equal(stdout.trim(), 'content: 1 problem');
  assert.equal(code, 1);
});

test('the shipped content passes', async () => {
  const { code, problems, summary } = await check();
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  assert.match(summary, /10 documents valid, locales agree/);
});

test('a document whose lang is not its folder\'s is reported at $.lang', async () => {
  const { code, problems } = await check(editing('zh-CN', 'faq.json', (document) => (document.lang = 'en')));
  assert.equal(code, 1);
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.lang: says "en", but the document is in the zh-CN folder']);
});

test('a translation without lang is told to give its own locale, not the reference\'s "en"', async () => {
  // The message named only the English document's value, and an editor who wrote "lang": "en" as
  // it said was then told the document is not in the en folder.
  const { code, problems } = await check(editing('zh-CN', 'faq.json', (document) => delete document.lang));
  assert.equal(code, 1);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/zh-CN\/faq\.json: \$\.lang: missing: "lang": "zh-CN" /);
  assert.doesNotMatch(problems[0], /has "en"/);
});

test('a translation that drops a phase\'s notices is reported at that path', async () => {
  const { code, problems } = await check(editing('zh-CN', 'retention-policy.json', (document) => delete document.phases[2].notices));
  assert.equal(code, 1);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/zh-CN\/retention-policy\.json: \$\.phases\[2\]\.notices: missing, the reference has /);
});

test('a reference value too long to quote whole is cut with an ellipsis, not mid-quote without a mark', async () => {
  const { problems } = await check(editing('zh-CN', 'retention-policy.json', (document) => delete document.phases[2].notices));
  // The English notices are a paragraph, far longer than the 80 characters quoted.
  assert.match(problems[0], /the reference has "During this period, .{50,60}… \(reference: /);
  // At most 80 characters, the ellipsis one of them (from mutation testing: a cut after 80 passed).
  const [, quoted] = /the reference has (.*) \(reference: /.exec(problems[0]);
  assert.equal([...quoted].length, 80, quoted);
});

// From the content-checker's mutation audit: the cut counted UTF-16 units, so a character outside
// the BMP at the 79th place (an emoji, a rare Han character) was cut in half, and the message showed
// a broken character (U+FFFD) before the ellipsis.
test('a reference value is cut between characters, never inside one', async () => {
  const { problems } = await check((root) => {
    editing('en', 'retention-policy.json', (document) => (document.phases[2].notices = `During this period, ${'a'.repeat(57)}😀 you will be amply forewarned.`))(root);
    editing('zh-CN', 'retention-policy.json', (document) => delete document.phases[2].notices)(root);
  });
  const line = problems.find((problem) => problem.startsWith('ROOT/zh-CN/retention-policy.json: $.phases[2].notices:'));
  assert.ok(line, problems.join('\n'));
  const [, quoted] = /the reference has (.*) \(reference: /.exec(line);
  assert.ok(quoted.isWellFormed(), `${JSON.stringify(quoted)} has half a character`);
  assert.equal(quoted, `"During this period, ${'a'.repeat(57)}😀…`);
});

test('a translation that drops a list item is reported once, at the list', async () => {
  const { problems } = await check(editing('zh-CN', 'data-locations.json', (document) => document.notes[1].items.pop()));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /zh-CN\/data-locations\.json: \$\.notes\[1\]\.items: has \d+ items, the reference \d+/);
});

test('a deleted FAQ entry is one problem naming its id, not one per entry after it', async () => {
  const { problems } = await check(editing('zh-CN', 'faq.json', (document) => document.entries.splice(1, 1)));
  assert.deepEqual(
    problems.map((line) => line.replace(/ \(reference: .*\)$/, '')),
    ['ROOT/zh-CN/faq.json: $.entries[1]: missing: the part with id "faq-regulatory-compliance"'],
  );
});

test('a link that points elsewhere in a translation is reported at its href', async () => {
  const { problems } = await check(
    editing('zh-CN', 'policy-sections.json', (document) => (document.sections[1].subsections[3].body[1].content[0].href = 'https://example.com/')),
  );
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /\$\.sections\[1\]\.subsections\[3\]\.body\[1\]\.content: its links and emphasis differ: expected \[link to https:\/\/www\.microsoft\.com\/.*Responding-to-govt-agency-requests-for-customer-data\], found \[link to https:\/\/example\.com\/\]/);
  assert.match(problems[1], /\$\.sections\[1\]\.subsections\[3\]\.body\[1\]\.content\[0\]\.href: "https:\/\/example\.com\/" here, ".*Responding-to-govt/);
});

// A content editor's walkthrough: the Chinese answer linked to the Chinese version of the English
// page (microsoft.com/zh-cn/… for /en-us/…), as a translator should, and content:check refused it
// twice ("its links and emphasis differ", "one of them is wrong"). A language named as a part of the
// address of its own may differ; anything else may not.
test("a translation may link to its own language's version of a page, and nowhere else", async () => {
  const localized = {
    'policy-sections.json': (document) => {
      const link = document.sections[1].subsections[3].body[1].content[0];
      link.href = link.href.replace('/en-us/', '/zh-cn/');
    },
    'navigation.json': (document) => {
      const [first] = document.pages[0].breadcrumb;
      first.href = 'https://zh.example.com/trust/?lang=zh-CN';
    },
  };
  const { code, problems } = await check((root) => {
    editing('en', 'navigation.json', (document) => (document.pages[0].breadcrumb[0].href = 'https://en.example.com/trust/?lang=en'))(root);
    for (const [file, edit] of Object.entries(localized)) editing('zh-CN', file, edit)(root);
  });
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  // Another page in the same language's folder is another page.
  const { problems: elsewhere } = await check(
    editing('zh-CN', 'policy-sections.json', (document) => {
      const link = document.sections[1].subsections[3].body[1].content[0];
      link.href = link.href.replace('/en-us/TrustCenter/Privacy/Responding', '/zh-cn/TrustCenter/Privacy/Answering');
    }),
  );
  assert.equal(elsewhere.length, 2, elsewhere.join('\n'));
  assert.match(elsewhere[1], /content\[0\]\.href: ".*\/zh-cn\/TrustCenter\/Privacy\/Answering.* here, ".*\/en-us\/TrustCenter\/Privacy\/Responding/);
});

// A translator's first day (docs/content.md, "Translating a change"): an emphasis dropped from a run
// that also has a link got three lines; after the right one, two that paired the translation's link
// with the English emphasis: "content[3].type: "link" here, "strong" in the reference" and
// "content[3].href: not in the reference", both wrong about the link. Inlines are compared one by
// one only when the run has the same kinds of them, in the same order.
test('an emphasis dropped before a link is reported once, for the run', async () => {
  const { problems } = await check(editing('en', 'faq.json', (document) => document.entries[11].answer[0].content.unshift({ type: 'strong', text: 'Note:' })));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/zh-CN\/faq\.json: \$\.entries\[11\]\.answer\[0\]\.content: its links and emphasis differ: expected \[strong, link to \/support\/legal\/privacy-statement\/\], found \[link to \/support\/legal\/privacy-statement\/\] \(reference: /);
});

test('invalid JSON names the line and column', async () => {
  const { problems } = await check((root) => {
    const path = join(root, 'en', 'faq.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[3] = lines[3].replace(/,$/, '');
    writeFileSync(path, lines.join('\n'));
  });
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/en\/faq\.json:5:\d+: \$: invalid JSON: /);
});

// The commonest slip in hand-edited JSON. V8's message for it has no position, and quotes the end
// of the file over several lines: the editor got neither a line nor a one-line message.
test('a trailing comma is named, with its line and column, on one line', async () => {
  const { problems } = await check((root) => {
    const path = join(root, 'en', 'navigation.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\]\s*\}\s*$/, '],\n}\n'));
  });
  assert.equal(problems.length, 1, problems.join('\n'));
  const lastLine = readFileSync('content/en/navigation.json', 'utf8').trimEnd().split('\n').length;
  assert.match(problems[0], new RegExp(`^ROOT/en/navigation\\.json:${lastLine}:1: \\$: invalid JSON: a property name is expected \\(JSON allows no comma before \\} or \\]\\)$`));
});

test('a file saved as UTF-16 is named as such, with or without a byte order mark', async () => {
  // Little-endian (Windows' "Unicode") and big-endian ("Unicode big endian"): from mutation testing,
  // a big-endian file was "not UTF-8 text" with its mark, and "invalid JSON" without.
  for (const bigEndian of [false, true]) {
    for (const bom of ['\uFEFF', '']) {
      const { problems } = await check((root) => {
        const path = join(root, 'en', 'faq.json');
        const bytes = Buffer.from(bom + readFileSync(path, 'utf8'), 'utf16le');
        writeFileSync(path, bigEndian ? bytes.swap16() : bytes);
      });
      assert.deepEqual(problems, ['ROOT/en/faq.json: $: the file is UTF-16 text: save it as UTF-8'], `${bigEndian ? 'big' : 'little'}-endian, BOM ${JSON.stringify(bom)}`);
    }
  }
});

test('--root without a folder is a usage message, not a stack trace', async () => {
  const result = await runCommand(['--root']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.trim(), 'usage: npm run content:check [-- --root DIR]');
});

// From mutation testing: with the check for an option in its place dropped, "--root --verbose" took
// "--verbose" for the folder, and named every document of it missing.
test('--root followed by another option is a usage message, not a folder named so', async () => {
  const result = await runCommand(['--root', '--verbose']);
  assert.equal(result.code, 2);
  assert.equal(result.stderr.trim(), 'usage: npm run content:check [-- --root DIR]');
});

test('a byte order mark is accepted, as the widgets accept it', async () => {
  const { problems } = await check((root) => {
    const path = join(root, 'zh-CN', 'faq.json');
    writeFileSync(path, '\uFEFF' + readFileSync(path, 'utf8'));
  });
  assert.deepEqual(problems, []);
});

/** The same edit of `file` in every locale's folder: `edit(document, locale)`. */
const editingEach = (file, edit) => (root) => {
  for (const locale of ['en', 'zh-CN']) editing(locale, file, (document) => edit(document, locale))(root);
};

/** Edits one document of the copy as text, as an editor does (a parsed and rewritten copy cannot hold these mistakes). */
const editingText = (locale, file, edit) => (root) => {
  const path = join(root, locale, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
};

// The mistakes below were found by a content-editor audit: each passed, crashed or got advice that
// did not fit.

test('a key written twice in one object is named at its second line and column', async () => {
  const { code, problems } = await check(editingText('en', 'data-locations.json', (text) => text.replace('"name": "China East",', '"name": "China East",\n      "name": "China North",')));
  assert.equal(code, 1);
  const line = readFileSync('content/en/data-locations.json', 'utf8').split('\n').findIndex((text) => text.includes('"name": "China East"')) + 2;
  assert.deepEqual(problems, [`ROOT/en/data-locations.json:${line}:7: $.regions[0].name: "name" is given twice in this object, and JSON keeps only the last`]);
});

test('a file that is empty, or holds null or a list, is named as such', async () => {
  const empty = await check(editingText('zh-CN', 'faq.json', () => ''));
  assert.deepEqual(empty.problems, ['ROOT/zh-CN/faq.json: $: the file is empty']);
  const nothing = await check(editingText('zh-CN', 'faq.json', () => 'null\n'));
  assert.equal(nothing.code, 1);
  assert.deepEqual(nothing.problems, ['ROOT/zh-CN/faq.json: $: must be an object']);
  // From the editor's audit: a list in place of the document was also told its $schema "should be
  // ../schema/faq.schema.json", a line about a property a list cannot have.
  const list = await check(editingText('zh-CN', 'faq.json', () => '[]\n'));
  assert.deepEqual(list.problems, ['ROOT/zh-CN/faq.json: $: must be an object']);
});

test('a full-width comma typed with a Chinese input method is named', async () => {
  const { problems } = await check(editingText('zh-CN', 'navigation.json', (text) => text.replace('"key-privacy-information",', '"key-privacy-information"，')));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/zh-CN\/navigation\.json:\d+:\d+: \$: invalid JSON: a full-width "，" \(U\+FF0C\) where JSON needs ","$/);
});

// From the editor's audit: a number typed in full-width digits ("９０", a Chinese input method's) and
// a space a reader cannot tell from an ordinary one (U+3000, a no-break space) were "an unexpected
// character (JSON strings take double quotes; true, false and null are lower case)", which sent the
// editor looking for quotes.
test('a full-width digit or an unusual space between the items of JSON is named, with what JSON needs', async () => {
  const cases = [
    ['zh-CN', 'retention-policy.json', '"retentionPeriodDays": 90', '"retentionPeriodDays": ９０', 'a full-width "９" (U+FF19) where JSON needs "9"'],
    ['zh-CN', 'faq.json', '"kind": "faq",', '"kind": "faq",\u3000', 'an ideographic (full-width) space (U+3000) where JSON needs an ordinary space'],
    ['en', 'faq.json', '"kind": "faq",', '"kind": "faq",\u00a0', 'a no-break space (U+00A0) where JSON needs an ordinary space'],
  ];
  for (const [locale, file, from, to, message] of cases) {
    const { problems } = await check(editingText(locale, file, (text) => text.replace(from, to)));
    assert.equal(problems.length, 1, problems.join('\n'));
    const line = readFileSync(`content/${locale}/${file}`, 'utf8').split('\n').findIndex((text) => text.includes(from)) + 1;
    assert.equal(problems[0].replace(/:\d+: /, ': '), `ROOT/${locale}/${file}:${line}: $: invalid JSON: ${message}`);
  }
});

test('a quote inside text that is not escaped gets the fix, at the place the text was cut', async () => {
  const { problems } = await check(editingText('en', 'faq.json', (text) => text.replace('"What role does Microsoft', '"What role does "Microsoft"')));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/en\/faq\.json:\d+:\d+: \$: invalid JSON: a text ends at the " before this: a quote inside text is written \\"$/);
});

// From review: a quote inside Chinese text before full-width digits or letters ("保留"９０"天") was
// told to be a full-width digit where JSON needs an ASCII one, when the text had ended at the quote.
test('a quote inside text before full-width digits or letters gets the fix for the quote', async () => {
  for (const quoted of ['９０', 'ＡＷＳ']) {
    const { problems } = await check(editingText('zh-CN', 'retention-policy.json', (text) => text.replace('"title": "数据保留"', `"title": "数据保留"${quoted}"天"`)));
    const line = readFileSync('content/zh-CN/retention-policy.json', 'utf8').split('\n').findIndex((text) => text.includes('"title": "数据保留"')) + 1;
    // At the first character after the quote: 2 spaces, "title": and the text up to its quote.
    assert.deepEqual(problems, [`ROOT/zh-CN/retention-policy.json:${line}:${'  "title": "数据保留"'.length + 1}: $: invalid JSON: a text ends at the " before this: a quote inside text is written \\"`], quoted);
  }
});

test('a retention period that the phases do not add up to is blamed on its own file, not the translation', async () => {
  const { problems } = await check(editing('en', 'retention-policy.json', (document) => (document.retentionPeriodDays = 30)));
  assert.deepEqual(problems, ['ROOT/en/retention-policy.json: $.retentionPeriodDays: 30 days, but the phases with a length add up to 90']);
});

test('a value that differs between locales says either may be wrong', async () => {
  const { problems } = await check(editing('en', 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = '/support/legal/privacy/')));
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[1], /^ROOT\/zh-CN\/faq\.json: \$\.entries\[11\]\.answer\[0\]\.content\[1\]\.href: "\/support\/legal\/privacy-statement\/" here, "\/support\/legal\/privacy\/" in the reference: one of them is wrong \(reference: /);
});

test('a link to #id names an id the document does not have', async () => {
  const { problems } = await check((root) => {
    for (const locale of ['en', 'zh-CN']) editing(locale, 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = '#faq-audit'))(root);
  });
  assert.deepEqual(problems.map((line) => line.replace(/ \(.*$/, '')), [
    'ROOT/en/faq.json: $.entries[11].answer[0].content[1].href: "#faq-audit" links to no id of this document',
    'ROOT/zh-CN/faq.json: $.entries[11].answer[0].content[1].href: "#faq-audit" links to no id of this document',
  ]);
});

// From a property-based audit of the widgets' output: only FAQ entries and policy sections and
// subsections are deep-link targets (their widgets find the #id in their shadow roots). A link to a
// phase, a region or a link group passed the check, since their ids are ids of the document, and
// went nowhere on the page: the timeline, the table and the sidebar have no element by that id.
test('a link to #id names a part of the document that is no link target', async () => {
  const { problems } = await check((root) => {
    for (const [locale, text] of [['en', 'the retention period'], ['zh-CN', '保留期']]) {
      editing(locale, 'retention-policy.json', (document) => document.phases[0].description[0].content.push({ type: 'link', text, href: '#retention-period' }))(root);
      editing(locale, 'data-locations.json', (document) => document.notes[0].content.push({ type: 'link', text, href: '#china-east' }))(root);
    }
  });
  assert.deepEqual(problems.map((line) => line.replace(/^ROOT\/(en|zh-CN)\//, '')), [
    'data-locations.json: $.notes[0].content[1].href: "#china-east" names a region: only FAQ entries and policy sections and subsections are link targets',
    'retention-policy.json: $.phases[0].description[0].content[1].href: "#retention-period" names a phase: only FAQ entries and policy sections and subsections are link targets',
    'data-locations.json: $.notes[0].content[1].href: "#china-east" names a region: only FAQ entries and policy sections and subsections are link targets',
    'retention-policy.json: $.phases[0].description[0].content[1].href: "#retention-period" names a phase: only FAQ entries and policy sections and subsections are link targets',
  ]);
});

test('a link to a malformed #fragment is reported, not a crash', async () => {
  const { problems } = await check((root) => {
    for (const locale of ['en', 'zh-CN']) editing(locale, 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = '#%E0'))(root);
  });
  assert.deepEqual(problems.map((line) => line.replace(/^ROOT\/(en|zh-CN)\/faq\.json: /, '')), [
    '$.entries[11].answer[0].content[1].href: "#%E0" links to no id of this document',
    '$.entries[11].answer[0].content[1].href: "#%E0" links to no id of this document',
  ]);
});

// From a differential audit: content:check passed a 1.2 MB FAQ that every widget refuses (code size).
test('a document over the widgets\' 1 MiB limit is named with its size', async () => {
  const { code, problems } = await check((root) => {
    const path = join(root, 'en', 'faq.json');
    // White space after the document: valid JSON, the same content, and 1,100,000 bytes more.
    writeFileSync(path, readFileSync(path, 'utf8') + ' '.repeat(1_100_000));
  });
  assert.equal(code, 1);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/en\/faq\.json: \$: 1\d{6} bytes: widgets refuse a document over 1048576 bytes \(1 MiB\) unless the page raises the limit with configureContentStore\(\{maxBytes\}\)$/);
});

// From a differential audit: text of only invisible characters passed both validators, and rendered
// as a blank FAQ button or a navigation landmark without a name. The published schema refuses it.
test('text a reader cannot see is named where it is, in words', async () => {
  const { code, problems } = await check((root) => {
    editing('en', 'faq.json', (document) => {
      document.entries[0].question = '\u200B';
      document.entries[1].answer[0].content[0] = '\u2800\u00AD';
    })(root);
    editing('zh-CN', 'navigation.json', (document) => {
      document.linkGroups[0].title = '\u3164';
      document.linkGroups[1].links[2].fileInfo = '\u200B';
    })(root);
    // A text described for its place (a region's name) is a copy of the shared one: it too.
    editing('en', 'data-locations.json', (document) => (document.regions[0].name = '\u200B\u200B'))(root);
  });
  assert.equal(code, 1);
  assert.deepEqual(problems.sort(), [
    'ROOT/en/data-locations.json: $.regions[0].name: must contain visible text',
    'ROOT/en/faq.json: $.entries[0].question: must contain visible text',
    'ROOT/en/faq.json: $.entries[1].answer[0].content[0]: must contain visible text',
    'ROOT/zh-CN/navigation.json: $.linkGroups[0].title: must contain visible text',
    'ROOT/zh-CN/navigation.json: $.linkGroups[1].links[2].fileInfo: must contain visible text',
  ]);
});

// From a walkthrough as another provider: a space written as a part of its own, between a strong
// and an em ("no replication"), was told "must not be empty", which a space is not; the editor's
// schema says "must contain visible text", as for invisible characters.
test('a part of only spaces is told it needs visible text, and where a space between two parts goes', async () => {
  const { code, problems } = await check(
    editing('en', 'faq.json', (document) => {
      document.entries[0].question = '   ';
      document.entries[1].answer[0].content = [{ type: 'strong', text: 'No' }, ' ', { type: 'em', text: 'replication' }, '.'];
    }),
  );
  assert.equal(code, 1);
  assert.deepEqual(problems, [
    'ROOT/en/faq.json: $.entries[0].question: must contain visible text',
    'ROOT/en/faq.json: $.entries[1].answer[0].content[1]: must contain visible text: a space between two parts goes inside one of them ({"type": "strong", "text": "No "})',
  ]);
});

// From a content-editor audit: a link or emphasis whose text a reader cannot see got a second,
// misleading line, "$…content[1]: must be string" (the plain-text option of the run's parts), on
// top of the real mistake at its "text". VS Code shows only the real one.
test('invisible text inside a link or emphasis is one problem, at its text', async () => {
  const { code, problems } = await check(
    editingEach('faq.json', (document) => {
      document.entries[11].answer[0].content[1].text = '\u200B';
      document.entries[0].answer[0].content.push({ type: 'em', text: '\u2800' });
    }),
  );
  assert.equal(code, 1);
  assert.deepEqual(problems.map((line) => line.replace(/^ROOT\/(en|zh-CN)\/faq\.json: /, '')), [
    '$.entries[0].answer[0].content[1].text: must contain visible text',
    '$.entries[11].answer[0].content[1].text: must contain visible text',
    '$.entries[0].answer[0].content[1].text: must contain visible text',
    '$.entries[11].answer[0].content[1].text: must contain visible text',
  ]);
});

// From the same audit: a translation that failed only the published schema (text a reader cannot
// see) was still compared with its reference, and got a second problem for the same slip. The
// docs/content.md promises that a file that fails its schema is not compared.
test('a translation that fails the published schema is not compared with its reference', async () => {
  const { problems } = await check(editing('zh-CN', 'faq.json', (document) => document.entries[0].answer[0].content.push({ type: 'em', text: '\u200B' })));
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.entries[0].answer[0].content[1].text: must contain visible text']);
});

// From the same audit: a translation whose language links said the English page was the Chinese
// one passed: an alternate's locale is a fact, not wording, and was compared as free text.
test('an alternate whose locale differs in a translation is reported', async () => {
  const { problems } = await check(editing('zh-CN', 'navigation.json', (document) => (document.pages[2].alternates[1].locale = 'zh-CN')));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/zh-CN\/navigation\.json: \$\.pages\[2\]\.alternates\[1\]\.locale: "zh-CN" here, "en" in the reference: one of them is wrong/);
});

// From a content audit: a translation that changed a number inside its text ("存储 60 天" for "90
// days", "全天" for "24 hours a day") passed, although the docs/content.md promises the same numbers
// in every locale and only the wording may differ. Numbers are compared as written in the text,
// whatever the spacing or digits (full-width) a translation uses, and a name with digits is no number.
test('a number changed inside a translated text is reported there', async () => {
  const { problems } = await check((root) => {
    editing('zh-CN', 'retention-policy.json', (document) => {
      const run = document.phases[2].description[0].content;
      run[0] = run[0].replace('存储 90 天', '存储 60 天');
    })(root);
    editing('zh-CN', 'navigation.json', (document) => (document.linkGroups[1].links[2].fileInfo = 'PDF，846 KB'))(root);
    editing('zh-CN', 'policy-sections.json', (document) => {
      const run = document.sections[1].subsections[0].body[0].content;
      run[0] = run[0].replace('每天 24 小时', '全天');
    })(root);
    // The same numbers, differently written, or more of them (a month is a name in English and a
    // number in Chinese): no problem.
    editing('zh-CN', 'policy-sections.json', (document) => {
      const item = document.sections[2].subsections[3].body[0].items[1];
      item[0] = item[0] + '（2025 年 12 月）';
    })(root);
    editing('en', 'policy-sections.json', (document) => {
      const item = document.sections[2].subsections[3].body[0].items[1];
      item[0] = item[0] + ' (December 2025)';
    })(root);
    editing('zh-CN', 'faq.json', (document) => {
      const run = document.entries[0].answer[0].content;
      run[0] = run[0] + '（２０１５）';
    })(root);
    editing('en', 'faq.json', (document) => {
      const run = document.entries[0].answer[0].content;
      run[0] = run[0] + ' (2015)';
    })(root);
  });
  assert.deepEqual(problems.map((line) => line.replace(/ \(reference: .*$/, '')).sort(), [
    'ROOT/zh-CN/navigation.json: $.linkGroups[1].links[2].fileInfo: its numbers differ: 846 here, 864 in the reference: one of them is wrong',
    'ROOT/zh-CN/policy-sections.json: $.sections[1].subsections[0].body[0].content[0]: its numbers differ: 365 here, 24, 365 in the reference: one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.phases[2].description[0].content[0]: its numbers differ: 60 here, 90 in the reference: one of them is wrong',
  ]);
});

// Numbers that a realistic translation keeps, written its own way, were refused ("one of them is
// wrong") with no way for the editor to satisfy the check but to write against the language: a
// link around other words of the sentence ("NIST 800-88 [介质清理指南]"), a unit without a space
// ("10GB", "TLS1.2"), a list with the full-width comma ("80，443", read as 80443).
test('a number a translation keeps, in its own words, is not reported', async () => {
  const { problems } = await check((root) => {
    editing('zh-CN', 'policy-sections.json', (document) => {
      const run = document.sections[2].subsections[3].body[0].items[1];
      assert.equal(run[1].text, 'NIST 800-88 介质清理指南');
      run[0] = run[0].replace(/《$/, '《NIST 800-88 ');
      run[1].text = '介质清理指南';
    })(root);
    editing('en', 'faq.json', (document) => {
      document.entries[0].answer[0].content[0] += ' Up to 10 GB, over TLS 1.2, on ports 80, 443.';
      // Digits inside a name, before or after its letters: a name, which a translation may render in words.
      document.entries[1].answer[0].content[0] += ' Operated by 21Vianet to the GB18030 standard.';
    })(root);
    editing('zh-CN', 'faq.json', (document) => {
      document.entries[0].answer[0].content[0] += '最多 10GB，通过 TLS1.2，使用端口 80，443。';
      document.entries[1].answer[0].content[0] += '由世纪互联按国家汉字编码标准运营。';
    })(root);
  });
  assert.deepEqual(problems, []);
});

// From a content-editor audit: a complete URL that the browser's URL parser refuses (a port over
// 65535, a bad % escape) was told "use a complete http:, https: or mailto: URL, or a relative one,
// without spaces", which it already is: the editor could not see what to fix.
test('a link target the URL parser refuses is told so, not to write a complete URL', async () => {
  const { problems } = await check(
    editing('en', 'navigation.json', (document) => {
      document.pages[0].breadcrumb[0].href = 'https://www.example.com:80800/';
      document.pages[1].breadcrumb[0].href = 'https://%zz.example.com/';
      document.pages[2].breadcrumb[0].href = 'javascript:alert(1)';
    }),
  );
  assert.deepEqual(problems, [
    'ROOT/en/navigation.json: $.pages[0].breadcrumb[0].href: link target not allowed: no browser can open it (is the port at most 65535? are the host and any % escapes well formed?)',
    'ROOT/en/navigation.json: $.pages[1].breadcrumb[0].href: link target not allowed: no browser can open it (is the port at most 65535? are the host and any % escapes well formed?)',
    'ROOT/en/navigation.json: $.pages[2].breadcrumb[0].href: link target not allowed: use a complete http:, https: or mailto: URL, or a relative one, without spaces',
  ]);
});

// From the editor's audit: a placeholder left in ("https://", "http://") is no complete URL, and
// VS Code says so; content:check asked instead about the port and the % escapes of a URL that has
// no host at all.
test('a link target without a host is told, as in VS Code, to be a complete URL', async () => {
  const { problems } = await check(
    editing('en', 'navigation.json', (document) => {
      document.pages[0].breadcrumb[0].href = 'https://';
      document.pages[1].breadcrumb[0].href = 'http://';
    }),
  );
  assert.deepEqual(problems, [
    'ROOT/en/navigation.json: $.pages[0].breadcrumb[0].href: link target not allowed: use a complete http:, https: or mailto: URL, or a relative one, without spaces',
    'ROOT/en/navigation.json: $.pages[1].breadcrumb[0].href: link target not allowed: use a complete http:, https: or mailto: URL, or a relative one, without spaces',
  ]);
});

// From review: an address typed not quite right was told "use a complete http:, https: or mailto:
// URL, or a relative one", which it looks like already; a file named so (refused as such) was told
// nothing of the way to write it.
test('a link target typed as an address without its scheme, or with a full-width colon, is told how to write it', async () => {
  const href = ['entries', 11, 'answer', 0, 'content', 1, 'href'];
  const cases = [
    ['www.example.com/privacy', '"www.example.com/privacy" opens a page under the current one: write "https://www.example.com/privacy" (or, for a file of that name, "./www.example.com/privacy")'],
    ['https\uFF1A//example.com:8443/privacy', 'a full-width "：" (U+FF1A) after "https": write "https://example.com:8443/privacy"'],
    ['mailto\uFF1Aprivacy@example.com', 'a full-width "：" (U+FF1A) after "mailto": write "mailto:privacy@example.com"'],
    ['ISO27001\uFF1A2013.pdf', '"ISO27001：" reads as a scheme typed with a full-width colon: for a file of that name, write "./ISO27001：2013.pdf"'],
    // A second mistake in it: the message that asks for no spaces.
    ['www.example.com/privacy statement', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    // Nor a way of writing it that the pattern takes but no browser opens (a port above 65535), nor
    // the address taken for a file's name ("./https：//…").
    ['https\uFF1A//example.com:99999/privacy', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    ['www.example.com:99999/privacy', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    ['https\uFF1A/example.com/privacy', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
  ];
  for (const [target, message] of cases) {
    const { problems } = await check(
      editing('en', 'faq.json', (document) => {
        let value = document;
        for (const key of href.slice(0, -1)) value = value[key];
        value.href = target;
      }),
    );
    assert.deepEqual(problems, [`ROOT/en/faq.json: $.entries[11].answer[0].content[1].href: link target not allowed: ${message}`], target);
  }
});

// From a content-editor audit: a date no calendar has ("2015-02-30", a 29 February outside a leap
// year, a 31st in a month of 30 days) passed every check, though a page that shows it would show
// another day (a Date rolls it over to 2 March). Each is now named, with the month's length.
test('a date the calendar does not have is named at its path, with the days of its month', async () => {
  const cases = [
    ['2015-02-30', 'there is no 2015-02-30: February 2015 has 28 days'],
    ['2023-02-29', 'there is no 2023-02-29: February 2023 has 28 days'],
    ['1900-02-29', 'there is no 1900-02-29: February 1900 has 28 days'],
    ['2024-02-30', 'there is no 2024-02-30: February 2024 has 29 days'],
    ['2024-04-31', 'there is no 2024-04-31: April 2024 has 30 days'],
    ['2024-11-31', 'there is no 2024-11-31: November 2024 has 30 days'],
  ];
  for (const [updated, message] of cases) {
    const { code, problems } = await check(editing('en', 'faq.json', (document) => (document.updated = updated)));
    assert.equal(code, 1, updated);
    assert.deepEqual(problems, [`ROOT/en/faq.json: $.updated: ${message}`], updated);
  }
  // The days that are there, 29 February of a leap year among them, pass (in both locales, which
  // must agree).
  for (const updated of ['2024-02-29', '2000-02-29', '2023-02-28', '2024-04-30', '2024-12-31', '2024-02']) {
    const { problems } = await check((root) => ['en', 'zh-CN'].forEach((locale) => editing(locale, 'faq.json', (document) => (document.updated = updated))(root)));
    assert.deepEqual(problems, [], updated);
  }
});

// From a content-editor audit: "https//example.com/x" (its colon left out) and "https:/example.com/x"
// (one slash) passed every check, and the page linked to a page of its own site
// (/trust/https//example.com/x, /example.com/x). The editor refuses them now, and content:check
// says what to write.
test('a link target typed as an http(s) address without its colon, or with fewer than two slashes, is told how to write it', async () => {
  const cases = [
    ['https//example.com/privacy', '"https//example.com/privacy" opens a page under the current one (no ":" after "https"): write "https://example.com/privacy"'],
    ['HTTP//example.com', '"HTTP//example.com" opens a page under the current one (no ":" after "HTTP"): write "HTTP://example.com"'],
    // A key near ":" typed instead, from the same audit's list (stop 45): they passed until stop 47.
    ['https;//example.com/privacy', '"https;//example.com/privacy" opens a page under the current one (";" where ":" goes after "https"): write "https://example.com/privacy"'],
    ['http.//example.com', '"http.//example.com" opens a page under the current one ("." where ":" goes after "http"): write "http://example.com"'],
    ['https,//example.com', '"https,//example.com" opens a page under the current one ("," where ":" goes after "https"): write "https://example.com"'],
    ['https:/example.com/privacy', '"https:/example.com/privacy" can open a page of the current site (one "/" after "https:"): write "https://example.com/privacy"'],
    ['http:/example.com', '"http:/example.com" can open a page of the current site (one "/" after "http:"): write "http://example.com"'],
    ['https:\\example.com/privacy', '"https:\\example.com/privacy" can open a page of the current site (one "\\" after "https:"): write "https://example.com/privacy"'],
    ['https:example.com/privacy', '"https:example.com/privacy" can open a page of the current site (no "/" after "https:"): write "https://example.com/privacy"'],
    // A second mistake in it, or nothing that would make it an address: the message that asks for a complete URL.
    ['https//example.com/privacy statement', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    ['https:?x', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    // Nor a way of writing it that the pattern takes but no browser opens (a port above 65535): the
    // widgets would show that link as plain text, and content:check would refuse it next.
    ['https//example.com:99999/privacy', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
    ['https:/example.com:99999/privacy', 'use a complete http:, https: or mailto: URL, or a relative one, without spaces'],
  ];
  for (const [target, message] of cases) {
    const { problems } = await check(editing('en', 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = target)));
    assert.deepEqual(problems, [`ROOT/en/faq.json: $.entries[11].answer[0].content[1].href: link target not allowed: ${message}`], target);
  }
  // A breadcrumb's link is no part of a run of text: the same words there.
  const { problems } = await check(editing('en', 'navigation.json', (document) => (document.pages[0].breadcrumb[0].href = 'https:/example.com/')));
  assert.deepEqual(problems, ['ROOT/en/navigation.json: $.pages[0].breadcrumb[0].href: link target not allowed: "https:/example.com/" can open a page of the current site (one "/" after "https:"): write "https://example.com/"']);
  // Relative targets that only begin like one pass, in both locales.
  for (const target of ['https/index.html', 'https-guide.html', 'https.html', 'https;v=2.html', './https//example.com', 'https:///example.com/x', 'https:\\\\example.com/x']) {
    const edit = (document) => (document.entries[11].answer[0].content[1].href = target);
    const { problems } = await check((root) => ['en', 'zh-CN'].forEach((locale) => editing(locale, 'faq.json', edit)(root)));
    assert.deepEqual(problems, [], target);
  }
});

// From mutation testing of content-check.ts (now content-checker.ts): the checks below could each be switched off without
// any test noticing.
test('a file of no known kind, and a document missing from a locale, are named with the file', async () => {
  const { code, problems } = await check((root) => {
    cpSync(join(root, 'zh-CN', 'faq.json'), join(root, 'zh-CN', 'faq-copy.json'));
    rmSync(join(root, 'zh-CN', 'navigation.json'));
  });
  assert.equal(code, 1);
  assert.deepEqual(problems, [
    'ROOT/zh-CN/faq-copy.json: $: not a known document kind (expected one of data-locations.json, faq.json, navigation.json, policy-sections.json, retention-policy.json)',
    'ROOT/zh-CN/navigation.json: $: missing: every locale needs every document',
  ]);
});

// From an editor's audit: Finder's .DS_Store, an editor's .vscode folder or a folder of notes in a
// locale's folder failed the check as "not a known document kind", which the editor can neither
// see nor fix there. Hidden names and folders are not documents; a stray file still is reported.
test('hidden files and folders in a locale\'s folder are not documents, a stray file is', async () => {
  const { code, problems } = await check((root) => {
    writeFileSync(join(root, 'en', '.DS_Store'), 'Bud1');
    mkdirSync(join(root, 'en', '.vscode'));
    mkdirSync(join(root, 'zh-CN', 'notes'));
    writeFileSync(join(root, 'zh-CN', 'faq.json~'), '{}');
  });
  assert.equal(code, 1);
  assert.deepEqual(problems, [
    'ROOT/zh-CN/faq.json~: $: not a known document kind (expected one of data-locations.json, faq.json, navigation.json, policy-sections.json, retention-policy.json)',
  ]);
});

test('a $schema that does not point at the published schema is named', async () => {
  const { code, problems } = await check(editing('zh-CN', 'faq.json', (document) => (document.$schema = '../schema/navigation.schema.json')));
  assert.equal(code, 1);
  assert.ok(problems.includes('ROOT/zh-CN/faq.json: $.$schema: should be "../schema/faq.schema.json" so editors can help'), problems.join('\n'));
});

// From a walkthrough as another provider, whose content lives in a folder of its own: without the
// kit's schema/ folder beside en/ and zh-CN/, "../schema/faq.schema.json" leads nowhere and VS Code
// checks nothing, yet the check passed; a $schema that led to the kit's schemas by another path (the
// package's dist/content/schema/) was refused.
test('a $schema that leads to no schema file is named, with where to copy the schemas from', async () => {
  const { code, problems } = await check((root) => rmSync(join(root, 'schema'), { recursive: true }));
  assert.equal(code, 1);
  assert.equal(problems.length, 10, problems.join('\n'));
  assert.ok(
    problems.includes('ROOT/en/faq.json: $.$schema: "../schema/faq.schema.json" is no file: copy the kit\'s schemas (content/schema/, dist/content/schema/ in its package) to ROOT/schema/ so editors can help'),
    problems.join('\n'),
  );
});

test('a $schema that leads to the kit\'s schema by another path passes', async () => {
  const { code, problems } = await check((root) => {
    for (const locale of ['en', 'zh-CN']) {
      for (const file of readdirSync(join(root, locale))) {
        const kit = resolve('content/schema', file.replace('.json', '.schema.json'));
        editing(locale, file, (document) => (document.$schema = relative(join(root, locale), kit)))(root);
      }
    }
    rmSync(join(root, 'schema'), { recursive: true });
  });
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// From the content-checker's mutation audit: $schema was also compared between the locales, so a
// translation without one was told twice, and one that named the kit's schema by another path than
// its reference (both right: each file is checked on its own) was told one of them is wrong.
test('a translation without $schema is told once', async () => {
  const { code, problems } = await check(editing('zh-CN', 'faq.json', (document) => delete document.$schema));
  assert.equal(code, 1);
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.$schema: should be "../schema/faq.schema.json" so editors can help']);
});

test('a translation whose $schema leads to the kit\'s schema by another path than its reference\'s passes', async () => {
  const { code, problems } = await check((root) => {
    const kit = resolve('content/schema/faq.schema.json');
    editing('zh-CN', 'faq.json', (document) => (document.$schema = relative(join(root, 'zh-CN'), kit)))(root);
  });
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

test('a $schema that leads to an outdated copy of the schema is named', async () => {
  const { problems } = await check((root) => {
    const path = join(root, 'schema', 'faq.schema.json');
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    delete schema.properties.updated;
    writeFileSync(path, JSON.stringify(schema, null, 2));
  });
  assert.ok(
    problems.includes('ROOT/en/faq.json: $.$schema: "../schema/faq.schema.json" is not the kit\'s faq schema (an older copy?): copy the kit\'s schemas (content/schema/, dist/content/schema/ in its package) to ROOT/schema/ so editors can help'),
    problems.join('\n'),
  );
});

// A translation that names another region as the partner, or lists another sidebar group, shows
// Chinese readers something the English page does not say: references are not text to translate.
test('a reference that differs in a translation (replication partner, sidebar group) is reported there', async () => {
  const { problems } = await check((root) => {
    // A third region, whose partner the translation names otherwise (two regions can only be each other's).
    const third = (partner) => (document) => document.regions.push({ ...document.regions[0], id: 'china-north-3', replicationPartner: partner });
    editing('en', 'data-locations.json', third('china-north'))(root);
    editing('zh-CN', 'data-locations.json', third('china-east'))(root);
    editing('zh-CN', 'navigation.json', (document) => (document.pages[0].sidebar[1] = 'key-privacy-information'))(root);
  });
  const paths = problems.map((line) => line.replace(/^ROOT\/zh-CN\/([\w-]+\.json): (\S+): .*/, '$1 $2'));
  assert.ok(paths.includes('data-locations.json $.regions[2].replicationPartner'), problems.join('\n'));
  assert.ok(paths.includes('navigation.json $.pages[0].sidebar[1]'), problems.join('\n'));
});

test('a translation with an entry the reference lacks, entries in another order, or a field of its own is reported', async () => {
  const { problems } = await check((root) => {
    editing('en', 'faq.json', (document) => delete document.updated)(root);
    editing('zh-CN', 'faq.json', (document) => {
      document.entries.push({ ...document.entries[0], id: 'faq-extra' });
      [document.entries[2], document.entries[3]] = [document.entries[3], document.entries[2]];
    })(root);
  });
  assert.deepEqual(
    problems.map((line) => line.replace(/ \(reference: .*\)$/, '').replace(/: (not in the reference|in another order)[:]? .*$/, ': $1')),
    [
      `ROOT/zh-CN/faq.json: $.entries[${JSON.parse(readFileSync('content/zh-CN/faq.json', 'utf8')).entries.length}]: not in the reference`,
      'ROOT/zh-CN/faq.json: $.entries: in another order',
      'ROOT/zh-CN/faq.json: $.updated: not in the reference',
    ],
  );
});

// An editor who changed the retention period to 180 days (retentionPeriodDays and the phase's
// durationDays, in both locales, as the check asked) was told "10 documents valid, locales agree",
// and the timeline showed "180 days" above "stores your Customer Data … for 90 days (the retention
// period)": the texts that say the period agree with each other across locales, not with the number.
test('a text that names the retention period with another number of days than retentionPeriodDays is reported', async () => {
  const { code, problems, summary } = await check(
    editingEach('retention-policy.json', (document) => {
      document.retentionPeriodDays = 180;
      document.phases[2].durationDays = 180;
    }),
  );
  assert.equal(code, 1);
  assert.deepEqual(problems.sort(), [
    'ROOT/en/policy-sections.json: $.sections[2].subsections[2].body[0].content[0]: says 90 days of the retention period, but it is 180 days (retentionPeriodDays in ROOT/en/retention-policy.json): one of them is wrong',
    'ROOT/en/retention-policy.json: $.exceptions[0].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/en/retention-policy.json: $.phases[2].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/en/retention-policy.json: $.phases[3].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/policy-sections.json: $.sections[2].subsections[2].body[0].content[0]: says 90 days of the retention period, but it is 180 days (retentionPeriodDays in ROOT/zh-CN/retention-policy.json): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.exceptions[0].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.phases[2].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.phases[3].description[0].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong',
  ]);
  assert.equal(summary, 'content: 8 problems');
  // Days that are not the retention period ("365 days a year"), and the period in emphasis, split
  // from its words: only the latter is the period.
  const { problems: emphasised } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      const run = document.exceptions[0].description[0].content;
      const [before, after] = run[0].split(locale === 'en' ? '90-day' : '90 天');
      document.exceptions[0].description[0].content = [before, { type: 'strong', text: locale === 'en' ? '60-day' : '60 天' }, after];
    }),
  );
  assert.deepEqual(emphasised.sort(), [
    'ROOT/en/retention-policy.json: $.exceptions[0].description[0].content: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.exceptions[0].description[0].content: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
  ]);
  // Other spans beside the period, and an exception's own period (its retentionDays), are no
  // mistake; an exception that gives neither its own period nor the policy's is.
  const texts = {
    en: ['The 90-day retention period described above does not apply to free trials, whose data is deleted within 30 days.', 'A 30-day retention period applies to free trials.', 'A 60-day retention period applies to free trials.'],
    'zh-CN': ['上述 90 天保留期不适用于免费试用，其数据在 30 天内删除。', '免费试用适用 30 天保留期。', '免费试用适用 60 天保留期。'],
  };
  const { code: otherSpans, problems: otherSpanProblems } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.exceptions[0].description[0].content = [texts[locale][0]];
      document.exceptions[1].retentionDays = 30;
      document.exceptions[1].description[0].content = [texts[locale][1]];
    }),
  );
  assert.deepEqual(otherSpanProblems, []);
  assert.equal(otherSpans, 0);
  const { problems: neither } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.exceptions[1].retentionDays = 30;
      document.exceptions[1].description[0].content = [texts[locale][2]];
    }),
  );
  assert.deepEqual(neither.sort(), [
    'ROOT/en/retention-policy.json: $.exceptions[1].description[0].content[0]: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.exceptions[1].description[0].content[0]: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
  ]);
});

test('one problem is "1 problem", not "1 problems"', async () => {
  const { code, summary } = await check(editing('zh-CN', 'faq.json', (document) => (document.lang = 'en')));
  assert.equal(code, 1);
  assert.equal(summary, 'content: 1 problem');
});

// An editor who writes when the data goes, counted from the period, without giving the period
// again ("within 30 days after the retention period ends"), was told the text "says 30 days of
// the retention period, but it is 90 days": no text of that shape could pass. Days counted from
// the period, and a day of it ("第 60 天"), are not its length; a length still is.
test('a text may count days from the retention period without giving the period again', async () => {
  const texts = {
    en: [
      'Within 30 days after the retention period ends, 21Vianet disables the account and deletes all Customer Data.',
      'After the retention period ends, 21Vianet deletes all Customer Data within 30 days, and 7 days before the end of the retention period it reminds you.',
    ],
    'zh-CN': ['保留期结束后 30 天内，世纪互联将禁用该账户并删除所有客户数据。', '保留期结束后，世纪互联将在 30 天内删除所有客户数据；在保留期届满前 7 天和保留期的第 60 天，世纪互联会提醒您。'],
  };
  const { code, problems } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.phases[3].description = texts[locale].map((text) => ({ type: 'paragraph', content: [text] }));
    }),
  );
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  const { problems: stale } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.phases[3].description[0].content = [
        locale === 'en' ? 'After the retention period of 60 days, 21Vianet deletes all Customer Data within 30 days.' : '保留期为 60 天，保留期结束后 30 天内世纪互联将删除所有客户数据。',
      ];
    }),
  );
  assert.deepEqual(stale.sort(), [
    // (The English sentence's 30 days follow "the retention period of 60 days", not the period's end.)
    'ROOT/en/retention-policy.json: $.phases[3].description[0].content[0]: says 60 and 30 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
    'ROOT/zh-CN/retention-policy.json: $.phases[3].description[0].content[0]: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
  ]);
});

// Contracts count in calendar days, and Chinese ones in 日 ("90 日", "90 个自然日"): a stale period
// written so passed, while a date's day ("3 月 31 日") is no number of days.
test('a stale retention period in calendar days, or in 日, is reported; a date is not a number of days', async () => {
  const texts = {
    en: ['21Vianet stores your Customer Data for 90 calendar days (the retention period).', 'The retention period is 90 days, counted from March 31, 2026.'],
    'zh-CN': ['世纪互联会将您的客户数据存储 90 个自然日（即保留期）。', '保留期为 90 日，自 2026 年 3 月 31 日起算。'],
  };
  const edit = (period) =>
    editingEach('retention-policy.json', (document, locale) => {
      document.retentionPeriodDays = period;
      document.phases[2].durationDays = period;
      document.phases[2].description = texts[locale].map((text) => ({ type: 'paragraph', content: [text] }));
    });
  const { code, problems } = await check(edit(90));
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  // (The shipped content's other texts that say 90 days are reported too: not these lines' concern.)
  const { problems: stale } = await check(edit(180));
  assert.deepEqual(
    stale.filter((problem) => problem.includes('$.phases[2]')).sort(),
    ['en', 'zh-CN'].flatMap((locale) =>
      [0, 1].map((paragraph) => `ROOT/${locale}/retention-policy.json: $.phases[2].description[${paragraph}].content[0]: says 90 days of the retention period, but it is 180 days ($.retentionPeriodDays): one of them is wrong`),
    ),
  );
});

// From the review of the retention-period rule: an exception deleted at once, in the words of the
// shipped one ("without any retention period"), with when it goes ("within 7 days"), was told it
// "says 7 days of the retention period". A text that only denies a period names none.
test('a text that only says there is no retention period may give other days', async () => {
  const texts = {
    en: 'For Limited Offerings, 21Vianet may delete Customer Data within 7 days, without any retention period.',
    'zh-CN': '对于有限产品，世纪互联可能会在 7 天内删除客户数据，而不提供任何保留期。',
  };
  const { code, problems } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.exceptions[1].description[0].content = [texts[locale]];
    }),
  );
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  // One day is "1 day".
  const { problems: oneDay } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.exceptions[0].description[0].content = [locale === 'en' ? 'The 1-day retention period described above does not apply to free trials.' : '上述 1 天保留期不适用于免费试用。'];
    }),
  );
  assert.deepEqual(oneDay.map((problem) => problem.replace(/^ROOT\/(en|zh-CN)\//, '')), [
    'retention-policy.json: $.exceptions[0].description[0].content[0]: says 1 day of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
    'retention-policy.json: $.exceptions[0].description[0].content[0]: says 1 day of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong',
  ]);
});

// From a mutation audit of content-checker.ts: each test below failed with one mistake a developer
// could make in it (named above the test), which every other test let pass.

// Mutation: `read.text.trim() === ''` as `read.text === ''`. An editor who empties a file in an
// editor that saves a final newline was told "a value is expected (JSON allows no comma before } or ])".
test('a file of only white space is named empty, not invalid JSON', async () => {
  for (const text of ['\n', '  \r\n\t\n']) {
    const { problems } = await check(editingText('zh-CN', 'faq.json', () => text));
    assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $: the file is empty'], JSON.stringify(text));
  }
});

// Mutation: the size limit's `>` as `>=`. The widgets refuse a document over the limit, and take one
// of exactly 1 MiB.
test('a document of exactly 1 MiB passes, as the widgets take it', async () => {
  const { code, problems } = await check((root) => {
    const path = join(root, 'en', 'faq.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text + ' '.repeat(1_048_576 - Buffer.byteLength(text)));
  });
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// Mutation: an object's keys not forgotten at its end. A paragraph whose "type" comes after its
// content (JSON's keys have no order) was told "type" is given twice, as its link has one.
test('a key of an object after an inner object with the same key is no key given twice', async () => {
  const { code, problems } = await check(
    editingEach('faq.json', (document) => {
      const paragraph = document.entries[11].answer[0];
      assert.ok(paragraph.content.some((part) => part.type === 'link'));
      document.entries[11].answer[0] = { content: paragraph.content, type: paragraph.type };
    }),
  );
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// Mutation: the link clause of where a space goes dropped. A space after a link was to go inside the
// link's text, whose underline would take it.
test('a space part after a link is told to go inside the part after it, not the link', async () => {
  const { problems } = await check(
    editing('en', 'faq.json', (document) => {
      document.entries[1].answer[0].content = [{ type: 'link', text: 'Privacy', href: '/privacy/' }, ' ', { type: 'em', text: 'statement' }, '.'];
    }),
  );
  assert.deepEqual(problems, ['ROOT/en/faq.json: $.entries[1].answer[0].content[1]: must contain visible text: a space between two parts goes inside one of them ({"type": "em", "text": " statement"})']);
});

// Mutation: `run && beside` as `beside`. A blank item of a list of services is no space between two
// parts of a sentence: it was told to go inside "Azure ".
test('a blank item of a list that is no run of text gets no advice on where a space goes', async () => {
  const { problems } = await check(editing('en', 'data-locations.json', (document) => document.regions[0].services.push(' ')));
  assert.deepEqual(problems, ['ROOT/en/data-locations.json: $.regions[0].services[1]: must contain visible text']);
});

// Mutation: U+200C and U+200D dropped from the invisible characters. A zero-width joiner pasted
// between two items was "an unexpected character (JSON strings take double quotes; …)".
test('a zero-width (non-)joiner between the items of JSON is named as invisible', async () => {
  for (const [char, unicode] of [['\u200C', 'U\\+200C'], ['\u200D', 'U\\+200D']]) {
    const { problems } = await check(editingText('en', 'faq.json', (text) => text.replace('"kind": "faq",', `"kind": "faq",${char}`)));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], new RegExp(`^ROOT/en/faq\\.json:\\d+:\\d+: \\$: invalid JSON: an invisible character \\(${unicode}\\): delete it$`));
  }
});

// Mutation: the folder check of lang made whatever else the document has. A lang no locale has is
// one slip: the schema's line, not that line and "says "zh", but the document is in the zh-CN folder".
test('a lang that is no locale is one problem, the schema\'s', async () => {
  const { problems } = await check(editing('zh-CN', 'faq.json', (document) => (document.lang = 'zh')));
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.lang: must be one of "en" | "zh-CN"']);
});

// Mutations: "updated" dropped from the strings compared whole (a translation's date with a day
// added passed: its numbers are more, not fewer), and the reference named as the translation itself
// (every other test cuts "(reference: …)" off).
test('a date that differs in a translation is reported with both values and the reference\'s file', async () => {
  const { problems } = await check(editing('zh-CN', 'faq.json', (document) => (document.updated = '2015-12-01')));
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.updated: "2015-12-01" here, "2015-12" in the reference: one of them is wrong (reference: ROOT/en/faq.json)']);
});

// Mutation: only strings of SAME_STRINGS compared, numbers and flags not. A translation whose link
// opens in the same tab, or whose exception keeps data 7 days, passed.
test('a flag or a number that differs in a translation is reported there', async () => {
  const { problems } = await check((root) => {
    editing('zh-CN', 'policy-sections.json', (document) => (document.intro[0].content[1].newTab = false))(root);
    editing('zh-CN', 'retention-policy.json', (document) => (document.exceptions[1].retentionDays = 7))(root);
  });
  assert.deepEqual(problems, [
    'ROOT/zh-CN/policy-sections.json: $.intro[0].content[1].newTab: false here, true in the reference: one of them is wrong (reference: ROOT/en/policy-sections.json)',
    'ROOT/zh-CN/retention-policy.json: $.exceptions[1].retentionDays: 7 here, 0 in the reference: one of them is wrong (reference: ROOT/en/retention-policy.json)',
  ]);
});

// Mutations: zh-hans, and en-gb, dropped from the languages an address may name (Microsoft's own
// pages write Simplified Chinese so; a British English page is another's reference).
test('a translation may link to the zh-hans version of a page, and a reference to the en-gb one', async () => {
  const { problems } = await check((root) => {
    const edit = (from, to) => (document) => {
      const link = document.sections[1].subsections[3].body[1].content[0];
      link.href = link.href.replace(from, to);
    };
    editing('en', 'policy-sections.json', edit('/en-us/', '/en-gb/'))(root);
    editing('zh-CN', 'policy-sections.json', edit('/en-us/', '/zh-hans/'))(root);
  });
  assert.deepEqual(problems, []);
});

// Mutation: “ dropped from the quotes a word processor types. A key quoted so was "an unexpected
// character (JSON strings take double quotes; …)", when it had them, typographic ones.
test("a typographic quote in place of JSON's is named, opening or closing", async () => {
  for (const [quoted, message] of [
    ['“kind”', 'a typographic "“" (U+201C) where JSON needs """'],
    ['”kind”', 'a typographic "”" (U+201D) where JSON needs """'],
  ]) {
    const { problems } = await check(editingText('en', 'faq.json', (text) => text.replace('"kind"', quoted)));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.equal(problems[0].replace(/^ROOT\/en\/faq\.json:\d+:3: /, ''), `$: invalid JSON: ${message}`);
  }
});

// Mutation: any space of Unicode's but the two named taken for an unexpected character. An em space
// (U+2003) pasted from a web page is a space to its editor.
test('a space of another width between the items of JSON is named as a space', async () => {
  const { problems } = await check(editingText('en', 'faq.json', (text) => text.replace('"kind": "faq",', '"kind": "faq",\u2003')));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/en\/faq\.json:\d+:\d+: \$: invalid JSON: a space other than an ordinary one \(U\+2003\) where JSON needs an ordinary space$/);
});

// Mutation: a run compared as a run only when both are (`&&` for `||`). A translation that dropped
// the only link of a run was told it "has 1 items, the reference 3", not what it lost.
test('a translation that drops the only link of a run is told the link is missing', async () => {
  const { problems } = await check(
    editing('zh-CN', 'faq.json', (document) => {
      const run = document.entries[11].answer[0].content;
      document.entries[11].answer[0].content = [run.map((part) => (typeof part === 'string' ? part : part.text)).join('')];
    }),
  );
  assert.deepEqual(problems, [
    'ROOT/zh-CN/faq.json: $.entries[11].answer[0].content: its links and emphasis differ: expected [link to /support/legal/privacy-statement/], found [] (reference: ROOT/en/faq.json)',
  ]);
});

// Mutation: the numbers of a run's text as a whole not compared. A number changed in a sentence
// with a link passed, where one in a sentence without a link is reported.
test('a number changed in a run of text with a link is reported at the run', async () => {
  const { problems } = await check((root) => {
    editing('en', 'faq.json', (document) => (document.entries[11].answer[0].content[2] += ' Requests are answered within 30 days.'))(root);
    editing('zh-CN', 'faq.json', (document) => (document.entries[11].answer[0].content[2] += '请求将在 60 天内得到答复。'))(root);
  });
  assert.deepEqual(problems, ['ROOT/zh-CN/faq.json: $.entries[11].answer[0].content: its numbers differ: 60 here, 30 in the reference: one of them is wrong (reference: ROOT/en/faq.json)']);
});

// Mutation: "em" dropped from the inline kinds. A run with only an emphasis, which a translation
// splits into fewer parts, was told it "has 2 items, the reference 3".
test('a run with an emphasis may split into other parts in a translation', async () => {
  const { problems } = await check((root) => {
    editing('en', 'faq.json', (document) => (document.entries[0].answer[0].content = ['Read it ', { type: 'em', text: 'carefully' }, ' before you sign.']))(root);
    editing('zh-CN', 'faq.json', (document) => (document.entries[0].answer[0].content = [{ type: 'em', text: '请仔细' }, '阅读后再签署。']))(root);
  });
  assert.deepEqual(problems, []);
});

// Mutation: a translation without lang told to give it when its reference has none either. lang is
// optional (docs/content.md): a folder that leaves it out everywhere passes.
test('documents without lang in every locale pass', async () => {
  const { code, problems } = await check(editingEach('faq.json', (document) => delete document.lang));
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// Mutation: "exceptions" dropped from the lists whose parts are no link target. A link to an
// exception passed, and went nowhere on the page: the timeline has no element by its id.
test('a link to #id of an exception names it as no link target', async () => {
  const { problems } = await check((root) => {
    for (const [locale, text] of [['en', 'free trials'], ['zh-CN', '免费试用']]) {
      editing(locale, 'retention-policy.json', (document) => document.phases[0].description[0].content.push({ type: 'link', text, href: '#free-trials' }))(root);
    }
  });
  assert.deepEqual(problems.map((line) => line.replace(/^ROOT\/(en|zh-CN)\//, '')), [
    'retention-policy.json: $.phases[0].description[0].content[1].href: "#free-trials" names an exception: only FAQ entries and policy sections and subsections are link targets',
    'retention-policy.json: $.phases[0].description[0].content[1].href: "#free-trials" names an exception: only FAQ entries and policy sections and subsections are link targets',
  ]);
});

// Mutations: "business" (or "working") dropped from the kinds of days, and the retention
// period's name matched in lower case only. "60 business days" and "Retention period: 60 days."
// passed beside a period of 90.
test('a stale retention period in business days, or at the start of a sentence, is reported', async () => {
  const texts = {
    en: ['21Vianet stores your Customer Data for 60 business days (the retention period).', 'Retention period: 60 days.', 'The retention period is 60 working days.'],
    'zh-CN': ['世纪互联会将您的客户数据存储 60 个工作日（即保留期）。', '保留期：60 天。', '保留期为 60 个日历日。'],
  };
  const { problems } = await check(
    editingEach('retention-policy.json', (document, locale) => {
      document.phases[3].description = texts[locale].map((text) => ({ type: 'paragraph', content: [text] }));
    }),
  );
  assert.deepEqual(
    problems.sort(),
    ['en', 'zh-CN'].flatMap((locale) =>
      [0, 1, 2].map((paragraph) => `ROOT/${locale}/retention-policy.json: $.phases[3].description[${paragraph}].content[0]: says 60 days of the retention period, but it is 90 days ($.retentionPeriodDays): one of them is wrong`),
    ),
  );
});

// Mutation: "of the end of" dropped from the days counted from the period. "Within 30 days of the
// end of the retention period", as contracts write it, was told it "says 30 days of the retention period".
test('days counted "of the end of the retention period" are not its length', async () => {
  const texts = {
    en: '21Vianet deletes all Customer Data within 30 days of the end of the retention period.',
    'zh-CN': '世纪互联将在保留期结束后 30 天内删除所有客户数据。',
  };
  const { code, problems } = await check(editingEach('retention-policy.json', (document, locale) => (document.phases[3].description[0].content = [texts[locale]])));
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// Mutation: a document without $schema taken as one whose $schema is right. An editor shows no help
// for it: it is told what to write, as a wrong one is.
test('a document without $schema is told what to write', async () => {
  const { code, problems } = await check(editingEach('faq.json', (document) => delete document.$schema));
  assert.equal(code, 1);
  assert.deepEqual(problems, ['en', 'zh-CN'].map((locale) => `ROOT/${locale}/faq.json: $.$schema: should be "../schema/faq.schema.json" so editors can help`));
});

// Mutation: the space after a closing quote not skipped. A quote inside text before a space
// ("the "retention period " …") was "a comma is expected between two items".
test('a quote inside text before a space gets the fix for the quote', async () => {
  const { problems } = await check(editingText('en', 'faq.json', (text) => text.replace('"What role does Microsoft', '"What role does " Microsoft')));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^ROOT\/en\/faq\.json:\d+:\d+: \$: invalid JSON: a text ends at the " before this: a quote inside text is written \\"$/);
});

// Mutation: the scheme of a full-width colon compared in lower case only. "Https：//…", as a phone's
// keyboard capitalises it, was told it reads as a file's name ("./Https：//…").
test('a capitalised scheme with a full-width colon is told how to write it as an address', async () => {
  const { problems } = await check(editing('en', 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = 'Https\uFF1A//example.com/privacy')));
  assert.deepEqual(problems, ['ROOT/en/faq.json: $.entries[11].answer[0].content[1].href: link target not allowed: a full-width "：" (U+FF1A) after "Https": write "Https://example.com/privacy"']);
});

// Mutations: `item !== ''` dropped from where white space alone is explained. Empty text is "must not
// be empty", as docs/content.md shows it, not "must contain visible text" with a space's advice.
test('empty text is told it must not be empty', async () => {
  const { problems } = await check(
    editing('en', 'faq.json', (document) => {
      document.entries[3].question = '';
      document.entries[1].answer[0].content = [{ type: 'strong', text: 'No' }, '', { type: 'em', text: 'replication' }];
    }),
  );
  assert.deepEqual(problems, ['ROOT/en/faq.json: $.entries[1].answer[0].content[1]: must not be empty', 'ROOT/en/faq.json: $.entries[3].question: must not be empty']);
});

// Mutations: the thousands separator kept in a number, or not read in a translation. "4,000" in
// English is "4,000" or "4000" in Chinese: the same number.
test('a number with a thousands separator is the same number with or without it', async () => {
  const { problems } = await check((root) => {
    editing('en', 'faq.json', (document) => {
      document.entries[0].answer[0].content[0] += ' Up to 4,000 requests.';
      document.entries[1].answer[0].content[0] += ' Up to 4,000 requests.';
    })(root);
    editing('zh-CN', 'faq.json', (document) => {
      document.entries[0].answer[0].content[0] += '最多 4000 个请求。';
      document.entries[1].answer[0].content[0] += '最多 4,000 个请求。';
    })(root);
  });
  assert.deepEqual(problems, []);
});

// Mutations: "&" dropped from what may follow a language in an address, and "_" from between its
// parts. "?locale=en_US&view=full" is "?locale=zh_CN&view=full" in the Chinese document.
test('a translation may link to its own language given in a query with an underscore, before another parameter', async () => {
  const { problems } = await check((root) => {
    editing('en', 'navigation.json', (document) => (document.pages[0].breadcrumb[0].href = 'https://example.com/trust/?locale=en_US&view=full'))(root);
    editing('zh-CN', 'navigation.json', (document) => (document.pages[0].breadcrumb[0].href = 'https://example.com/trust/?locale=zh_CN&view=full'))(root);
  });
  assert.deepEqual(problems, []);
});

// Mutation: the fragment compared with its "#". Every link to an FAQ entry or a policy section was
// "links to no id of this document": the shipped content has none, and no test had one.
test('a link to #id of an FAQ entry or a policy section passes', async () => {
  const { code, problems } = await check((root) => {
    editingEach('faq.json', (document) => (document.entries[11].answer[0].content[1].href = '#faq-regulatory-compliance'))(root);
    editingEach('policy-sections.json', (document) => (document.intro[0].content[1].href = `#${document.sections[1].subsections[3].id}`))(root);
  });
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});

// Mutation: "www." matched in lower case only. "WWW.example.com/privacy", typed with caps lock, was
// told to be a complete URL, not how to write it.
test('an address typed as WWW. without its scheme is told how to write it', async () => {
  const { problems } = await check(editing('en', 'faq.json', (document) => (document.entries[11].answer[0].content[1].href = 'WWW.example.com/privacy')));
  assert.deepEqual(problems, [
    'ROOT/en/faq.json: $.entries[11].answer[0].content[1].href: link target not allowed: "WWW.example.com/privacy" opens a page under the current one: write "https://WWW.example.com/privacy" (or, for a file of that name, "./WWW.example.com/privacy")',
  ]);
});

// Mutation: 没有 dropped from the words that deny a period. "没有保留期" (there is none) with when the
// data goes ("7 天内") was told it "says 7 days of the retention period".
test('a text that says in other words there is no retention period may give other days', async () => {
  const texts = {
    en: 'For Limited Offerings there is no retention period: 21Vianet may delete Customer Data within 7 days.',
    'zh-CN': '有限产品没有保留期：世纪互联可能会在 7 天内删除客户数据。',
  };
  const { code, problems } = await check(editingEach('retention-policy.json', (document, locale) => (document.exceptions[1].description[0].content = [texts[locale]])));
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
});
