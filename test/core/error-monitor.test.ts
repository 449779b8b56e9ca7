// First: the monitor is on the page before the kit's code runs, as a host page's is.
import { reportsToPage, takeMonitored } from '../page-monitor.js';
import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { frames, inChromium, mount, mountWidget, resetKit, settled, shadow } from '../helpers.js';

/*
 * What an error monitor on a healthy host page records of the kit (Sentry, Datadog RUM): uncaught
 * errors (ResizeObserver loop errors among them), unhandled rejections, console lines of any
 * level, resources that failed to load, CSP violations, and, in Chromium, deprecation and
 * intervention reports. The kit writes to the console only when something goes wrong
 * (docs/bundling.md, "The console."): where nothing does, the monitor records nothing.
 * (Searching, the calculator, deep links, moves into frames and removal while loading were
 * audited the same way and recorded nothing; each widget's own tests cover them, and mocha fails
 * on their uncaught errors.)
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const nextFrame = (view: Window = window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/** A reader's pointer: onto the element (which prefetches a locale's switch), then a click. */
async function clickOn(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'click', position });
}

describe('what an error monitor on the page records', function () {
  this.timeout(20_000);
  let column: HTMLElement;
  let observer: ResizeObserver;

  beforeEach(async () => {
    column = document.createElement('div');
    document.body.append(column);
    // The page's own watch on the widgets' column and on its body (an embed script that sizes its
    // frame by it).
    observer = new ResizeObserver(() => undefined);
    observer.observe(column);
    observer.observe(document.body);
    await frames();
    takeMonitored();
  });

  afterEach(async () => {
    observer.disconnect();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    column.remove();
    await resetKit();
  });

  it('records nothing as a reader loads every widget and switches to Chinese and back, and the page resizes and moves them', async () => {
    const localeSwitch = (await mountWidget('tc-locale-switch', {})) as Widget;
    column.append(localeSwitch);
    await mount<Widget>('tc-data-location', {}, {}, column);
    const faq = await mount<Widget>('tc-faq', { searchable: '' }, {}, column);
    await mount<Widget>('tc-retention-timeline', { 'end-date': '2025-01-31' }, {}, column);
    await mount<Widget>('tc-policy-sections', {}, {}, column);
    await mount<Widget>('tc-breadcrumb', { page: 'privacy-control' }, {}, column);
    await mount<Widget>('tc-sidebar', { page: 'privacy-control' }, {}, column);
    const widgets = [...column.children] as Widget[];
    const [english, chinese] = shadow(localeSwitch).querySelectorAll('button');
    // Every content widget's new document, not the table's alone: the FAQ's came after it now and
    // then, and the FAQ was still English when read (a CI run in WebKit).
    const allShown = () => Promise.all(widgets.filter((widget) => widget !== localeSwitch).map(settled));
    let shown = allShown();
    await clickOn(chinese);
    await shown;
    await faq.updateComplete;
    expect(shadow(faq).querySelector('[part~="question"]')!.textContent, 'a Chinese question').to.match(/[\u4e00-\u9fff]/);
    shown = allShown();
    await clickOn(english);
    await shown;
    // Across the table's and the timeline's breakpoints.
    for (const width of [320, 1200]) {
      column.style.width = `${width}px`;
      for (let wait = 0; wait < 3; wait++) await nextFrame();
    }
    // A single-page app's keyed list moves them with one append, and a route puts them back.
    const aside = document.createElement('div');
    column.append(aside);
    aside.append(...widgets);
    await frames();
    aside.remove();
    column.append(...widgets);
    // A widget removed while its content loads.
    const loading = document.createElement('tc-faq');
    loading.setAttribute('src', '/fixture/stall?ms=300&error-monitor');
    column.append(loading);
    await new Promise((resolve) => setTimeout(resolve, 50));
    loading.remove();
    await frames();
    expect(takeMonitored()).to.deep.equal([]);
    localeSwitch.remove();
  });

  // Found by this audit: a page that builds a Document Picture-in-Picture window (or a frame) with
  // the FAQ and a language switch creates the switch with its own document and appends it there.
  // Its first connection threw (Lit adopted the kit's document's style sheets into the other
  // document's shadow root, which every browser refuses), uncaught, and it showed nothing.
  it('records nothing as a page puts a locale switch it created into a frame, where it works', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await nextFrame();
    const view = frame.contentWindow!;
    const localeSwitch = document.createElement('tc-locale-switch') as Widget;
    view.document.body.append(localeSwitch);
    await localeSwitch.updateComplete;
    const chinese = localeSwitch.shadowRoot?.querySelector<HTMLButtonElement>('button[lang="zh-CN"]');
    expect(chinese?.textContent, 'its Chinese button').to.equal('简体中文');
    const switched = new Promise((resolve) => localeSwitch.addEventListener('tc-locale-change', resolve, { once: true }));
    chinese!.click();
    await switched;
    localeSwitch.remove();
    await nextFrame();
    expect(takeMonitored()).to.deep.equal([]);
  });

  // The monitor hears what Chromium reports to the page, or its silence above says nothing.
  // (Firefox has a ReportingObserver too, but reports no deprecation of these to the page.)
  it('hears a deprecation report in Chromium (a self-check of the monitor)', async function () {
    if (!inChromium) this.skip();
    expect(reportsToPage).to.equal(true);
    const request = new XMLHttpRequest();
    request.open('GET', '/content/en/faq.json', false);
    request.send();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const records = takeMonitored();
    expect(records.length, records.join('\n')).to.be.greaterThan(0);
  });
});
