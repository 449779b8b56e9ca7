// scripts/browsers.mjs: a browser started by a niced part of npm test (the Storybook check, alongside
// Chromium's tests) takes that part's priority, though puppeteer starts it in a session of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';

test('a browser started in a session of its own by a niced process gets its priority', { skip: !existsSync('/proc/self/autogroup') && 'no autogroups here' }, () => {
  // A detached child stands for the browser: puppeteer starts one so.
  const script = `
    import { spawn } from 'node:child_process';
    import { readFileSync } from 'node:fs';
    import { sharePriority } from ${JSON.stringify(new URL('../../scripts/browsers.mjs', import.meta.url).href)};
    const browser = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)'], { detached: true, stdio: 'ignore' });
    const before = readFileSync('/proc/' + browser.pid + '/autogroup', 'utf8').trim();
    sharePriority(browser);
    const after = readFileSync('/proc/' + browser.pid + '/autogroup', 'utf8').trim();
    browser.kill();
    console.log(JSON.stringify({ before, after }));`;
  const { before, after } = JSON.parse(execFileSync('nice', ['-n', '7', process.execPath, '--input-type=module', '-e', script], { encoding: 'utf8' }));
  assert.match(before, / nice 0$/, 'a session of its own starts at nice 0');
  // nice -n 7 adds to this process's value (niced itself in npm test), at most 19.
  assert.match(after, new RegExp(` nice ${Math.min(19, getPriority() + 7)}$`));
});
