// node scripts/acr-probe.mjs (after npm run build): the measurements docs/accessibility.md quotes
// that the browser tests do not make themselves. The seven widgets of the built script on one page
// in Debian's Chromium (CHROMIUM for another binary), driven by puppeteer-core:
// - every Tab stop, at 1280 and 320 px: whether it shows a focus ring (solid, 2 px or more) and
//   the ring's contrast with the page (WCAG 2.4.7, 1.4.11), and whether it is on screen (2.4.11);
// - every target (a, button, input), in English and Chinese at 1280 and 320 px, every FAQ answer
//   open: those under 24 by 24 px, and whether each passes by spacing, a 24 px circle on its centre
//   meeting no other target nor another small target's circle (2.5.8);
// - the reader's default text size at 200 % (Chromium's font-size setting, 32 px): the page's
//   width and any element that cuts off its text (1.4.4).
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer({ mounts: { '/dist/content/': 'content' } });
const base = `http://localhost:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const WIDGETS = `<main><tc-locale-switch></tc-locale-switch><tc-breadcrumb page="data-location"></tc-breadcrumb>
  <tc-data-location></tc-data-location><tc-retention-timeline end-date="2027-01-31"></tc-retention-timeline>
  <tc-policy-sections></tc-policy-sections><tc-faq searchable></tc-faq><tc-sidebar page="data-location"></tc-sidebar></main>`;

/** A page of the demo's origin with only the seven widgets, every one shown, in `locale`. */
async function open({ width, locale = 'en', fontSize }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  if (fontSize) {
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: Math.round(fontSize * 0.8125) } });
  }
  await page.goto(`${base}/demo/index.html`);
  await page.evaluate((markup) => {
    // The demo page's origin, without its stylesheet (which gives the widgets the portal's font).
    for (const sheet of document.querySelectorAll('link[rel="stylesheet"], style')) sheet.remove();
    document.body.innerHTML = markup; // this script's own constant, on a page of the test server
    document.documentElement.lang = 'en';
  }, WIDGETS);
  const ready = (lang) =>
    page.waitForFunction(
      (lang) => [...document.querySelectorAll('main > *')].every((e) => e.localName === 'tc-locale-switch' || (e.getAttribute('status') === 'ready' && e.shadowRoot.querySelector(`.root[lang="${lang}"], [lang="${lang}"]`))),
      {},
      lang,
    );
  await ready('en');
  if (locale !== 'en') {
    await page.evaluate(() => [...document.querySelector('tc-locale-switch').shadowRoot.querySelectorAll('button')].at(-1).click());
    await ready(locale);
  }
  return page;
}

async function tabStops(width) {
  const page = await open({ width });
  await page.evaluate(() => document.querySelector('tc-faq').shadowRoot.querySelector('.question').click());
  const stops = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      if (!focused || focused === document.body) return null;
      const style = getComputedStyle(focused);
      const box = focused.getBoundingClientRect();
      const luminance = (color) =>
        (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const [light, dark] = [luminance(style.outlineColor), 1].sort((a, b) => a - b); // the page is white
      return {
        what: `<${focused.getRootNode().host?.localName}> ${focused.localName} "${(focused.textContent || focused.value || '').trim().slice(0, 24)}"`,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        contrast: (dark + 0.05) / (light + 0.05),
        onScreen: box.bottom > 0 && box.top < innerHeight,
        key: `${focused.localName}|${box.x}|${box.y + scrollY}|${focused.value}`,
      };
    });
    if (!stop || (stops.length && stop.key === stops[0].key)) break; // past the last, or round again
    stops.push(stop);
  }
  await page.close();
  const noRing = stops.filter((s) => !s.ring).map((s) => s.what);
  const offScreen = stops.filter((s) => !s.onScreen).map((s) => s.what);
  const least = Math.min(...stops.map((s) => s.contrast));
  console.log(`Tab stops at ${width} px: ${stops.length}; without a ring: ${noRing.length ? noRing.join(', ') : 'none'}; least ring contrast on white ${least.toFixed(2)}:1; off screen when focused: ${offScreen.length ? offScreen.join(', ') : 'none'}`);
}

async function targets(width, locale) {
  const page = await open({ width, locale });
  await page.evaluate(() => document.querySelector('tc-faq').expandAll());
  const result = await page.evaluate(() => {
    const all = [...document.querySelectorAll('main > *')].flatMap((host) =>
      [...host.shadowRoot.querySelectorAll('a[href], button, input')]
        .map((element) => {
          // A link in a sentence is exempt (2.5.8's "Inline" exception): its block holds other text.
          const block = element.closest('p, li, dd, td');
          const inline = element.localName === 'a' && !!block && block.textContent.trim().length > element.textContent.trim().length + 2;
          return { what: `<${host.localName}> ${element.localName} "${element.textContent.trim().slice(0, 24)}"`, box: element.getBoundingClientRect(), inline };
        })
        .filter(({ box }) => box.width > 0),
    );
    const small = all.filter(({ box, inline }) => !inline && (box.width < 24 || box.height < 24));
    const centre = ({ box }) => [box.x + box.width / 2, box.y + box.height / 2];
    const distance = ([x, y], { box }) => Math.hypot(Math.max(box.x - x, 0, x - box.right), Math.max(box.y - y, 0, y - box.bottom));
    const failing = small.filter((target) =>
      all.some((other) => other !== target && (small.includes(other) ? Math.hypot(...centre(target).map((c, i) => c - centre(other)[i])) < 24 : distance(centre(target), other) < 12)),
    );
    return { count: all.length, inline: all.filter((t) => t.inline).length, small: small.length, smallest: Math.min(...all.map(({ box }) => Math.min(box.width, box.height))), failing: failing.map((t) => t.what) };
  });
  await page.close();
  console.log(
    `Targets, ${locale} at ${width} px: ${result.count}, ${result.inline} of them links in a sentence (exempt), ${result.small} others under 24 px (smallest side ${result.smallest.toFixed(1)} px), failing by spacing: ${result.failing.length ? result.failing.join(', ') : 'none'}`,
  );
}

async function textAt200() {
  const page = await open({ width: 1280, fontSize: 32 });
  await page.evaluate(() => document.querySelector('tc-faq').expandAll());
  const result = await page.evaluate(() => {
    const clipped = [];
    const sizes = new Set();
    for (const host of document.querySelectorAll('main > *')) {
      sizes.add(getComputedStyle(host.shadowRoot.querySelector('.root')).fontSize);
      for (const element of host.shadowRoot.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        if (element.closest('[hidden]') || (box.width <= 1 && box.height <= 1)) continue;
        const hides = (overflow) => overflow === 'hidden' || overflow === 'clip';
        if ((hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) clipped.push(`<${host.localName}> ${element.localName}.${element.className}`);
      }
    }
    return { sizes: [...sizes], width: document.scrollingElement.scrollWidth, clipped };
  });
  await page.close();
  console.log(`Text at 200 % (32 px default) at 1280 px: widgets' text ${result.sizes.join(', ')}; page ${result.width} px wide; cut off: ${result.clipped.length ? result.clipped.join(', ') : 'nothing'}`);
}

try {
  console.log(`Chromium ${(await browser.version()).replace(/^\D+/, '')}, ${base}`);
  for (const width of [1280, 320]) await tabStops(width);
  for (const width of [1280, 320]) for (const locale of ['en', 'zh-CN']) await targets(width, locale);
  await textAt200();
} finally {
  await browser.close();
  server.close();
}
