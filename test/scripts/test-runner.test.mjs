// scripts/test.mjs runs the Node tests alongside the browser phases: CI is green only if its exit
// code says every part passed, so a failure in the part running alongside must not be lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '../../scripts/test.mjs';

const node = (code) => [process.execPath, '-e', code];
/** A phase that leaves `file` behind, to tell that it ran (a phase's output goes to the terminal). */
const leaves = (file, exitCode = 0) => node(`require('fs').writeFileSync(${JSON.stringify(file)}, ''); process.exit(${exitCode})`);

async function outcome(options) {
  let output = '';
  const code = await runTests({ ...options, write: (text) => (output += text) });
  return { code, output };
}

function inTempFolder(body) {
  const folder = mkdtempSync(join(tmpdir(), 'test-runner-'));
  return body(folder).finally(() => rmSync(folder, { recursive: true, force: true }));
}

test('passes when the background and every phase pass, and prints the background output', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({ background: node("console.log('node tests ok')"), phases: [leaves(join(folder, 'a')), leaves(join(folder, 'b'))] });
    assert.equal(code, 0);
    assert.match(output, /node tests ok/);
    assert.ok(existsSync(join(folder, 'a')) && existsSync(join(folder, 'b')), 'both phases ran');
  }));

test('fails when only the background fails, after every phase ran, and says so', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({
      background: node("console.log('1 failing node test'); process.exit(3)"),
      phases: [leaves(join(folder, 'a')), leaves(join(folder, 'b'))],
    });
    assert.equal(code, 1);
    assert.match(output, /1 failing node test/);
    assert.match(output, /failed \(exit code 3\)/);
    assert.ok(existsSync(join(folder, 'b')), 'the last phase ran');
  }));

test('fails when a phase fails, skips the phases after it, and still waits for the background', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({
      background: node("setTimeout(() => console.log('background done'), 300)"),
      phases: [leaves(join(folder, 'a'), 2), leaves(join(folder, 'b'))],
    });
    assert.equal(code, 1);
    assert.match(output, /background done/);
    assert.match(output, /exit code 2/);
    assert.ok(!existsSync(join(folder, 'b')), 'the phase after the failed one did not run');
  }));

test('a background that cannot start fails the run', async () => {
  const { code, output } = await outcome({ background: ['/nonexistent/command'], phases: [node('')] });
  assert.equal(code, 1);
  assert.match(output, /ENOENT/);
});
