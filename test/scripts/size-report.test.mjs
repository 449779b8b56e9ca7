// npm run test:scripts: npm run size (scripts/size-report.mjs) holds every file a reader
// downloads to its ceiling (size-ceilings.json). Run on a copy of dist/ that has grown, in a folder
// of its own, so that the real build is left alone. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');

const ceilings = JSON.parse(readFileSync(join(root, 'size-ceilings.json'), 'utf8'));
const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * npm run size on a copy of dist/ in which `file` has grown, by text gzip cannot shrink, to a few
 * bytes past its ceiling: just past it, so that a ceiling enforced with some slack does not pass.
 */
function sizeReportWithGrown(file, { change = () => {}, ceilingsOf = (all) => all, args = [], written = () => {} } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    cpSync(join(root, 'dist'), join(folder, 'dist'), { recursive: true });
    for (const name of ['node_modules', 'scripts', 'src']) symlinkSync(join(root, name), join(folder, name));
    for (const name of ['lit-localize.json', 'tsconfig.json']) cpSync(join(root, name), join(folder, name));
    writeFileSync(join(folder, 'size-ceilings.json'), JSON.stringify(ceilingsOf({ ...ceilings })));
    change(folder);
    if (file) {
      const ceiling = Object.entries(ceilings).find(([output]) => output.startsWith(`${file} `))?.[1];
      assert.ok(ceiling, `${file} has a ceiling in size-ceilings.json`);
      appendFileSync(join(folder, file), '\n//');
      while (gzipped(join(folder, file)) <= ceiling) appendFileSync(join(folder, file), randomBytes(3).toString('base64'));
      assert.ok(gzipped(join(folder, file)) <= ceiling + 10);
    }
    const result = spawnSync(process.execPath, [join(root, 'scripts/size-report.mjs'), ...args], { cwd: folder, encoding: 'utf8' });
    written(folder);
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** npm run size --breakdown on the build as it is, run once for the tests that read its report. */
let asBuilt;
const sizeReportAsBuilt = () => (asBuilt ??= sizeReportWithGrown(undefined, { args: ['--breakdown'] }));

/** The report's table: each output's row, its numbers by column (min, min+gz, no Lit, budget, ceiling). */
function table(stdout) {
  const rows = new Map();
  const lines = stdout.split('\n');
  const width = lines.find((line) => line.startsWith('output '))?.length - 5 * 10; // five columns of 2 + 8
  for (const line of lines) {
    const match = /^(dist\/\S+ \([^)]*\)|floor[^:]*: .*?)\s+(\d+)\s+(\d+)((?:\s+\d*)*)$/.exec(line);
    if (!match) continue;
    const columns = line.slice(width);
    const cell = (index) => Number(columns.slice(index * 10, index * 10 + 10).trim()) || undefined;
    rows.set(match[1].trim(), { min: cell(0), gzipped: cell(1), withoutLit: cell(2), budget: cell(3), ceiling: cell(4) });
  }
  return rows;
}

test('npm run size passes on the build as it is', () => {
  const { status, stderr } = sizeReportAsBuilt();
  assert.equal(status, 0, stderr);
});

// Found by mutation testing of the build: the script's own Chinese strings (dist/locales/zh-CN.js,
// what a script-tag page fetches on a switch to Chinese) had no row and no ceiling; the row named
// "zh-CN UI strings" measured the ES build's copy, which that page never loads. A build that
// bundled a Deferred of @lit/localize's runtime into them (+95 B) passed unnoticed.
for (const file of ['dist/trust-widgets.js', 'dist/locales/zh-CN.js', 'dist/generated/locales/zh-CN.js']) {
  test(`npm run size fails when ${file} grows past its ceiling, and names it`, () => {
    const { status, stderr } = sizeReportWithGrown(file);
    assert.equal(status, 1, `exit status (stderr: ${stderr})`);
    assert.match(stderr, new RegExp(`^${file.replace(/[.]/g, '\\.')}.* past its ceiling`, 'm'));
  });
}

test('npm run size fails on an output without a ceiling, and names it', () => {
  const output = 'dist/locales/zh-CN.js (script tag, zh-CN UI strings on demand)';
  const { status, stderr } = sizeReportWithGrown(undefined, { ceilingsOf: ({ [output]: _dropped, ...others }) => others });
  assert.equal(status, 1, `exit status (stderr: ${stderr})`);
  assert.match(stderr, /^dist\/locales\/zh-CN\.js .* has no ceiling/m);
});

test("npm run size fails when a widget's entry brings another widget along, and names both", () => {
  const change = (folder) => appendFileSync(join(folder, 'dist/widgets/locale-switch/define.js'), "\nimport '../faq/define.js';\n");
  const { status, stderr } = sizeReportWithGrown(undefined, { change });
  assert.equal(status, 1, `exit status (stderr: ${stderr})`);
  assert.match(stderr, /^dist\/widgets\/locale-switch\/define\.js pulls in <tc-faq>/m);
});

// Found by mutation testing of scripts/size-report.mjs: the widgets' own rows were never made to
// grow (a comment in dist/, as above, is minified away when an entry is bundled), so a report that
// no longer held a widget's entry to its ceiling, or measured it without Lit (the "no Lit" figure,
// 5 KB less), passed; so did one that failed an output exactly at its ceiling.
test("npm run size fails when a widget's code grows past its ceiling, measured with Lit, and passes an output exactly at its ceiling", () => {
  const faq = table(sizeReportAsBuilt().stdout).get('dist/widgets/faq/define.js (ES, faq only)');
  const ceiling = ceilings['dist/widgets/faq/define.js (ES, faq only)'];
  assert.ok(faq?.gzipped && faq.withoutLit && ceiling, 'the FAQ entry has a row with its sizes and a ceiling');
  // Random text gzip cannot shrink, in code the minifier keeps: about 0.75 B gzipped a character.
  const grow = ceiling - faq.gzipped + 100;
  assert.ok(faq.withoutLit + grow * 1.5 < ceiling, 'the growth leaves the FAQ under its ceiling without Lit');
  const change = (folder) => appendFileSync(join(folder, 'dist/widgets/faq/faq.js'), `\nglobalThis.grown = "${randomBytes(grow).toString('base64')}";\n`);
  const script = 'dist/trust-widgets.js (script tag, everything)';
  const exactly = (all) => ({ ...all, [script]: gzipped(join(root, 'dist/trust-widgets.js')) });
  const { status, stderr } = sizeReportWithGrown(undefined, { change, ceilingsOf: exactly });
  assert.equal(status, 1, `exit status (stderr: ${stderr})`);
  assert.match(stderr, /^dist\/widgets\/faq\/define\.js \(ES, faq only\) grew to \d+ B, past its ceiling/m);
  assert.doesNotMatch(stderr, /trust-widgets\.js/, 'an output exactly at its ceiling has not grown past it');
});

test("each widget's entry is measured with Lit, and without it in the no-Lit column", () => {
  const rows = table(sizeReportAsBuilt().stdout);
  const floor = [...rows].find(([output]) => output.startsWith('floor:'))?.[1];
  const widgets = [...rows].filter(([output]) => /^dist\/widgets\/.*define\.js/.test(output));
  assert.ok(floor && widgets.length >= 7, `rows read: ${[...rows.keys()].join('; ')}`);
  // Lit is most of the floor (an empty Lit element with @lit/localize).
  for (const [output, { gzipped: withLit, withoutLit }] of widgets) assert.ok(withLit - withoutLit > floor.gzipped / 2, `${output}: ${withLit} B with Lit, ${withoutLit} B without`);
});

test('npm run size -- --update-ceilings writes the ceiling of each output at its size rounded up to the next 100 B', () => {
  let writtenCeilings;
  const { status, stdout, stderr } = sizeReportWithGrown(undefined, {
    args: ['--update-ceilings'],
    ceilingsOf: () => ({}),
    written: (folder) => (writtenCeilings = JSON.parse(readFileSync(join(folder, 'size-ceilings.json'), 'utf8'))),
  });
  assert.equal(status, 0, stderr);
  const rows = [...table(stdout)].filter(([output]) => !output.startsWith('floor'));
  assert.deepEqual(Object.keys(writtenCeilings).sort(), rows.map(([output]) => output).sort(), 'a ceiling for every output, none for the floor');
  for (const [output, { gzipped: size }] of rows) {
    const written = writtenCeilings[output];
    assert.ok(written % 100 === 0 && written >= size && written < size + 100, `${output}: ${size} B, ceiling written ${written}`);
  }
});

test('npm run size -- --strict fails exactly when an output is over its budget, and lists those; --breakdown shares out the script', () => {
  const rows = table(sizeReportAsBuilt().stdout);
  const over = [...rows].filter(([, row]) => row.budget && row.gzipped > row.budget).map(([output]) => output);
  const strict = sizeReportWithGrown(undefined, { args: ['--strict'] });
  assert.equal(strict.status, over.length ? 1 : 0, `exit status with ${over.length} outputs over budget (stderr: ${strict.stderr})`);
  const listed = /over budget \(min\+gzip\):\n((?: {2}.*\n?)*)/.exec(strict.stdout)?.[1].trim().split('\n').map((line) => line.trim().replace(/: \d+ B, budget \d+ B$/, '')) ?? [];
  assert.deepEqual(listed, over);
  // --breakdown: each group's share of the gzipped script; the shares add up to it, give or take rounding.
  const { stdout } = sizeReportAsBuilt();
  const script = rows.get('dist/trust-widgets.js (script tag, everything)').gzipped;
  const shares = [...stdout.slice(stdout.indexOf('where the script')).matchAll(/^ {2}(\S+)\s+(\d+) B$/gm)].map(([, group, bytes]) => [group, Number(bytes)]);
  // In the test's folder, esbuild names src/ and node_modules/ by their real paths (../…/src/widgets/faq/faq): groups of one file.
  assert.ok(shares.some(([group]) => group.includes('src/widgets/faq')) && shares.some(([group]) => group.includes('lit-html')), shares.map(([group]) => group).join(', '));
  const total = shares.reduce((sum, [, bytes]) => sum + bytes, 0);
  assert.ok(Math.abs(total - script) <= shares.length, `the shares add up to ${total} B, the script is ${script} B`);
});
