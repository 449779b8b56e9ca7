// The browsers every script and test drives: Debian's chromium and firefox-esr (installed by
// scripts/install-browsers.sh), with the same options everywhere.

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
