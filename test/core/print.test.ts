import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { contentWidgets, inChromium, mount, resetKit, shadow, visibleText } from '../helpers.js';

/*
 * Trust-center pages are printed and saved as PDF for vendor-risk records. On paper a widget must
 * take the layout that fits the paper, not the one the window had, keep each heading with what
 * follows it and each row or phase whole, and write out where every link leads.
 *
 * Chromium only: its DevTools protocol switches the media type, so the screen-only rules stop
 * applying as they do when printing. Firefox's and WebKit's drivers cannot (the FAQ's own print
 * test applies that widget's print rules by hand in every browser).
 */

async function printed<T>(check: () => T | Promise<T>): Promise<T> {
  await emulateMedia({ media: 'print' });
  try {
    return await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

async function inColumn(width: number, tag: string, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const column = document.createElement('div');
  column.dataset.print = '';
  column.style.width = `${width}px`;
  document.body.append(column);
  return mount<HTMLElement>(tag, attributes, {}, column);
}

describe('print', function () {
  this.timeout(30_000);
  before(function () {
    if (!inChromium) this.skip();
  });
  afterEach(async () => {
    for (const column of document.querySelectorAll('[data-print]')) column.remove();
    await resetKit();
  });

  it('prints the regions as a table even from a narrow window, and keeps each row whole', async () => {
    const widget = await inColumn(320, 'tc-data-location');
    const table = shadow(widget).querySelector('table')!;
    const row = shadow(widget).querySelector('tbody tr')!;
    expect(getComputedStyle(table).display, 'stacked on screen').to.equal('block');
    await printed(() => {
      expect(getComputedStyle(table).display).to.equal('table');
      expect(getComputedStyle(row).breakInside).to.equal('avoid');
    });
  });

  it('prints the timeline down the page even from a wide window, no phase or exception split', async () => {
    const widget = await inColumn(1280, 'tc-retention-timeline');
    const timeline = shadow(widget).querySelector('.timeline')!;
    expect(getComputedStyle(timeline).display, 'across on screen').to.equal('grid');
    await printed(() => {
      expect(getComputedStyle(timeline).display).to.equal('block');
      for (const part of shadow(widget).querySelectorAll('.phase, .exception')) expect(getComputedStyle(part).breakInside).to.equal('avoid');
    });
  });

  it('prints the calculated answer with the end date written out, not the field or the days left', async () => {
    const widget = await inColumn(800, 'tc-retention-timeline', { 'end-date': '2026-01-31', today: '2026-02-10' });
    const root = shadow(widget);
    const shown = (selector: string) => getComputedStyle(root.querySelector(selector)!).display !== 'none';
    expect(shown('.printed-end-date'), 'written-out end date on screen').to.equal(false);
    await printed(() => {
      expect(shown('input'), 'date field').to.equal(false);
      expect(shown('.days-left'), 'days left').to.equal(false);
      expect(shown('.printed-end-date')).to.equal(true);
      expect(visibleText(root.querySelector('.printed-end-date'))).to.equal('January 31, 2026');
      expect(visibleText(root.querySelector('.deletion-date'))).to.equal('May 1, 2026.');
    });
  });

  // The breadcrumb has no heading.
  for (const [tag, attributes] of contentWidgets.filter(([tag]) => tag !== 'tc-breadcrumb')) {
    it(`<${tag}> keeps its headings with what follows them on paper`, async () => {
      const widget = await mount<HTMLElement>(tag, attributes);
      const headings = [...shadow(widget).querySelectorAll('h2, h3, h4, h5, h6')];
      expect(headings.length).to.be.above(0);
      await printed(() => {
        for (const heading of headings) expect(getComputedStyle(heading).breakAfter, heading.textContent!).to.equal('avoid');
      });
    });
  }

  it('writes out where each link leads, relative ones made absolute, and not in the breadcrumb', async () => {
    const sidebar = await mount<HTMLElement>('tc-sidebar', { page: 'privacy-control' });
    const faq = await mount<HTMLElement>('tc-faq', {});
    const breadcrumb = await mount<HTMLElement>('tc-breadcrumb', { page: 'privacy-control' });
    const links = [sidebar, faq].flatMap((widget) => [...shadow(widget).querySelectorAll('a')]);
    expect(links.some((link) => !/^[a-z]+:/.test(link.getAttribute('href')!)), 'the content has relative links').to.equal(true);
    const after = (link: Element) => getComputedStyle(link, '::after').content;
    expect(after(links[0]), 'nothing on screen').to.equal('none');
    await printed(() => {
      for (const link of links) expect(after(link), link.getAttribute('href')!).to.equal(`" (${new URL(link.getAttribute('href')!, document.baseURI).href})"`);
      for (const link of shadow(breadcrumb).querySelectorAll('a')) expect(after(link)).to.equal('none');
    });
  });
});
