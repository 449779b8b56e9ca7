// npm run test:scripts: scripts/browsers.mjs's startWebKitDriver, which npm test's WebKit run
// and check:browsers use, leaves nothing running behind it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { WEBKIT_DRIVER_PATH } from '../../scripts/browsers.mjs';

/** Live (not zombie) processes whose parent is `parent`. */
function liveChildren(parent) {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .flatMap((pid) => {
      try {
        // pid (comm) state ppid …: comm may hold spaces, so read after its closing parenthesis.
        const [state, ppid] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return Number(ppid) === parent && state !== 'Z' ? [Number(pid)] : [];
      } catch {
        return [];
      }
    });
}

const alive = (pid) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

// From a review: a test run killed with SIGTERM (a CI job cancelled, `kill` on the runner) ended
// Node without its 'exit' event, and Xvfb, WebKitWebDriver and its MiniBrowser ran on, each run
// adding five processes (Chromium and Firefox are closed by puppeteer on SIGTERM).
test('a process killed while WebKit runs leaves neither the driver nor Xvfb behind', { skip: !existsSync(WEBKIT_DRIVER_PATH) && `no ${WEBKIT_DRIVER_PATH}` }, async () => {
  const env = { ...process.env };
  delete env.DISPLAY; // Xvfb too, as in CI
  const runner = spawn(process.execPath, ['--input-type=module', '-e', "const { startWebKitDriver } = await import('./scripts/browsers.mjs'); console.log((await startWebKitDriver()).port); setInterval(() => {}, 1000);"], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    runner.stdout.once('data', (data) => resolve(Number(data)));
    runner.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  assert.ok((await fetch(`http://127.0.0.1:${port}/status`)).ok, 'the driver answers');
  const started = liveChildren(runner.pid);
  assert.equal(started.length, 2, 'Xvfb and the driver');
  const exited = new Promise((resolve) => runner.once('exit', resolve));
  runner.kill('SIGTERM');
  await exited;
  for (let waited = 0; started.some(alive) && waited < 3000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const left = started.filter(alive);
  for (const pid of left) process.kill(pid);
  assert.deepEqual(left, []);
});
