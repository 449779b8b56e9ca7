// @web/test-runner: every test runs in real browsers, Debian's Chromium and Firefox ESR.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { contentFixtures } from './test/server/fixtures.mjs';

const quietBrowserFlags = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const only = process.env.TEST_BROWSERS?.split(',');
const browsers = [
  chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: quietBrowserFlags } }),
  puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true } }),
].filter((launcher) => !only || only.some((name) => launcher.name.toLowerCase().includes(name)));

// One test page at a time in each browser: a page that is not the visible tab gets no keyboard
// focus (Firefox) and no rendering steps (Chromium pauses requestAnimationFrame and ResizeObserver
// there), so keyboard and layout tests failed at random with two pages open. The two browsers run
// side by side (npm run test:browsers): on two cores that takes 2 minutes instead of 3.5 one after
// the other. Chromium reports coverage (Firefox cannot).
const firefoxOnly = browsers.every((launcher) => launcher.name.toLowerCase().includes('firefox'));

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [contentFixtures],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: !firefoxOnly,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
