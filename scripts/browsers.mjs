// The browsers every script and test drives: Debian's chromium, firefox-esr and WebKitGTK
// (installed by scripts/install-browsers.sh), with the same options everywhere.
import { writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * As root Chromium needs --no-sandbox; the rest keep it off a network it cannot reach (the machine
 * refuses those connections, many at a time) and off a small /dev/shm in containers.
 */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Puppeteer gives a browser 30 s to print its DevTools address. On a machine that has just
 * installed it (CI), the first start reads some 300 MB from a cold disk; a start is not a test, so
 * it gets longer before it counts as a failure.
 */
export const LAUNCH_TIMEOUT_MS = 120_000;

/** Launch options for puppeteer-core (and @web/test-runner-chrome) in Chromium. */
export const chromiumLaunchOptions = () => ({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS, timeout: LAUNCH_TIMEOUT_MS });

/** Launch options for puppeteer-core (and @web/test-runner-puppeteer) in Firefox ESR. */
export const firefoxLaunchOptions = () => ({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, timeout: LAUNCH_TIMEOUT_MS });

/**
 * WebKit, the engine of Safari and of every browser on iOS: Debian's WebKitGTK, driven over
 * WebDriver (webkit2gtk-driver's WebKitWebDriver starts its MiniBrowser). It has no headless mode,
 * so it draws on a virtual X display (Xvfb) when the machine has none.
 */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_PATH = process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver capabilities for WebKitGTK's MiniBrowser (classic WebDriver: it offers no BiDi). */
export const webkitCapabilities = () => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: WEBKIT_PATH, args: ['--automation'] },
});

/**
 * Starts Xvfb (without a display) and WebKitWebDriver on a free port. Resolves to the driver's
 * port and a function that stops both; they are stopped when this process exits or is killed, too.
 */
export async function startWebKitDriver() {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const children = [];
  const stop = () => children.forEach((child) => child.kill());
  process.once('exit', stop);
  // Killed (a CI job cancelled, kill), Node ends without 'exit': Xvfb, the driver and its browser ran on.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(signal === 'SIGTERM' ? 143 : 129));
  const env = { ...process.env };
  if (!env.DISPLAY) {
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(xvfb);
    env.DISPLAY = `:${await new Promise((resolve, reject) => {
      xvfb.stdout.once('data', (data) => resolve(String(data).trim()));
      xvfb.once('error', (error) => reject(new Error(`Xvfb: ${error.message} (npm run setup:browsers installs xvfb)`)));
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    })}`;
  }
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(driver);
  let failure;
  driver.once('error', (error) => (failure = error.message));
  driver.once('exit', (code) => (failure = `exited with ${code}`));
  // The driver answers /status once it listens.
  for (let waited = 0; ; waited += 50) {
    if (failure) throw new Error(`${WEBKIT_DRIVER_PATH}: ${failure} (npm run setup:browsers installs webkit2gtk-driver)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      if (waited > 10_000) throw new Error(`${WEBKIT_DRIVER_PATH} did not answer on port ${port} within 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, stop };
}

/**
 * Gives a browser this process launched this process's priority: a part that npm test runs
 * alongside a browser phase runs niced, but Linux shares the CPU between sessions (autogroups)
 * before it looks at nice values, and puppeteer starts each browser in a session of its own. A
 * niced Storybook check's two Chromiums took as much CPU as WebKit's tests beside them. Sets the
 * nice value of the browser's autogroup, which its renderers share.
 */
export function sharePriority(browserProcess) {
  const nice = getPriority();
  if (nice > 0) setAutogroupNice(browserProcess?.pid, nice);
}

/** Sets the nice value of the autogroup (Linux) of process `pid`; nothing where there is none. */
export function setAutogroupNice(pid, nice) {
  if (!pid) return;
  try {
    writeFileSync(`/proc/${pid}/autogroup`, String(nice));
  } catch {
    // Not Linux, or a kernel without autogroups: nice values alone.
  }
}
