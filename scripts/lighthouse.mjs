// npm run lighthouse: Lighthouse 12 on each demo page (after npm run build), mobile and desktop
// presets, with Debian's Chromium. Records performance and accessibility scores and the page-load
// metrics in BENCHMARKS.md (between the lighthouse markers).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browsers.mjs';

const pages = ['data-location.html', 'privacy-control.html', 'faq.html', 'product.html'].filter((page) => existsSync(`demo/${page}`));
const server = await startStaticServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const rows = [];
try {
  for (const page of pages) {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const result = await lighthouse(
        `${origin}/demo/${page}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        config,
      );
      const { categories, audits } = result.lhr;
      const row = {
        page,
        preset,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        failed: Object.values(audits)
          .filter((audit) => audit.score === 0 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
      };
      rows.push(row);
      console.log(`${page.padEnd(22)} ${preset.padEnd(8)} performance ${row.performance}  accessibility ${row.accessibility}  CLS ${row.cls.toFixed(3)}  LCP ${row.lcp.toFixed(0)} ms  TBT ${row.tbt.toFixed(0)} ms ${row.failed.length ? `failed: ${row.failed.join(', ')}` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}

const section = `<!-- lighthouse -->
## Lighthouse (demo pages)

Written by \`npm run lighthouse\` (Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, Debian Chromium, headless; the mobile preset
simulates a slow 4G connection and a 4x slower CPU, the desktop preset a fast one). Goal: 100 and 100.

| page | preset | performance | accessibility | CLS | LCP (ms) | TBT (ms) | failed audits |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.map((row) => `| ${row.page} | ${row.preset} | ${row.performance} | ${row.accessibility} | ${row.cls.toFixed(3)} | ${row.lcp.toFixed(0)} | ${row.tbt.toFixed(0)} | ${row.failed.join(', ') || '—'} |`).join('\n')}
<!-- /lighthouse -->`;
const current = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n\n<!-- lighthouse -->\n<!-- /lighthouse -->\n';
writeFileSync('BENCHMARKS.md', current.replace(/<!-- lighthouse -->[\s\S]*<!-- \/lighthouse -->/, section));
console.log('wrote the Lighthouse section of BENCHMARKS.md');
