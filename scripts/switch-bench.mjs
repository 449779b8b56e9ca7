// npm run bench:switch (after npm run build): how long a reader waits for Chinese after clicking
// 简体中文 on a throttled network, with and without the switch's prefetch, and the layout shift
// that counts (a switch over more than 500 ms after the click moves the page without recent input).
// Writes the section between the switch markers of BENCHMARKS.md.
//
// demo/privacy-control.html (four content widgets and the switch), loaded at full speed; then the
// network is throttled to one of Chrome's presets, the pointer moves onto 简体中文, rests there
// (0 ms: moved and pressed at once), and presses. Measured in the page from the press to every
// widget ready in Chinese. "Without" is the same page with navigator.connection.saveData set, which
// the kit honours by not prefetching: the same script, the same run, rounds alternating.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';
import { chromiumLaunchOptions } from './browsers.mjs';

const rounds = Number(process.env.ROUNDS ?? 7);
// Chrome DevTools' presets (throughput in bytes per second).
const networks = {
  'Slow 4G': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  'Fast 3G': { latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
};
const rests = [0, 100, 300];
const page = 'privacy-control';

const server = await startStaticServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch(chromiumLaunchOptions());
const version = await browser.version();

async function sample(network, rest, prefetch) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    if (!prefetch) await tab.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    await tab.goto(`${origin}/demo/${page}.html`, { waitUntil: 'networkidle0' });
    await tab.evaluate(() => {
      window.countedShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.countedShift += entry.value;
      }).observe({ type: 'layout-shift' });
    });
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...networks[network] });
    const centre = await tab.evaluate(() => {
      const buttons = document.querySelector('tc-locale-switch').shadowRoot.querySelectorAll('button');
      const box = [...buttons].find((button) => button.lang === 'zh-CN').getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await tab.mouse.move(centre.x, centre.y);
    if (rest) await new Promise((resolve) => setTimeout(resolve, rest));
    // The clock starts in the page, at the press.
    await tab.evaluate(() => addEventListener('pointerdown', () => (window.pressedAt = performance.now()), { once: true, capture: true }));
    await tab.mouse.down();
    await tab.mouse.up();
    const waited = await tab.evaluate(
      () =>
        new Promise((resolve) => {
          const check = () => {
            const widgets = [...document.querySelectorAll('[status]')].filter((widget) => widget.localName.startsWith('tc-'));
            const chinese = widgets.every((widget) => widget.getAttribute('status') === 'ready' && widget.shadowRoot.querySelector('.root')?.lang === 'zh-CN');
            if (chinese) resolve(performance.now() - window.pressedAt);
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    // Shifts come with the frame that shows the last widget's content.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { waited, shift: await tab.evaluate(() => window.countedShift) };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};
const rows = [];
try {
  for (const network of Object.keys(networks)) {
    for (const rest of rests) {
      const samples = { without: [], with: [] };
      for (let round = 0; round < rounds; round++) {
        // Alternated, and each round's order flipped, so neither side always goes first.
        const order = round % 2 ? ['with', 'without'] : ['without', 'with'];
        for (const side of order) samples[side].push(await sample(network, rest, side === 'with'));
      }
      const row = {
        network,
        rest,
        without: median(samples.without.map((s) => s.waited)),
        with: median(samples.with.map((s) => s.waited)),
        shiftWithout: median(samples.without.map((s) => s.shift)),
        shiftWith: median(samples.with.map((s) => s.shift)),
      };
      rows.push(row);
      console.log(`${network.padEnd(8)} rest ${String(rest).padStart(3)} ms: without prefetch ${row.without.toFixed(0)} ms (shift ${row.shiftWithout.toFixed(3)}), with ${row.with.toFixed(0)} ms (shift ${row.shiftWith.toFixed(3)})`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const section = `<!-- switch -->
## Locale switch on a slow network (ms)

Written by \`npm run bench:switch\` (${version}, headless). demo/${page}.html, its widgets shown in
English at full speed; then Chrome's network preset, the pointer onto 简体中文, a rest there (0: moved
and pressed at once; a finger's tap gives the switch about 100 ms between touching and lifting), and
the press. Time from the press to every widget ready in Chinese,
and the layout shift that counts toward CLS (what moves more than 500 ms after the press), medians of
${rounds} each. "Without prefetch" is the same page with \`navigator.connection.saveData\` set, which the
kit honours by loading nothing before the press ([Switching](docs/locales.md#switching)).

| network | pointer rests | without prefetch | with prefetch | layout shift counted, without | with |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => `| ${row.network} | ${row.rest} ms | ${row.without.toFixed(0)} | ${row.with.toFixed(0)} | ${row.shiftWithout.toFixed(3)} | ${row.shiftWith.toFixed(3)} |`).join('\n')}
<!-- /switch -->`;
const current = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n';
// Where it was; else before the Lighthouse section; else at the end.
writeFileSync(
  'BENCHMARKS.md',
  /<!-- switch -->[\s\S]*<!-- \/switch -->/.test(current)
    ? current.replace(/<!-- switch -->[\s\S]*<!-- \/switch -->/, section)
    : current.includes('<!-- lighthouse -->')
      ? current.replace('<!-- lighthouse -->', `${section}\n\n<!-- lighthouse -->`)
      : `${current.trimEnd()}\n\n${section}\n`,
);
console.log('wrote the locale switch section of BENCHMARKS.md');
