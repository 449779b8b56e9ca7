// npm test, after the build: the Node tests of the scripts alongside the browser tests, then each
// browser's tests one after the other (Chromium, Firefox ESR, WebKit).
// Why side by side: a browser phase keeps the machine less than half busy (41 % of two cores for
// Chromium, 46 % Firefox, 50 % WebKit: its tests wait on the browser), and the Node tests (83 s,
// mostly tsc and vue-tsc) use the idle core. Together they took 128 s where one after the other
// took 201 s, and CI must stay under 10 minutes. The browsers stay one at a time (see
// web-test-runner.config.mjs), and the Node tests' output is held and printed whole between two
// browser phases, so neither output is cut into the other.
// Exits with 1 if any part failed; a browser phase that fails stops the ones after it, as `&&` did.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs `command` with `args`; resolves to its exit code, with its output held if `hold` is true. */
function run(command, args, { hold = false } = {}) {
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
 * Runs `background` while `phases` run one after the other; each is [command, ...args]. Prints the
 * background's output once it is done and no phase is writing. Resolves to the exit code: 0 only if
 * everything ran and passed.
 */
export async function runTests({ background, phases, write = (text) => process.stdout.write(text) }) {
  let printed = false;
  const pending = run(background[0], background.slice(1), { hold: true });
  let finished;
  pending.then((result) => (finished = result));
  const printBackground = (result) => {
    if (printed) return;
    printed = true;
    write(result.output);
    write(`\n${background.join(' ')}: ${result.code === 0 ? 'passed' : `failed (exit code ${result.code})`}\n`);
  };
  let failedPhase;
  for (const phase of phases) {
    const { code } = await run(phase[0], phase.slice(1));
    if (finished) printBackground(finished);
    if (code !== 0) {
      failedPhase = `${phase.join(' ')}: failed (exit code ${code})`;
      break;
    }
  }
  const backgroundResult = await pending;
  printBackground(backgroundResult);
  if (failedPhase) write(`${failedPhase}\n`);
  return failedPhase || backgroundResult.code !== 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  process.exitCode = await runTests({
    background: [npm, 'run', '-s', 'test:scripts'],
    phases: [
      [npm, 'run', '-s', 'test:chromium'],
      [npm, 'run', '-s', 'test:firefox'],
      [npm, 'run', '-s', 'test:webkit'],
    ],
  });
}
