// npm run test:scripts: npm run localize:check (scripts/localize-check.mjs), which stops CI
// before a UI string reaches Chinese readers in English. Run on a copy of xliff/ in a folder of its
// own, as `lit-localize extract` rewrites the file it checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * localize:check with xliff/zh-CN.xlf changed by `edit(text)` and lit-localize.json by `configure(config)`:
 * its exit status, output and the file after it.
 */
function localizeCheck(edit = (text) => text, configure = (config) => config, { extract = true } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'localize-check-'));
  try {
    for (const name of ['node_modules', 'src']) symlinkSync(join(root, name), join(folder, name));
    for (const name of ['tsconfig.json', 'package.json']) copyFileSync(join(root, name), join(folder, name));
    writeFileSync(join(folder, 'lit-localize.json'), JSON.stringify(configure(JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')))));
    cpSync(join(root, 'xliff'), join(folder, 'xliff'), { recursive: true });
    const file = join(folder, 'xliff/zh-CN.xlf');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    // Without the extraction: an `npx` on the PATH that does nothing leaves the file as written.
    let env = process.env;
    if (!extract) {
      mkdirSync(join(folder, 'bin'));
      writeFileSync(join(folder, 'bin/npx'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(folder, 'bin/npx'), 0o755);
      env = { ...process.env, PATH: `${join(folder, 'bin')}:${process.env.PATH}` };
    }
    const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'scripts/localize-check.mjs')], { cwd: folder, encoding: 'utf8', env });
    return { status, stdout, stderr, after: readFileSync(file, 'utf8') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('localize:check passes on the committed translations', () => {
  const { status, stdout, stderr } = localizeCheck();
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^localize: \d+ strings, 0 without a zh-CN translation$/m);
});

// Mutation testing: nothing ran the check, so one that let every untranslated string through, or
// a stale XLIFF file, passed every test. A translator's first day (docs/locales.md): a target that
// dropped the source's placeholder, where the number goes, passed the check ("0 without a zh-CN
// translation"); only `npm run generate` refused it, with lit-localize's own words, and CI failed at
// typecheck. The three mistakes, each in its own unit, go through one run of the check: each run
// extracts the source anew (8 to 14 s), and the Node tests hold up CI's second browser phase.
test('a missing, an empty, and a placeholder-dropping translation each fail the check, named with their source text', () => {
  const { status, stdout, stderr } = localizeCheck((text) =>
    text
      .replace('<target>全部展开</target>', '')
      .replace('<target>重试</target>', '<target> </target>')
      .replace('<target>还剩 <x id="0" equiv-text="${count}"/> 天</target>', '<target>还剩几天</target>'),
  );
  assert.equal(status, 1);
  assert.match(stderr, /^xliff\/zh-CN\.xlf: trans-unit s0498cc358421b4a6 has no zh-CN target: Expand all$/m);
  assert.match(stderr, /^xliff\/zh-CN\.xlf: trans-unit \w+ has no zh-CN target: Try again$/m);
  assert.match(stderr, /^xliff\/zh-CN\.xlf: trans-unit s88c66c364a1588bd: its zh-CN target must keep \$\{count\} as in its source: <x id="0" equiv-text="\$\{count\}"\/> days left$/m);
  assert.match(stdout, /^localize: \d+ strings, 2 without a zh-CN translation$/m);
});

test('an XLIFF file that is not what the source extracts to fails the check', () => {
  // Translated, but its English is not the source's any more: the translation may be of old words.
  const { status, stderr, after } = localizeCheck((text) => text.replace('<source>Expand all</source>', '<source>Expand everything</source>'));
  assert.equal(status, 1);
  assert.match(stderr, /^xliff\/zh-CN\.xlf was out of date with the source; it has been re-extracted: commit it$/m);
  assert.doesNotMatch(stderr, /has no zh-CN target/);
  assert.match(after, /<source>Expand all<\/source>/);
});

// docs/locales.md ("Adding a language"): a target locale added to lit-localize.json gets its XLIFF file from
// `lit-localize extract`, without a translation. The check read xliff/zh-CN.xlf only, and passed.
test('every target locale of lit-localize.json is checked: a new one without translations fails', () => {
  const { status, stdout, stderr } = localizeCheck(undefined, (config) => ({ ...config, targetLocales: [...config.targetLocales, 'ja'] }));
  assert.equal(status, 1);
  assert.match(stderr, /^xliff\/ja\.xlf: trans-unit s0498cc358421b4a6 has no ja target: Expand all$/m);
  assert.match(stdout, /^localize: \d+ strings, 0 without a zh-CN translation$/m);
  assert.match(stdout, /^localize: (\d+) strings, \1 without a ja translation$/m);
});

// lit-localize.json leaves the tests and stories under src/ out of its inputFiles (each extraction
// took twice as long with them): a UI string written there would never reach the XLIFF files, and
// would show in English to a reader of Chinese.
test('no test or story under src/ has a UI string of its own (msg or str from @lit/localize)', () => {
  const { inputFiles } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const excluded = inputFiles.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  assert.deepEqual(excluded, ['src/**/*.test.ts', 'src/**/*.stories.ts'], 'the files this test reads');
  const files = readdirSync(join(root, 'src'), { recursive: true }).filter((name) => /\.(test|stories)\.ts$/.test(name));
  assert.ok(files.length > 10, `found ${files.length} tests and stories`);
  const withStrings = files.filter((name) => /@lit\/localize['"]/.test(readFileSync(join(root, 'src', name), 'utf8')));
  assert.deepEqual(withStrings, [], 'import @lit/localize only in the source: strings here are never extracted');
});

// Found by mutation testing of scripts/localize-check.mjs: each mistake was only ever checked beside
// the others (or beside a missing XLIFF file), so a check that no longer failed on an untranslated
// string, or on a lost placeholder, passed as long as another mistake failed it. Without the
// extraction (each run of it takes seconds), the checks of the file alone, one mistake each; and a
// unit with two placeholders, which the source has none of yet.
const checkOnly = (edit) => localizeCheck(edit, undefined, { extract: false });
const TWO = (target) =>
  `<trans-unit id="s0000000000000two">\n  <source><x id="0" equiv-text="\${count}"/> of <x id="1" equiv-text="\${total}"/> open</source>\n  <target>${target}</target>\n</trans-unit>\n</body>`;

test('without the extraction, the committed translations pass the check', () => {
  const { status, stderr } = checkOnly();
  assert.equal(status, 0, stderr);
});

test('one untranslated string alone fails the check', () => {
  const { status, stdout, stderr } = checkOnly((text) => text.replace('<target>全部展开</target>', ''));
  assert.equal(status, 1, `exit status (stderr: ${stderr})`);
  assert.match(stdout, /^localize: \d+ strings, 1 without a zh-CN translation$/m);
});

test('one translation that lost its placeholder alone fails the check', () => {
  const { status, stderr } = checkOnly((text) => text.replace('<target>还剩 <x id="0" equiv-text="${count}"/> 天</target>', '<target>还剩几天</target>'));
  assert.equal(status, 1, `exit status (stderr: ${stderr})`);
  assert.match(stderr, /trans-unit s88c66c364a1588bd: its zh-CN target must keep \$\{count\}/);
});

test('a translation must keep every placeholder of its source, in whatever order its language puts them', () => {
  const reordered = checkOnly((text) => text.replace('</body>', TWO('共 <x id="1" equiv-text="${total}"/> 项，已展开 <x id="0" equiv-text="${count}"/> 项')));
  assert.equal(reordered.status, 0, `placeholders in another order are kept (stderr: ${reordered.stderr})`);
  const lost = checkOnly((text) => text.replace('</body>', TWO('已展开 <x id="0" equiv-text="${count}"/> 项')));
  assert.equal(lost.status, 1, `exit status (stderr: ${lost.stderr})`);
  assert.match(lost.stderr, /trans-unit s0000000000000two: its zh-CN target must keep \$\{count\} \$\{total\} as in its source/);
  const renamed = checkOnly((text) => text.replace('</body>', TWO('已展开 <x id="0" equiv-text="${count}"/> 项，共 <x id="1" equiv-text="${all}"/> 项')));
  assert.equal(renamed.status, 1, `a placeholder of another name (stderr: ${renamed.stderr})`);
});
