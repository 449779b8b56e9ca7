// npm run check:browsers: starts each browser the tests drive (Chromium, Firefox, WebKit), one
// after the other, and opens a page in it, before any test runs. In CI this warms the cold start
// of freshly installed browsers, and when a browser cannot start it fails here, with what the
// machine says about itself, instead of as one launch timeout per test file (.ci/run's last line
// names the check that failed: the type check's output, held, comes after this one's).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { LAUNCH_TIMEOUT_MS, WEBKIT_DRIVER_PATH, chromiumLaunchOptions, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from './browsers.mjs';

const browsers = [
  ['Chromium', chromiumLaunchOptions()],
  ['Firefox ESR', firefoxLaunchOptions()],
];

/** What a launch failure needs to be understood: who we are, and the limits a browser may hit. */
function describeMachine() {
  const run = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 }).trim();
    } catch (error) {
      return `(${command} ${args.join(' ')}: ${error.message.split('\n')[0]})`;
    }
  };
  const firstLine = (path) => {
    try {
      return readFileSync(path, 'utf8').split('\n')[0];
    } catch {
      return '(none)';
    }
  };
  return [
    `user: ${run('id', [])}`,
    `processes: ulimit -u ${run('bash', ['-c', 'ulimit -u'])}, pids.max ${firstLine('/sys/fs/cgroup/pids.max')} / ${firstLine('/sys/fs/cgroup/pids/pids.max')}, running ${run('sh', ['-c', 'ps -e --no-headers | wc -l'])}`,
    `memory: ${readFileSync('/proc/meminfo', 'utf8').split('\n').filter((line) => /^(MemTotal|MemAvailable)/.test(line)).join(', ').replace(/\s+/g, ' ')}`,
    `disk: ${run('df', ['-h', tmpdir(), '/dev/shm']).replace(/\n/g, ' | ')}`,
    `load: ${firstLine('/proc/loadavg')}`,
    ...browsers.map(([name, options]) => `${name}: ${run(options.executablePath, ['--version'])}`),
    `WebKit: ${run('dpkg-query', ['-W', 'webkit2gtk-driver', 'libwebkit2gtk-4.1-0']).replace(/\s+/g, ' ')}`,
    `display: ${process.env.DISPLAY ?? '(none: Xvfb is started)'}, Xvfb at ${run('sh', ['-c', 'command -v Xvfb || echo missing'])}`,
  ];
}

let failed = false;
for (const [name, options] of browsers) {
  const started = Date.now();
  try {
    const browser = await puppeteer.launch(options);
    const launched = Date.now() - started;
    const page = await browser.newPage();
    await page.goto('data:text/html,<p>ready</p>');
    const text = await page.$eval('p', (element) => element.textContent);
    const version = await browser.version();
    await browser.close();
    if (text !== 'ready') throw new Error(`the page read "${text}"`);
    console.log(`browsers: ${name} (${version}) started in ${launched} ms and rendered a page`);
  } catch (error) {
    failed = true;
    console.error(`browsers: ${name} at ${options.executablePath} failed after ${Date.now() - started} ms: ${error.message.split('\n')[0]}`);
  }
}
// WebKit over WebDriver (no puppeteer): a session, a page, the page's text, the session closed.
{
  const started = Date.now();
  let driver;
  try {
    driver = await startWebKitDriver();
    const launched = Date.now() - started;
    // A browser that never comes up fails here, as puppeteer's launches do, instead of hanging CI.
    const call = async (method, path, body) => {
      const response = await fetch(`http://127.0.0.1:${driver.port}/session${path}`, { method, body: body && JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(LAUNCH_TIMEOUT_MS) });
      const { value } = await response.json();
      if (!response.ok) throw new Error(`${value.error}: ${value.message}`);
      return value;
    };
    const { sessionId, capabilities } = await call('POST', '', { capabilities: { alwaysMatch: webkitCapabilities() } });
    await call('POST', `/${sessionId}/url`, { url: 'data:text/html,<p>ready</p>' });
    const text = await call('POST', `/${sessionId}/execute/sync`, { script: "return document.querySelector('p').textContent", args: [] });
    await call('DELETE', `/${sessionId}`);
    if (text !== 'ready') throw new Error(`the page read "${text}"`);
    console.log(`browsers: WebKit (${capabilities.browserName} ${capabilities.browserVersion}) driver started in ${launched} ms, browser and page in ${Date.now() - started - launched} ms`);
  } catch (error) {
    failed = true;
    console.error(`browsers: WebKit through ${WEBKIT_DRIVER_PATH} failed after ${Date.now() - started} ms: ${error.message.split('\n')[0]}`);
  } finally {
    driver?.stop();
  }
}
if (failed) {
  console.error(['browsers: this machine:', ...describeMachine().map((line) => `  ${line}`)].join('\n'));
  process.exit(1);
}
