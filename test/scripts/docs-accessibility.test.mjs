// npm run test:scripts: docs/accessibility.md, the conformance report, rests each rating on tests it
// names by file and by title ("faq.test.ts `toggles with Enter and Space`"). A test renamed or
// removed leaves the report citing evidence a reviewer cannot find: the FAQ's number-format test
// was renamed a day after the report was written, and the report went on quoting its old title.
// And its summary counts the ratings of its two tables: a criterion rated anew changes both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const GUIDE = 'docs/accessibility.md';
const report = readFileSync(join(root, GUIDE), 'utf8');

/** Every browser test file and the shared helpers, by the name the report gives them (no folder). */
function testFiles() {
  const found = new Map([['helpers.ts', 'test/helpers.ts']]);
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.test.ts')) {
        assert.ok(!found.has(entry.name), `two test files are named ${entry.name}: the report cannot tell them apart`);
        found.set(entry.name, path);
      }
    }
  };
  walk('src');
  walk('test');
  return found;
}

/** The titles of a file's `it(…)` and `describe(…)`, as written in the source (`${…}` included). */
function titles(path) {
  const source = readFileSync(join(root, path), 'utf8');
  const quoted = /\b(?:it|describe)(?:\.only|\.skip)?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  return [...source.matchAll(quoted)].map(([, , title]) => title.replace(/\\(['"`\\])/g, '$1'));
}

/**
 * `[file, title]` for each title the report cites: a code span with a space in it, after a test
 * file's name in the same table cell or paragraph (not a command such as `grep …` or `npm test`).
 */
function citations() {
  const cited = [];
  const prose = report.replace(/^```[\s\S]*?^```/gm, '');
  for (const passage of prose.split(/\||\n\s*\n/)) {
    let file;
    for (const [, name, span] of passage.matchAll(/\b([\w-]+\.test\.ts|helpers\.ts)\b|`([^`]+)`/g)) {
      if (name) file = basename(name);
      else if (file && span.includes(' ') && !/^(grep|node|npm|npx|TEST_BROWSERS)\b/.test(span)) cited.push([file, span]);
    }
  }
  return cited;
}

test(`every test ${GUIDE} names is in the file it names, under that title`, () => {
  const files = testFiles();
  const cited = citations();
  assert.ok(cited.length > 80, `only ${cited.length} test titles found in ${GUIDE}: is the reader of citations broken?`);
  const missing = [];
  for (const [file, title] of cited) {
    const path = files.get(file);
    if (!path) {
      missing.push(`${file}: no such test file`);
      continue;
    }
    // A title the report shortens ends in "…": the test's title starts with the rest.
    const prefix = title.endsWith('…') ? title.slice(0, -1) : undefined;
    const known = titles(path);
    if (!known.some((candidate) => (prefix ? candidate.startsWith(prefix) : candidate === title))) missing.push(`${file}: \`${title}\``);
  }
  assert.deepEqual(missing, [], `${GUIDE} cites tests that are not there (renamed?)`);
});

test(`the summary of ${GUIDE} counts the ratings of its tables`, () => {
  const section = (heading) => report.split(`\n${heading}\n`)[1].split('\n## ')[0];
  const ratings = { A: section('## Level A'), AA: section('## Level AA') };
  const summary = section('## Summary');
  const columns = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];
  const expected = { Total: [0, 0, 0, 0] };
  let criteria = 0;
  for (const [level, table] of Object.entries(ratings)) {
    const rows = table.split('\n').filter((line) => /^\| \d+\.\d+\.\d+ /.test(line));
    assert.ok(rows.length > 20, `Level ${level}: only ${rows.length} criteria found`);
    criteria += rows.length;
    expected[level] = columns.map((rating) => rows.filter((row) => row.split('|')[2].trim() === rating).length);
    expected[level].forEach((count, at) => (expected.Total[at] += count));
    assert.equal(expected[level].reduce((sum, count) => sum + count, 0), rows.length, `Level ${level}: a rating outside ${columns.join(', ')}`);
    assert.match(summary, new RegExp(`^\\| ${level} \\(${rows.length}\\) \\| ${expected[level].join(' \\| ')} \\|$`, 'm'), `summary row for level ${level}: (${rows.length}) ${expected[level].join(', ')}`);
  }
  assert.match(summary, new RegExp(`^\\| Total \\(${criteria}\\) \\| ${expected.Total.join(' \\| ')} \\|$`, 'm'), `summary's total: (${criteria}) ${expected.Total.join(', ')}`);
  assert.match(report, new RegExp(`\\(${criteria} success criteria;`), `the report's standard row: ${criteria} success criteria`);
});
