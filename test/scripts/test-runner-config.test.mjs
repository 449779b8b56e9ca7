// web-test-runner.config.mjs: Chromium's coverage, whose floor fails the run, is taken of the whole
// suite only. A run of some files would fall under the floor and fail with every test passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');

/** Whether the config takes coverage when wtr is run with `args` (after its own name) in `browsers`. */
function coverage(args, browsers = 'chrom') {
  const folder = mkdtempSync(join(tmpdir(), 'wtr-config-'));
  try {
    // A script of its own: wtr reads its command line from process.argv, past node's and the script's names.
    const probe = join(folder, 'probe.mjs');
    writeFileSync(probe, `const { default: config } = await import(${JSON.stringify(pathToFileURL(join(root, 'web-test-runner.config.mjs')).href)});\nprocess.stdout.write(String(config.coverage));\n`);
    return execFileSync(process.execPath, [probe, '--config', 'web-test-runner.config.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TEST_BROWSERS: browsers } }) === 'true';
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test("Chromium's run of the whole suite takes coverage; Firefox's does not", () => {
  assert.equal(coverage([]), true);
  assert.equal(coverage(['--watch']), true, 'the whole suite, watched');
  assert.equal(coverage([], 'firefox'), false);
});

// Found by a review: only --files and --group were looked for, but wtr takes the files it is given
// by name too (npm run test:chromium -- test/core/copy.test.ts): that run failed at 71 % of lines.
test('a run of some files takes no coverage, however they are named', () => {
  assert.equal(coverage(['--files', 'test/core/copy.test.ts']), false, '--files x');
  assert.equal(coverage(['--files=test/core/copy.test.ts']), false, '--files=x');
  assert.equal(coverage(['test/core/copy.test.ts']), false, 'x');
  assert.equal(coverage(['--watch', 'test/core/copy.test.ts', 'test/core/locale.test.ts']), false, '--watch x y');
});
