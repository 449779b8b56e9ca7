// scripts/test.mjs runs the Storybook check alongside Chromium's tests, and the Node tests alongside
// WebKit's (the tests below call the part alongside the first phase "the Node tests", which it was
// until stop 50): CI is green only if its exit code says every part passed, so a failure in a part
// running alongside must not be lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runTests, whatFailed } from '../../scripts/test.mjs';

const node = (code) => [process.execPath, '-e', code];
/** A phase that leaves `file` behind, to tell that it ran (a phase's output goes to the terminal). */
const leaves = (file, exitCode = 0) => node(`require('fs').writeFileSync(${JSON.stringify(file)}, ''); process.exit(${exitCode})`);

/** Runs `phases`, the first with `alongside` (as the Node tests run with Chromium's), unless given as { run, alongside }. */
async function outcome({ alongside, phases: [first, ...rest] }) {
  let output = '';
  const code = await runTests({ phases: [alongside ? { run: first, alongside } : first, ...rest], write: (text) => (output += text) });
  return { code, output };
}

function inTempFolder(body) {
  const folder = mkdtempSync(join(tmpdir(), 'test-runner-'));
  return body(folder).finally(() => rmSync(folder, { recursive: true, force: true }));
}

test('passes when the Node tests and every phase pass, and prints what the Node tests wrote', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({ alongside: node("console.log('node tests ok')"), phases: [leaves(join(folder, 'a')), leaves(join(folder, 'b'))] });
    assert.equal(code, 0);
    assert.match(output, /node tests ok/);
    assert.ok(existsSync(join(folder, 'a')) && existsSync(join(folder, 'b')), 'both phases ran');
  }));

test('fails when the Node tests fail, says so, and runs no later phase', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({
      alongside: node("console.log('1 failing node test'); process.exit(3)"),
      phases: [leaves(join(folder, 'a')), leaves(join(folder, 'b'))],
    });
    assert.equal(code, 1);
    assert.match(output, /1 failing node test/);
    assert.match(output, /failed \(exit code 3\)/);
    assert.ok(existsSync(join(folder, 'a')), 'the phase alongside ran');
    assert.ok(!existsSync(join(folder, 'b')), 'the phase after it did not');
  }));

test('the second phase starts only once the Node tests are done, however long they take', () =>
  inTempFolder(async (folder) => {
    const done = join(folder, 'node-tests-done');
    const { code } = await outcome({
      alongside: node(`setTimeout(() => require('fs').writeFileSync(${JSON.stringify(done)}, ''), 1500)`),
      phases: [node(''), node(`process.exit(require('fs').existsSync(${JSON.stringify(done)}) ? 0 : 4)`)],
    });
    assert.equal(code, 0, 'the second phase found the Node tests done');
  }));

// CI's record of a run nears its 10 minutes (547 s at stop 47): each phase says how long it and what
// ran alongside took, where a slower part shows first.
test('says how long each phase, and what ran alongside it, took', async () => {
  const pause = (ms) => node(`setTimeout(() => {}, ${ms})`);
  const { code, output } = await outcome({ alongside: pause(1200), phases: [pause(100), pause(300)] });
  assert.equal(code, 0);
  const lines = output.split('\n').filter((line) => line.includes(' s'));
  assert.equal(lines.length, 2, output);
  const [first, second] = lines.map((line) => [...line.matchAll(/: (\d+\.\d) s/g)].map(([, seconds]) => Number(seconds)));
  assert.equal(first.length, 2, lines[0]);
  assert.ok(first[0] >= 0.1 && first[0] < 1.2, `the first phase: ${lines[0]}`);
  assert.ok(first[1] >= 1.2 && first[1] < 5, `alongside it: ${lines[0]}`);
  assert.equal(second.length, 1, lines[1]);
  assert.ok(second[0] >= 0.3 && second[0] < 5, `the second phase: ${lines[1]}`);
});

test('fails when a phase fails, skips the phases after it, and still waits for the Node tests', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({
      alongside: node("setTimeout(() => console.log('node tests done'), 300)"),
      phases: [leaves(join(folder, 'a'), 2), leaves(join(folder, 'b'))],
    });
    assert.equal(code, 1);
    assert.match(output, /node tests done/);
    assert.match(output, /exit code 2/);
    assert.ok(!existsSync(join(folder, 'b')), 'the phase after the failed one did not run');
  }));

test('a later phase that fails fails the run', () =>
  inTempFolder(async (folder) => {
    const { code, output } = await outcome({ alongside: node(''), phases: [node(''), leaves(join(folder, 'b'), 5)] });
    assert.equal(code, 1);
    assert.match(output, /exit code 5/);
  }));

test('Node tests that cannot start fail the run', async () => {
  const { code, output } = await outcome({ alongside: ['/nonexistent/command'], phases: [node('')] });
  assert.equal(code, 1);
  assert.match(output, /ENOENT|No such file or directory/);
});

// The Node tests run alongside WebKit's phase, the last: they must fail the run as the part alongside
// the first phase does, and must not start before their phase (Firefox's phase, before it, runs alone).
test('a later phase runs what goes alongside it only once the phase before has ended, and its failure fails the run', () =>
  inTempFolder(async (folder) => {
    const firstDone = join(folder, 'first-done');
    const { code, output } = await outcome({
      phases: [
        node(`setTimeout(() => require('fs').writeFileSync(${JSON.stringify(firstDone)}, ''), 800)`),
        {
          run: node(''),
          alongside: node(`console.log('storybook check: ' + (require('fs').existsSync(${JSON.stringify(firstDone)}) ? 'after' : 'during') + ' the phase before'); process.exit(7)`),
        },
      ],
    });
    assert.equal(code, 1);
    assert.match(output, /storybook check: after the phase before/);
    assert.match(output, /failed \(exit code 7\)/);
  }));

// CI's record of a run keeps only its last lines. When Chromium's phase failed at stop 46, they were
// the Node tests' output, printed after the phase, and the failed test could not be known.
const wtrFailure = [
  '\x1b[2K\x1b[1A\x1b[2K\x1b[Gsrc/widgets/faq/faq.test.ts:',
  '',
  ' 🚧 Browser logs:',
  '      [tc-faq 1000 entries] render 106 ms',
  '',
  ' ❌ <tc-faq> > opens an entry',
  '      AssertionError: expected false to equal true',
  '      + expected - actual',
  '      ',
  '      at n4.<anonymous> (src/widgets/faq/faq.test.ts:3:53)',
  '',
  'test/core/locale.test.ts:',
  '',
  ' 🚧 404 network requests:',
  '    - fixture/en-only/zh-CN/faq',
  '',
  'Chrome: |████| 50/50 test files | 1364 passed, 1 failed',
  '',
  'Finished running tests in 154.9s with 1 failed tests.',
].join('\n');

test("a failed phase's failed tests are repeated at the end, below what ran alongside, with their file, its browser logs and their error", async () => {
  const printsFailure = node(`process.stdout.write(${JSON.stringify(wtrFailure)}); process.exit(1)`);
  const { code, output } = await outcome({ alongside: node("for (let i = 0; i < 300; i++) console.log('✔ node test ' + i)"), phases: [printsFailure] });
  assert.equal(code, 1);
  const end = output.slice(output.lastIndexOf('✔ node test 299'));
  assert.match(end, /What failed, repeated from above:\nsrc\/widgets\/faq\/faq\.test\.ts:\n 🚧 Browser logs:\n {6}\[tc-faq 1000 entries\] render 106 ms\n ❌ <tc-faq> > opens an entry\n {6}AssertionError: expected false to equal true\n/);
  assert.match(end, /faq\.test\.ts:3:53\)\n\n[^\n]*: failed \(exit code 1\)\n$/, 'then the failed phase is named, last');
  const repeated = end.slice(end.indexOf('What failed'), end.lastIndexOf('\n\n'));
  assert.doesNotMatch(repeated, /404 network|locale\.test\.ts/, 'only what failed');
});

test('a phase that failed without a failed test has its last lines repeated at the end', async () => {
  const output = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\nError: Could not start Chromium\n';
  const { code, output: printed } = await outcome({ alongside: node("console.log('node tests ok')"), phases: [node(`process.stdout.write(${JSON.stringify(output)}); process.exit(1)`)] });
  assert.equal(code, 1);
  const end = printed.slice(printed.lastIndexOf('node tests ok'));
  assert.match(end, /repeated from above:\nline 26\n[^]*line 39\nError: Could not start Chromium\n/);
  assert.doesNotMatch(end, /line 25\n/);
});

test('a long list of failures is cut, and says how much of it is above', () => {
  const failures = Array.from({ length: 30 }, (_, i) => ` ❌ test ${i}\n      Error: ${i}\n      at a\n      at b\n`).join('\n');
  const lines = whatFailed(`a.test.ts:\n\n${failures}`);
  assert.equal(lines.length, 81);
  assert.equal(lines[0], 'a.test.ts:');
  assert.equal(lines.at(-1), '… 41 more lines, above');
});

test("a failed file's long browser logs are cut to their last lines, and a passing file's are not repeated", () => {
  const logs = Array.from({ length: 50 }, (_, i) => `      log ${i}`).join('\n');
  const lines = whatFailed(`a.test.ts:\n\n 🚧 Browser logs:\n      quiet\n\nb.test.ts:\n\n 🚧 Browser logs:\n${logs}\n\n ❌ fails\n      Error: x\n`);
  assert.deepEqual(lines.slice(0, 4), ['b.test.ts:', ' 🚧 Browser logs:', '      … 30 earlier lines, above', '      log 30']);
  assert.deepEqual(lines.slice(-3), ['      log 49', ' ❌ fails', '      Error: x']);
  assert.ok(!lines.includes('      quiet'));
});

test('a passing run repeats nothing', async () => {
  const { code, output } = await outcome({ alongside: node(''), phases: [node("console.log(' ❌ a name a test chose')")] });
  assert.equal(code, 0);
  assert.doesNotMatch(output, /repeated from above/);
});

// Node 21 and later read each path given to `node --test` as a file or a glob, not as a folder to
// search: `node --test test/scripts/` then ran no test and failed on "Cannot find module
// '/tmp/.../test/scripts'" (Node 22.23 and 24.22), so npm test failed on the Node of every current
// runner. The files are named with a glob instead, which sh expands for every Node version.
test('npm run test:scripts names each Node test file, not their folder', () => {
  const root = join(import.meta.dirname, '../..');
  const command = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['test:scripts'];
  const [program, ...args] = command.split(/\s+/);
  assert.equal(program, 'node');
  const named = args.filter((arg) => !arg.startsWith('-')).flatMap((arg) => {
    // Expanded as sh expands a * in the file name, the only wildcard the command needs.
    if (!arg.includes('*')) return [arg];
    const folder = dirname(arg);
    const pattern = new RegExp(`^${basename(arg).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
    return readdirSync(join(root, folder)).filter((name) => pattern.test(name)).map((name) => `${folder}/${name}`);
  });
  assert.deepEqual(named.filter((path) => !statSync(join(root, path)).isFile()), [], 'named folders, which Node 21+ cannot run');
  const testFiles = readdirSync(join(root, 'test/scripts')).filter((name) => name.endsWith('.test.mjs')).map((name) => `test/scripts/${name}`);
  assert.deepEqual(named.sort(), testFiles.sort());
});

// CI stops a run at its time limit (SIGTERM). npm test then ended at once, and what the part
// alongside had held (the Node tests, the Storybook check) was lost with it: the log could not say
// how far that part had got.
/** Resolves once `condition()` holds; rejects, saying what was awaited, after `ms`. */
async function until(condition, what, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `promise`'s value, or `late` if it has none after `ms`; the timer goes with it, so the file ends as its tests do. */
async function within(promise, ms, late) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(late), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

const isRunning = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('a stopped run ends its parts at once, prints what the part alongside held, and fails', () =>
  inTempFolder(async (folder) => {
    const pidFile = join(folder, 'pids');
    const pids = () => readFileSync(pidFile, { flag: 'a+', encoding: 'utf8' }).trim().split(' ').filter(Boolean).map(Number);
    // Its pid is written once it has printed: the part alongside runs at the lowest priority here.
    const waits = (name) => node(`console.log('${name} so far'); require('fs').appendFileSync(${JSON.stringify(pidFile)}, process.pid + ' '); setInterval(() => {}, 1000)`);
    const stop = new AbortController();
    let output = '';
    try {
      const running = runTests({ phases: [{ run: waits('chromium'), alongside: waits('node tests') }, leaves(join(folder, 'b'))], write: (text) => (output += text), stop: stop.signal });
      await until(() => output.includes('chromium so far') && pids().length === 2, 'both parts to start');
      // What the part alongside printed has reached this process.
      await new Promise((resolve) => setTimeout(resolve, 200));
      stop.abort('SIGTERM');
      const code = await within(running, 10_000, 'still running 10 s after the stop');
      assert.equal(code, 1);
      assert.match(output, /\nStopped by SIGTERM \d+\.\d s into [^\n]*; what [^\n]*, alongside, had printed:\nnode tests so far\n/);
      assert.match(output, /\nWhere it was when it stopped, repeated from above:\nchromium so far\n\n[^\n]*: stopped by SIGTERM\n$/);
      assert.ok(!existsSync(join(folder, 'b')), 'no later phase ran');
      await until(() => !pids().some(isRunning), 'both parts to end', 5000);
    } finally {
      for (const pid of pids()) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }));

// Linux shares the CPU between sessions (autogroups) before it looks at nice values, and the browser
// of a phase runs in a session of its own: niced in npm test's session, the Storybook check took as
// much CPU as WebKit's tests (186 s beside it, 128 s once in a niced session of its own).
test('what runs alongside runs niced, in a session of its own whose autogroup is niced too', { skip: !existsSync('/proc/self/autogroup') && 'no autogroups here' }, async () => {
  const sessionOf = (stat) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
  const report = node(
    "const fs = require('fs'); console.log(JSON.stringify({ nice: require('os').getPriority(), autogroup: fs.readFileSync('/proc/self/autogroup', 'utf8').trim(), stat: fs.readFileSync('/proc/self/stat', 'utf8') }))",
  );
  const { code, output } = await outcome({ alongside: report, phases: [node('')] });
  assert.equal(code, 0);
  const { nice, autogroup, stat } = JSON.parse(output.split('\n').find((line) => line.startsWith('{')));
  // 10 more than this process's (niced itself in npm test, where it runs alongside WebKit's tests).
  const expected = Math.min(19, getPriority() + 10);
  assert.equal(nice, expected);
  assert.match(autogroup, new RegExp(` nice ${expected}$`));
  assert.notEqual(sessionOf(stat), sessionOf(readFileSync('/proc/self/stat', 'utf8')), 'its own session');
});

test('a stopped run ends what the part alongside started, too', () =>
  inTempFolder(async (folder) => {
    const started = join(folder, 'started');
    const beside = node(
      `const child = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); require('fs').writeFileSync(${JSON.stringify(started)}, String(child.pid)); setInterval(() => {}, 1000)`,
    );
    const stop = new AbortController();
    const running = runTests({ phases: [{ run: node('setInterval(() => {}, 1000)'), alongside: beside }], write: () => {}, stop: stop.signal });
    try {
      await until(() => existsSync(started), 'the part alongside to start its child');
      stop.abort('SIGTERM');
      assert.equal(await within(running, 10_000, 'still running 10 s after the stop'), 1);
      await until(() => !isRunning(Number(readFileSync(started, 'utf8'))), 'the child of the part alongside to end', 5000);
    } finally {
      if (existsSync(started) && isRunning(Number(readFileSync(started, 'utf8')))) process.kill(Number(readFileSync(started, 'utf8')), 'SIGKILL');
    }
  }));

test('npm test, sent SIGTERM, prints what was held and exits, though a part left a process that keeps its output open', () =>
  inTempFolder(async (folder) => {
    const leftover = join(folder, 'leftover');
    // The phase starts a process that ignores SIGTERM and shares its output, as a browser a test
    // runner started may.
    const phase = node(
      `const child = require('child_process').spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'inherit' }); require('fs').writeFileSync(${JSON.stringify(leftover)}, String(child.pid)); console.log('phase started'); setInterval(() => {}, 1000)`,
    );
    // It says when it has printed: at the lowest priority (alongside, in npm test), it may print late.
    const besidePrinted = join(folder, 'beside-printed');
    const beside = node(`console.log('storybook check: 12 of 146'); require('fs').writeFileSync(${JSON.stringify(besidePrinted)}, ''); setInterval(() => {}, 1000)`);
    const script = `import { runFromCommandLine } from ${JSON.stringify(new URL('../../scripts/test.mjs', import.meta.url).href)}; await runFromCommandLine(${JSON.stringify([{ run: phase, alongside: beside }])});`;
    const { spawn } = await import('node:child_process');
    const driver = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    driver.stdout.setEncoding('utf8').on('data', (text) => (output += text));
    try {
      await until(() => output.includes('phase started') && existsSync(leftover) && existsSync(besidePrinted), `both parts to start (the phase printed: ${JSON.stringify(output)})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const exited = new Promise((resolve) => driver.on('exit', (code) => resolve(code)));
      driver.kill('SIGTERM');
      const code = await within(exited, 10_000, 'still running after 10 s');
      assert.equal(code, 1);
      assert.match(output, /Stopped by SIGTERM [^\n]*had printed:\nstorybook check: 12 of 146\n/);
    } finally {
      driver.kill('SIGKILL');
      if (existsSync(leftover)) process.kill(Number(readFileSync(leftover, 'utf8')), 'SIGKILL');
    }
  }));
