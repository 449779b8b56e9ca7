// @sinonjs/fake-timers for the test pages. The package is CommonJS (with @sinonjs/commons), which
// the test server serves as it is: a browser cannot import it. Its import is answered with an ES
// module of its API that esbuild bundles once, on the first request (0.1 s).
import { build } from 'esbuild';

const PATH = '/__fake-timers.js';
let bundled;

export const fakeTimersModule = {
  name: 'fake-timers-module',
  resolveImport({ source }) {
    return source === '@sinonjs/fake-timers' ? PATH : undefined;
  },
  async serve({ path }) {
    if (path !== PATH) return undefined;
    bundled ??= build({
      stdin: { contents: "export { createClock, install, timers, withGlobal } from '@sinonjs/fake-timers';", resolveDir: import.meta.dirname },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // Required only where the page has a Node `process` (a guarded require), never in a browser.
      external: ['util'],
      write: false,
      logLevel: 'silent',
    }).then(({ outputFiles }) => outputFiles[0].text);
    return { body: await bundled, type: 'js' };
  },
};
