// npm run test:scripts: the figures the README and the guides quote from BENCHMARKS.md are its own.
// npm run bench, bench:switch and lighthouse rewrite BENCHMARKS.md; the sentences that quote it are
// written by hand, and were left behind: docs/embedding.md gave the portal's largest paint as 1.31
// to 1.47 s, "see BENCHMARKS.md", where the run recorded there measured 1.26 to 1.34 s. (The README's
// render times, the first figures it quotes, are package-files.test.mjs's.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const benchmarks = readFileSync('BENCHMARKS.md', 'utf8');
/** A document with its line breaks as spaces, as a sentence reads across them. */
const read = (path) => readFileSync(path, 'utf8').replace(/\s+/g, ' ');

/** The rows of the table under the heading that starts with `title`, as arrays of cells. */
function table(title) {
  const section = benchmarks.split('\n## ').find((text) => text.startsWith(title));
  assert.ok(section, `BENCHMARKS.md has a section "${title}"`);
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
  return rows.slice(1).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

function expectIn(path, texts) {
  const text = read(path);
  const missing = texts.filter((expected) => !text.includes(expected));
  assert.deepEqual(missing, [], `${path} should say these, as BENCHMARKS.md has it`);
}

test('the locale switch on a slow network: the README and docs/locales.md quote BENCHMARKS.md', () => {
  // network, rest, without, with, shift without, shift with
  const rows = table('Locale switch on a slow network');
  const row = (network, rest) => {
    const found = rows.find(([name, pause]) => name === network && pause === `${rest} ms`);
    assert.ok(found, `BENCHMARKS.md has a row for ${network} at ${rest} ms`);
    return { without: found[2], with: found[3], shiftWithout: Number(found[4]), shiftWith: Number(found[5]) };
  };
  const [slow300, fast300, slow100, fast100] = [row('Slow 4G', 300), row('Fast 3G', 300), row('Slow 4G', 100), row('Fast 3G', 100)];
  const shift = (value) => (value === 0 ? '0' : String(value));
  expectIn('README.md', [
    `with the pointer resting 300 ms on 简体中文, ${slow300.without} → ${slow300.with} ms on Slow 4G and ${fast300.without} → ${fast300.with} ms on Fast 3G`,
    `the layout shift that counts falls from ${shift(fast300.shiftWithout)} to ${shift(fast300.shiftWith)}`,
    `a tap's 100 ms gives ${slow100.without} → ${slow100.with} and ${fast100.without} → ${fast100.with} ms`,
  ]);
  // "where the switch then ends within 500 ms of the click": with prefetch, at 300 ms on Fast 3G.
  assert.ok(Number(fast300.with) < 500, `Fast 3G, 300 ms, with prefetch: ${fast300.with} ms, not within 500 ms as the README says`);
  expectIn('docs/locales.md', [`the switch showed Chinese ${slow300.with} ms after the click instead of ${slow300.without} ms`]);
});

test('Lighthouse: the README and docs/embedding.md quote BENCHMARKS.md', () => {
  // page, preset, performance, accessibility, CLS, LCP, TBT, failed audits
  const rows = table('Lighthouse').map(([page, preset, performance, accessibility, , lcp]) => ({ page, preset, performance, accessibility, lcp: Number(lcp) }));
  const portal = rows.filter((row) => row.page !== 'product.html');
  const product = (preset) => rows.find((row) => row.page === 'product.html' && row.preset === preset).performance;
  assert.ok(portal.length === 6 && rows.length === 8, 'BENCHMARKS.md scores three portal pages and the product page, on two presets');
  const mobile = portal.filter((row) => row.preset === 'mobile').map((row) => row.lcp);
  const seconds = (ms) => (ms / 1000).toFixed(2);
  const paint = `${seconds(Math.min(...mobile))} to ${seconds(Math.max(...mobile))} s`;
  expectIn('README.md', [`simulated largest paint ${paint} on mobile`, `the product page ${product('desktop')} on desktop and ${product('mobile')} on mobile`]);
  expectIn('docs/embedding.md', [`at ${paint} in the last run of \`npm run lighthouse\``]);
  assert.deepEqual(rows.filter((row) => row.accessibility !== '100').map((row) => row.page), [], 'README: "Lighthouse accessibility 100 on every demo page"');
  assert.deepEqual(portal.filter((row) => row.performance !== '100').map((row) => `${row.page} ${row.preset}`), [], 'README: "performance 100 on both presets on the portal pages"');
});

test('render times and layout shift: the README and docs/widgets.md quote BENCHMARKS.md', () => {
  // contender, median, min, max, ratio, interval, ratio of the medians, goal
  const kit = (title) => table(title).find(([contender]) => contender === '`<tc-faq>`' || contender === '`<tc-data-location>`');
  const faqRatio = Number(kit('FAQ with 1,000 entries')[4]);
  const chinese = kit('Regions table with 500 rows, in Chinese')[4];
  expectIn('docs/widgets.md', [`${faqRatio.toFixed(1)} times as long in the last run of \`npm run bench\``]);
  expectIn('README.md', [`the same table in Chinese ${chinese}× (no goal of its own)`]);
  // page, language, …, worst CLS
  const shifts = table('Demo portal pages').map((cells) => Number(cells.at(-1)));
  assert.equal(shifts.length, 6, 'BENCHMARKS.md loads the three portal pages in two languages');
  assert.ok(shifts.every((value) => value === 0), `README: "layout shift 0 on the three portal pages in English and in Chinese"; BENCHMARKS.md: ${shifts.join(', ')}`);
  expectIn('README.md', ['layout shift 0 on the three portal pages in English and in Chinese']);
});
