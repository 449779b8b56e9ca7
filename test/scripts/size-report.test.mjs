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
function sizeReportWithGrown(file, { change = () => {}, ceilingsOf = (all) => all } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    cpSync(join(root, 'dist'), join(folder, 'dist'), { recursive: true });
    for (const name of ['node_modules', 'scripts', 'src']) symlinkSync(join(root, name), join(folder, name));
    cpSync(join(root, 'lit-localize.json'), join(folder, 'lit-localize.json'));
    writeFileSync(join(folder, 'size-ceilings.json'), JSON.stringify(ceilingsOf({ ...ceilings })));
    change(folder);
    if (file) {
      const ceiling = Object.entries(ceilings).find(([output]) => output.startsWith(`${file} `))?.[1];
      assert.ok(ceiling, `${file} has a ceiling in size-ceilings.json`);
      appendFileSync(join(folder, file), '\n//');
      while (gzipped(join(folder, file)) <= ceiling) appendFileSync(join(folder, file), randomBytes(3).toString('base64'));
      assert.ok(gzipped(join(folder, file)) <= ceiling + 10);
    }
    return spawnSync(process.execPath, [join(root, 'scripts/size-report.mjs')], { cwd: folder, encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('npm run size passes on the build as it is', () => {
  const { status, stderr } = sizeReportWithGrown();
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
