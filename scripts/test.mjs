// npm test, after the build: the Storybook check (its build, then every story and docs page opened
// in Chromium with axe) alongside Chromium's tests, then Firefox ESR's tests, then the Node tests of
// the scripts alongside WebKit's tests.
// Why side by side: a browser phase keeps the machine less than half busy (41 % of two cores for
// Chromium, 46 % Firefox, 50 % WebKit: its tests wait on the browser), and what runs alongside uses
// the idle core, at a lower priority (start(): it must not slow the phase's browser). Measured at
// stop 45: Chromium's tests 129 s alone, with the Node tests 148 s where one after the other took 218 s.
// Why this pairing (stop 50, the same machine, back to back, both parts at the lower priority):
// the Storybook check beside Chromium's tests and the Node tests beside WebKit's took 174 s and
// 124 s (Chromium 164 s, WebKit 101 s), where the other pairing took 168 s and 163 s (the Node
// tests 168 s beside Chromium's 154 s, the Storybook check 163 s beside WebKit's 126 s). Earlier,
// at normal priority in effect (stop 45), the two pairings had taken as long in all.
// Parts alongside start browsers of their own (the Storybook check: two Chromiums; demo-print:
// Chromium and Firefox; webkit-driver: WebKitWebDriver and Xvfb), after the phase's browser is up:
// two browsers starting at once is what once failed on the CI machine, so a start that times out
// points here first.
// Firefox's phase runs alone: its scroll tests had only ever failed on a loaded machine. wtr's
// browsers stay one at a time (see web-test-runner.config.mjs), and what runs alongside has its
// output held and printed whole after the phase's, so neither output is cut into the other.
// Exits with 1 if any part failed; a failed part stops the phases after it, as `&&` did. A failed
// phase's failed tests are repeated at the end: CI's record of a run keeps only its last lines, which
// the held output fills (stop 46's CI failed in Chromium's phase with only the Node tests' lines to show).
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { getPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setAutogroupNice } from './browsers.mjs';

/**
 * Starts [command, ...args]: `done` resolves to its exit code and its output, `output()` gives what
 * it wrote so far, `child` is the process and `end()` stops it. With `hold`, the output is only
 * kept; otherwise it is also written as it comes, by `write`. With `nice`, it runs at that lower
 * priority, in a session of its own (below).
 */
function start([command, ...args], { hold = false, write, nice } = {}) {
  // Linux shares the CPU between sessions (autogroups) before it looks at nice values: a niced part
  // in npm test's session took half the CPU from the browser of the phase, which puppeteer starts in
  // a session of its own. In its own session, whose autogroup has the nice value too, the part takes
  // what the browser leaves idle. WebKit's tests beside the Storybook check: 186 s, then 128 s.
  const child = spawn(nice === undefined ? command : 'nice', nice === undefined ? args : ['-n', String(nice), command, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: nice !== undefined,
  });
  // nice adds to this process's own value, at most 19; so does the autogroup's.
  if (nice !== undefined) setAutogroupNice(child.pid, Math.min(19, getPriority() + nice));
  let output = '';
  const keep = (text) => {
    output += text;
    if (!hold) write(text);
  };
  // Decoded per stream, so that a character split between two chunks (wtr's ❌) arrives whole.
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', keep);
  const done = new Promise((resolve) => {
    child.on('error', (error) => {
      keep(`${command}: ${error.message}\n`);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
  // A part in a session of its own is a process group of its own too, which a signal to npm test's
  // group (.ci/run's stop) does not reach: it is ended whole.
  const end = () => {
    try {
      if (nice !== undefined && child.pid) process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return { child, done, output: () => output, end };
}

/** The priority of what runs alongside a phase: it must not slow the browser of the phase. */
const alongsideNice = 10;

/** The most lines repeated at the end for a failed phase: CI's record of stop 46's run kept its last 135. */
const mostLinesRepeated = 80;

/** The most lines of a failed file's browser logs repeated: the last ones, nearest its failure. */
const mostLogLinesRepeated = 20;

/**
 * What a reader of a failed phase needs at the end of the log, where CI's summary of a run shows
 * only its last lines, below the output of what ran alongside: each failed test (wtr marks it ❌)
 * with its error, under the name of its file and after the browser logs of that file (the
 * console's side of the story: the ResizeObserver reports web-test-runner.config.mjs writes before
 * a loop error). A phase that failed without a failed test (a browser that did not start, a build
 * error) gives its last lines instead.
 */
export function whatFailed(output) {
  // wtr redraws its progress bar with terminal escapes; what is left is its plain text.
  const lines = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/);
  const failed = [];
  /** The file wtr reports on, with its browser logs, until a failure of it is repeated. */
  let file = null;
  let block = null;
  for (const line of lines) {
    if (/^\S.*:$/.test(line)) {
      // wtr names a test file, unindented, before what it reports of it.
      file = { name: line, logs: [] };
      block = null;
    } else if (line.trimStart().startsWith('❌')) {
      if (file) {
        const { name, logs } = file;
        const cut = logs.length > mostLogLinesRepeated + 1;
        failed.push(name, ...(cut ? [logs[0], `      … ${logs.length - 1 - mostLogLinesRepeated} earlier lines, above`, ...logs.slice(-mostLogLinesRepeated)] : logs));
        file = null;
      }
      failed.push(line);
      block = 'failure';
    } else if (line.trimStart().startsWith('🚧 Browser logs:') && file) {
      file.logs.push(line);
      block = 'logs';
    } else if (line === '') {
      // A block's lines are indented, and blank lines inside an error keep their indentation; an
      // empty line ends the block.
      block = null;
    } else if (block === 'failure') failed.push(line);
    else if (block === 'logs' && file) file.logs.push(line);
  }
  const shown = failed.length > 0 ? failed : lines.filter((line) => line.trim() !== '').slice(-15);
  if (shown.length <= mostLinesRepeated) return shown;
  return [...shown.slice(0, mostLinesRepeated), `… ${shown.length - mostLinesRepeated} more lines, above`];
}

/**
 * Runs `phases` one after the other. A phase is [command, ...args], or { run, alongside } to run
 * `alongside` at the same time, at a lower priority, whose output is printed once both are done.
 * Resolves to the exit code: 0 only if everything ran and passed; a failed phase (or what ran alongside it) stops the
 * phases after it. When `stop` aborts (CI's time limit: SIGTERM), the running parts are ended at
 * once, and what the part alongside held so far is printed: a run cut at its 10 minutes still shows
 * where each part had got to.
 */
export async function runTests({ phases, write = (text) => process.stdout.write(text), stop }) {
  const failures = [];
  const stopped = new Promise((resolve) => (stop?.aborted ? resolve() : stop?.addEventListener('abort', () => resolve(), { once: true })));
  for (const phase of phases) {
    if (failures.length > 0) break;
    const { run: command, alongside } = Array.isArray(phase) ? { run: phase } : phase;
    const started = Date.now();
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    const timed = (promise) => promise.then((result) => ({ ...result, took: seconds() }));
    const beside = alongside && start(alongside, { hold: true, nice: alongsideNice });
    const main = start(command, { write });
    const finished = Promise.all([beside && timed(beside.done), timed(main.done)]);
    const ended = await Promise.race([finished, stopped.then(() => undefined)]);
    if (!ended) {
      const reason = typeof stop.reason === 'string' ? stop.reason : 'a stop';
      write(`\nStopped by ${reason} ${seconds()} into ${command.at(-1)}${beside ? `; what ${alongside.at(-1)}, alongside, had printed:` : ''}\n`);
      if (beside) write(beside.output());
      for (const part of [main, beside]) part?.end();
      failures.push({ summary: `${command.join(' ')}: stopped by ${reason}`, details: whatFailed(main.output()), heading: 'Where it was when it stopped' });
      break;
    }
    const [together, { code, output, took }] = ended;
    // How long each part took, for the next reader of a CI log that nears its 10 minutes.
    write(`\n${command.at(-1)}: ${took}${together ? `; alongside, ${alongside.at(-1)}: ${together.took}` : ''}\n`);
    if (together) {
      write(together.output);
      if (together.code !== 0) failures.push({ summary: `${alongside.join(' ')}: failed (exit code ${together.code})` });
    }
    if (code !== 0) failures.push({ summary: `${command.join(' ')}: failed (exit code ${code})`, details: whatFailed(output) });
  }
  for (const { summary, details, heading = 'What failed' } of failures) {
    if (details) write(`\n${heading}, repeated from above:\n${details.join('\n')}\n\n`);
    write(`${summary}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}

/**
 * runTests for a command line: SIGTERM or SIGINT (CI's time limit, Ctrl+C) stops the run as `stop`
 * does, then exits, even while a part's own children, which the signal may not reach, still hold
 * its output open.
 */
export async function runFromCommandLine(phases) {
  const stop = new AbortController();
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => stop.abort(signal));
  const code = await runTests({ phases, stop: stop.signal });
  if (stop.signal.aborted) process.exit(code);
  process.exitCode = code;
}

// Run, not imported (by its test): compared as real paths, so that a symlinked path runs it too.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  // Under npm, the npm that runs this (spawning npm.cmd on Windows would need a shell).
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const script = (name) => [...npm, 'run', '-s', name];
  await runFromCommandLine([
    // The Storybook of npm test's build (test:storybook would make the locale modules and
    // custom-elements.json again: rewritten while Chromium's tests load them, one could be read half-written).
    { run: script('test:chromium'), alongside: script('test:storybook:built') },
    script('test:firefox'),
    { run: script('test:webkit'), alongside: script('test:scripts') },
  ]);
}
