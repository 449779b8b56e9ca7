// node --test test/scripts/: npm run size (scripts/size-report.mjs) holds every file a reader
// downloads to its ceiling (size-ceilings.json). Run on a copy of dist/ that has grown, in a folder
// of its own, so that the real build is left alone. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** npm run size on a copy of dist/ in which `file` has grown by 2 kB that gzip cannot shrink. */
function sizeReportWithGrown(file) {
  const folder = mkdtempSync(join(tmpdir(), 'size-report-'));
  try {
    cpSync(join(root, 'dist'), join(folder, 'dist'), { recursive: true });
    for (const name of ['node_modules', 'scripts', 'src']) symlinkSync(join(root, name), join(folder, name));
    copyFileSync(join(root, 'size-ceilings.json'), join(folder, 'size-ceilings.json'));
    if (file) appendFileSync(join(folder, file), `\n/*${randomBytes(1500).toString('base64')}*/\n`);
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
