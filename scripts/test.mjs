// npm test, after the build: the Node tests of the scripts alongside Chromium's tests, then Firefox
// ESR's, then WebKit's.
// Why side by side: a browser phase keeps the machine less than half busy (41 % of two cores for
// Chromium, 46 % Firefox, 50 % WebKit: its tests wait on the browser), and the Node tests (83 s,
// mostly type checks: tsc, vue-tsc, lit-localize) use the idle core. With Chromium's they took
// 128 s where one after the other took 201 s, and CI must stay under 10 minutes. Two of them start
// browsers of their own (demo-print: Chromium and Firefox; webkit-driver: WebKitWebDriver and Xvfb),
// after wtr's Chromium is up: two browsers starting at once is what once failed on the CI machine,
// so a start that times out in Chromium's phase points here first. Firefox's phase waits for the Node tests: its
// scroll tests had only ever failed on a loaded machine. The browsers stay one at a time (see
// web-test-runner.config.mjs), and the Node tests' output is held and printed whole after
// Chromium's, so neither output is cut into the other.
// Exits with 1 if any part failed; a failed part stops the phases after it, as `&&` did.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Runs [command, ...args]; resolves to its exit code, and its output if `hold` (else it is shown). */
function run([command, ...args], { hold = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    if (hold) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve({ code: 1, output: Buffer.concat(chunks) });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }));
  });
}

/**
 * Runs `alongside` while the first of `phases` runs, then the other phases one after the other;
 * each is [command, ...args]. Prints what `alongside` wrote once both are done. Resolves to the exit
 * code: 0 only if everything ran and passed.
 */
export async function runTests({ alongside, phases: [first, ...rest], write = (text) => process.stdout.write(text) }) {
  const [together, firstCode] = await Promise.all([run(alongside, { hold: true }), run(first).then(({ code }) => code)]);
  write(together.output);
  const failures = [];
  if (together.code !== 0) failures.push(`${alongside.join(' ')}: failed (exit code ${together.code})`);
  if (firstCode !== 0) failures.push(`${first.join(' ')}: failed (exit code ${firstCode})`);
  for (const phase of rest) {
    if (failures.length > 0) break;
    const { code } = await run(phase);
    if (code !== 0) failures.push(`${phase.join(' ')}: failed (exit code ${code})`);
  }
  for (const failure of failures) write(`${failure}\n`);
  return failures.length === 0 ? 0 : 1;
}

// Run, not imported (by its test): compared as real paths, so that a symlinked path runs it too.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  // Under npm, the npm that runs this (spawning npm.cmd on Windows would need a shell).
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  process.exitCode = await runTests({
    alongside: [...npm, 'run', '-s', 'test:scripts'],
    phases: [
      [...npm, 'run', '-s', 'test:chromium'],
      [...npm, 'run', '-s', 'test:firefox'],
      [...npm, 'run', '-s', 'test:webkit'],
    ],
  });
}
