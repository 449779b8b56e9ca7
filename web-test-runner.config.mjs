// @web/test-runner: every test runs in real browsers, Debian's Chromium, Firefox ESR and WebKitGTK.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { fakeTimersModule } from './test/server/fake-timers.mjs';
import { contentFixtures } from './test/server/fixtures.mjs';
import { LAUNCH_TIMEOUT_MS, chromiumLaunchOptions, firefoxLaunchOptions, startWebKitDriver, webkitCapabilities } from './scripts/browsers.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** WebKit over WebDriver, named for its engine in the output (not for the driver's browser, MiniBrowser). */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

// TEST_BROWSERS=chrom, firefox or webkit (comma-separated) runs those only (chrome and chromium too).
const only = process.env.TEST_BROWSERS?.toLowerCase().split(',');
const chosen = (name) => !only || only.some((part) => name.includes(part));
const browsers = [];
if (chosen('chromium chrome')) browsers.push(chromeLauncher({ launchOptions: chromiumLaunchOptions() }));
// A reader's minimum font size (Settings, Fonts, Advanced), for Japanese text only: the kit has no
// Japanese, so only a test that marks a widget's text as Japanese meets it. Firefox draws text at
// that size but leaves the CSS font size, and the ems, as they were (Chromium and WebKit change both).
if (chosen('firefox')) browsers.push(puppeteerLauncher({ launchOptions: { ...firefoxLaunchOptions(), extraPrefsFirefox: { 'font.minimum-size.ja': 24 } } }));
if (chosen('webkit')) {
  const { port } = await startWebKitDriver();
  browsers.push(new WebKitLauncher({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities: webkitCapabilities() }));
}

// One test page at a time in each browser: a page that is not the visible tab gets no keyboard
// focus (Firefox) and no rendering steps (Chromium pauses requestAnimationFrame and ResizeObserver
// there), so keyboard and layout tests failed at random with two pages open. npm test runs the
// browsers one after the other: run side by side (npm run test:browsers, two at a time), Chromium
// and Firefox both failed to start within 30 s on the CI machine, where one at a time always had.
// Chromium reports coverage (the others cannot), of the whole suite only: some files alone would
// fall under its floor (coverageConfig). The command line as wtr reads it (its readCliArgs, which
// @web/test-runner does not export): files are given by --files and by name alike
// (npm run test:chromium -- test/core/copy.test.ts).
const withChromium = chosen('chromium chrome');
const wtrRequire = createRequire(import.meta.url);
const { readCliArgs } = wtrRequire(join(dirname(wtrRequire.resolve('@web/test-runner')), 'config/readCliArgs.js'));
const { files, group } = readCliArgs();
const wholeSuite = files === undefined && group === undefined;

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast and other
 * forced-colour modes; `executeServerCommand('emulate-contrast', { more })`: a reader who asks for
 * more contrast (macOS and iOS Increase contrast, Windows contrast themes), prefers-contrast: more.
 * Through Chrome's protocol: the commands' emulateMedia offers neither.
 */
const mediaFeatureCommands = {
  'emulate-forced-colors': ({ active }) => ['forced-colors', active ? 'active' : 'none'],
  'emulate-contrast': ({ more }) => ['prefers-contrast', more ? 'more' : 'no-preference'],
};
const emulatedMedia = new WeakMap();
const mediaFeaturesCommand = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (!Object.hasOwn(mediaFeatureCommands, command)) return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) throw new Error(`${command} needs Chromium`);
    // Puppeteer's emulateMediaFeatures knows neither feature; the protocol does. The session is
    // kept per page, the emulation ends with the session that set it; and with the features set
    // so far, which each call sends again (the protocol replaces them all).
    let emulated = emulatedMedia.get(page);
    if (!emulated) emulatedMedia.set(page, (emulated = { client: await page.createCDPSession(), features: {} }));
    const [name, value] = mediaFeatureCommands[command](payload);
    emulated.features[name] = value;
    await emulated.client.send('Emulation.setEmulatedMedia', { features: Object.entries(emulated.features).map(([name, value]) => ({ name, value })) });
    return true;
  },
};

/**
 * `executeServerCommand('press-with', { modifier, key })`: a key pressed with a modifier held, in
 * every browser (the commands' sendKeys holds a key down through Chrome's and Firefox's protocols
 * only, not through WebDriver's).
 */
const pressWithCommand = {
  name: 'press-with',
  async executeCommand({ command, payload, session }) {
    if (command !== 'press-with') return undefined;
    const { modifier, key } = payload;
    // WebDriver's keys action presses the keys together, in order, and releases them after.
    if (session.browser.type === 'webdriver') await session.browser.sendKeys(session.id, [modifier, key]);
    else {
      const { keyboard } = session.browser.getPage(session.id);
      await keyboard.down(modifier);
      await keyboard.press(key);
      await keyboard.up(modifier);
    }
    return true;
  },
};

/**
 * `executeServerCommand('computed-accessibility', { path })`: the role and accessible name WebKit
 * gives an element (what VoiceOver reads), through WebDriver's Get Computed Role and Label; in
 * Chromium, its accessibility tree's (over Chrome's protocol; its role names are its own).
 * `path` finds the element: a selector in
 * the page, then one in each shadow root on the way. WebKit decides whether a list without visible
 * markers is a list only when its children change after the list's accessibility object exists,
 * as they do under VoiceOver, which builds the tree while the page renders; so the element's
 * children are changed once (an empty span added and removed) before its role is read.
 */
const chromiumAccessibility = chromiumCommand('computed-accessibility', async (client, payload) => {
  const nodeId = await protocolNodeId(client, payload.path, 'computed-accessibility');
  const { nodes } = await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  return { role: nodes[0]?.role?.value ?? '', label: nodes[0]?.name?.value ?? '' };
});

const computedAccessibilityCommand = {
  name: 'computed-accessibility',
  async executeCommand({ command, payload, session }) {
    if (command !== 'computed-accessibility') return undefined;
    // Chromium: its accessibility tree over Chrome's protocol, the name as a screen reader gets it.
    if (session.browser.type !== 'webdriver') return chromiumAccessibility.executeCommand({ command, payload, session });
    const { driver } = session.browser;
    const [first, ...rest] = payload.path;
    let element = await driver.$(first);
    for (const selector of rest) element = await element.shadow$(selector);
    if (!element.elementId) throw new Error(`computed-accessibility: nothing matches ${payload.path.join(' >> ')}`);
    await driver.getElementComputedRole(element.elementId);
    await driver.execute((target) => new Promise((resolve) => {
      const child = target.appendChild(document.createElement('span'));
      requestAnimationFrame(() => {
        child.remove();
        requestAnimationFrame(resolve);
      });
    }), element);
    return { role: await driver.getElementComputedRole(element.elementId), label: await driver.getElementComputedLabel(element.elementId) };
  },
};

/**
 * A server command run over Chrome's protocol (Chromium only): `run(client, payload, page)` in a
 * protocol session of the test's page, detached after.
 */
function chromiumCommand(name, run) {
  return {
    name,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${name} needs Chromium`);
      const client = await page.createCDPSession();
      try {
        return await run(client, payload, page);
      } finally {
        await client.detach();
      }
    },
  };
}

/**
 * `executeServerCommand('clickable-elements')`: the elements of the page that Chromium says respond
 * to clicks (shadow roots included), `tag.part` each: links that navigate, and any element with a
 * click listener of its own, which browsers expose to assistive technology as clickable (a button
 * without one is not listed). Over Chrome's protocol (DOMSnapshot): Chromium only.
 */
const clickableElementsCommand = chromiumCommand('clickable-elements', async (client) => {
  const { documents, strings } = await client.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
  return documents.flatMap(({ nodes }) =>
    nodes.isClickable.index.map((at) => {
      // Names and values, alternately.
      const attributes = nodes.attributes[at].map((index) => strings[index]);
      const part = attributes.findIndex((name, position) => position % 2 === 0 && name === 'part');
      return strings[nodes.nodeName[at]].toLowerCase() + (part < 0 ? '' : `.${attributes[part + 1]}`);
    }),
  );
});

/**
 * The protocol's node id of the element at `path` (a selector in the page, then one in each shadow
 * root on the way), in a Chromium protocol session: for the commands that read the element there.
 */
async function protocolNodeId(client, path, command) {
  await client.send('DOM.enable');
  await client.send('DOM.getDocument', { depth: 0 });
  const find = (path) => path.slice(1).reduce((element, selector) => element?.shadowRoot?.querySelector(selector), document.querySelector(path[0]));
  const { result } = await client.send('Runtime.evaluate', { expression: `(${find})(${JSON.stringify(path)})` });
  if (!result.objectId) throw new Error(`${command}: nothing matches ${path.join(' >> ')}`);
  return (await client.send('DOM.requestNode', { objectId: result.objectId })).nodeId;
}

/**
 * The fonts Chromium drew an element's own text with, each with its count of glyphs
 * (CSS.getPlatformFontsForNode): a font fallback shows as a second font. `path` is a selector in
 * the page, then one in each shadow root on the way (Chromium only).
 */
const platformFontsCommand = chromiumCommand('platform-fonts', async (client, payload) => {
  const nodeId = await protocolNodeId(client, payload.path, 'platform-fonts');
  // (After DOM.enable, which protocolNodeId sends: the CSS agent needs it.)
  await client.send('CSS.enable');
  const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
});

/**
 * `executeServerCommand('auto-dark-screenshot', { x, y, width, height })`: a PNG (base64) of that
 * part of the page as Chromium draws it with its automatic dark mode (Android Chrome's Darken
 * websites), which darkens at paint time: computed styles do not show it. Emulated only for the
 * screenshot, through Chrome's protocol (DevTools' "Emulate auto dark mode").
 */
const autoDarkScreenshotCommand = chromiumCommand('auto-dark-screenshot', async (client, payload, page) => {
  await client.send('Emulation.setAutoDarkModeOverride', { enabled: true });
  try {
    return await page.screenshot({ clip: payload, encoding: 'base64' });
  } finally {
    await client.send('Emulation.setAutoDarkModeOverride', {});
  }
});

/**
 * `executeServerCommand('collect-garbage')`: a full garbage collection of the test's page, as
 * DevTools' "Collect garbage" button does (HeapProfiler.collectGarbage), for the memory tests that
 * check with a FinalizationRegistry that removed widgets are let go (Chromium only: Firefox and
 * WebKit offer a page no way to force one).
 */
const collectGarbageCommand = chromiumCommand('collect-garbage', (client) => client.send('HeapProfiler.collectGarbage').then(() => true));

/**
 * On every test page, before any test code: the last reports of every ResizeObserver of the page,
 * written to the console when the browser raises "ResizeObserver loop completed with undelivered
 * notifications". mocha fails the test file on that error, and npm test repeats a failed file's
 * browser logs at the end of its output, which is what CI keeps. One WebKit run in about 30 raised
 * it in faults.test.ts, and one fresh-clone CI run failed in Chromium's phase without its output
 * (stop 46): this says next time which widget's probe reported what, and whether the page's width
 * (a scrollbar) changed between reports.
 */
const resizeLogScript = `<script>
  {
    const reports = [];
    const describe = (entry) => {
      const host = entry.target.getRootNode().host;
      const box = entry.contentRect;
      return (host ? host.localName + ' ' : '') + entry.target.localName + '.' + entry.target.className + ' ' + box.width.toFixed(1) + 'x' + box.height.toFixed(1);
    };
    window.ResizeObserver = class extends ResizeObserver {
      constructor(callback) {
        super((entries, observer) => {
          const page = document.documentElement.clientWidth + 'x' + document.documentElement.clientHeight;
          reports.push(Math.round(performance.now()) + ' ms, page ' + page + ': ' + entries.map(describe).join(', '));
          if (reports.length > 12) reports.shift();
          callback(entries, observer);
        });
      }
    };
    addEventListener('error', (event) => {
      if (String(event.message).includes('ResizeObserver loop')) console.warn('The last ResizeObserver reports before "' + event.message + '":\\n' + reports.join('\\n'));
    }, true);
  }
</script>`;

/**
 * The test page: the default one (the framework's module), then mocha's step from one hook or test
 * to the next (Runner.immediately) as a message task. In a browser mocha takes each step with
 * setTimeout, and nested timers wait 4 ms at least: several steps a test. Timeouts, retries and
 * uncaught errors keep their own timers and listeners. Full suite, one browser at a time on a
 * shared 2-core machine: Chromium 165 s to 134, Firefox 125 to 121; WebKit unchanged (102 and 105
 * s before, 106 and 107 after). Chromium only: Firefox gains 3 s, WebKit nothing, and one of about
 * eight full WebKit runs with it failed on a ResizeObserver loop error that no later run, however
 * instrumented, showed again; CI is not the place to find out.
 */
const testRunnerHtml = (framework) => `<!DOCTYPE html><html><head>${resizeLogScript}</head><body><script type="module" src="${framework}"></script>
<script type="module">
  if (navigator.userAgent.includes('Chrome/')) {
    const steps = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => steps.shift()();
    Mocha.Runner.immediately = (step) => channel.port2.postMessage(steps.push(step));
  }
</script></body></html>`;

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  testRunnerHtml,
  nodeResolve: { exportConditions: ['production'] },
  // a11ySnapshot: accessible names as Chromium computes them, which the DOM does not show.
  // fakeTimersModule: @sinonjs/fake-timers, CommonJS, as an ES module (test/server/fake-timers.mjs).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), fakeTimersModule, mediaFeaturesCommand, pressWithCommand, computedAccessibilityCommand, clickableElementsCommand, platformFontsCommand, autoDarkScreenshotCommand, collectGarbageCommand, a11ySnapshotPlugin()],
  middleware: [contentFixtures],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  // The first test page's start includes the browser's (see LAUNCH_TIMEOUT_MS).
  browserStartTimeout: LAUNCH_TIMEOUT_MS,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: withChromium && wholeSuite,
  // Chromium's coverage of the source (22 s of its 137 s): a floor, not a report to read. At stop 41,
  // statements and lines 99.75 %, branches 97.65 %, functions 99.57 %; what is left is mostly other
  // browsers' paths (WebKit's throwing history.replaceState, storage that throws, a frame of another
  // origin). Code that comes without its tests takes the suite under the floor and fails it.
  coverageConfig: {
    threshold: { statements: 99.5, lines: 99.5, branches: 97, functions: 99 },
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
