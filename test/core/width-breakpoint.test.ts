import { expect } from '@esm-bundle/chai';
import { install } from '@sinonjs/fake-timers';
import '../../src/index.js';
import { frames, mount, resetKit, shadow, shippedDocument } from '../helpers.js';

/*
 * The two widgets that switch layouts with their width, on a page that watches the element around
 * them with a ResizeObserver of its own: a layout grid, a chart, an embed script that sizes its
 * frame by the body. The switch, made while the observers reported, resized what the page watched
 * after its report: the page got "ResizeObserver loop completed with undelivered notifications",
 * which error monitors log as an error of the page, in Chromium, Firefox and WebKit alike.
 */
const widgets: Array<[tag: string, document: string, isWide: (widget: Element) => boolean]> = [
  ['tc-data-location', 'data-locations', (widget) => getComputedStyle(shadow(widget).querySelector('tbody td')!).display === 'table-cell'],
  ['tc-retention-timeline', 'retention-policy', (widget) => shadow(widget).querySelector('ol.timeline')!.classList.contains('across')],
];

describe('layouts that follow the width', () => {
  afterEach(resetKit);

  for (const [tag, document, isWide] of widgets) {
    it(`<${tag}> switches layouts without a ResizeObserver error on a page that watches its column`, async () => {
      const errors: string[] = [];
      const record = (event: ErrorEvent) => errors.push(event.message);
      addEventListener('error', record);
      const column = window.document.createElement('div');
      column.style.width = '1000px';
      window.document.body.append(column);
      const columnHeights = new Set<number>();
      const pageObserver = new ResizeObserver(([entry]) => columnHeights.add(Math.round(entry.contentRect.height)));
      pageObserver.observe(column);
      try {
        const widget = await mount<HTMLElement>(tag, { src: `/content/{locale}/${document}.json` }, {}, column);
        const settled = async () => {
          await frames();
          await frames();
        };
        await settled();
        expect(isWide(widget), 'wide at 1000 px').to.equal(true);
        column.style.width = '400px';
        await settled();
        expect(isWide(widget), 'stacked at 400 px').to.equal(false);
        column.style.width = '1000px';
        await settled();
        expect(isWide(widget), 'wide again at 1000 px').to.equal(true);
        // The page heard each switch: the column's height changed with the widget's layout.
        expect(columnHeights.size, 'heights the page heard').to.be.at.least(2);
        expect(errors).to.deep.equal([]);
      } finally {
        pageObserver.disconnect();
        removeEventListener('error', record);
        column.remove();
      }
    });
  }

  // A widget in a tab panel, an accordion or a dialog is laid out first when it is shown: the
  // frame that shows it must already have its layout (the reader sees the other one flash, and
  // Chromium counts a layout shift where no click came just before).
  for (const [tag, document, isWide] of widgets) {
    it(`<${tag}> shown after display: none is drawn in its layout from the first frame`, async () => {
      const column = window.document.createElement('div');
      column.style.width = '1000px';
      column.style.display = 'none';
      window.document.body.append(column);
      try {
        const widget = await mount<HTMLElement>(tag, { src: `/content/{locale}/${document}.json` }, {}, column);
        await frames();
        await new Promise((resolve) => setTimeout(resolve, 50));
        // Shown in a task: the next frame lays it out and paints it. In the frame after, before
        // what the widget asked for in between runs, its layout is the one that frame painted.
        const paintedWide = new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(isWide(widget)))),
        );
        column.style.display = '';
        expect(await paintedWide, 'wide at 1000 px in the frame that shows it').to.equal(true);
      } finally {
        column.remove();
      }
    });
  }

  // A page that narrows the column right after the widget first rendered (a layout script, a
  // sidebar that opens on load, or the scrollbar its content brings on Windows): the first frame
  // must have the layout of the width it is laid out at, or the reader sees the other one flash and
  // Chromium counts a layout shift on load. (Firefox: a reader's minimum font size, the same way.)
  for (const [tag, document, isWide] of widgets) {
    it(`<${tag}> narrowed before its first frame is drawn stacked from that frame`, async () => {
      const column = window.document.createElement('div');
      column.style.width = '1000px';
      window.document.body.append(column);
      try {
        const widget = window.document.createElement(tag) as HTMLElement & { content: unknown; updateComplete: Promise<unknown> };
        widget.content = await shippedDocument('en', `${document}.json`);
        column.append(widget);
        await widget.updateComplete;
        expect(isWide(widget), 'rendered wide at 1000 px').to.equal(true);
        const paintedWide = new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(isWide(widget)))),
        );
        column.style.width = '400px';
        expect(await paintedWide, 'wide at 400 px in its first frame').to.equal(false);
      } finally {
        column.remove();
      }
    });
  }

  /** A wide widget (1000 px) in a column of the page, laid out, its observer's first report read. */
  async function wideInColumn(tag: string, document: string, isWide: (widget: Element) => boolean) {
    const column = window.document.createElement('div');
    column.style.width = '1000px';
    window.document.body.append(column);
    const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(tag, { src: `/content/{locale}/${document}.json` }, {}, column);
    await frames();
    await frames();
    expect(isWide(widget), 'wide at 1000 px').to.equal(true);
    return { column, widget };
  }

  for (const [tag, document, isWide] of widgets) {
    // Lit updates a widget out of the page too (a framework that keeps a view's elements while it is
    // hidden, and sets their properties). Measured there, the widget has no width, and it showed
    // its narrow layout when put back, until the next frame.
    it(`<${tag}> is wide at once when put back after it was changed out of the page`, async () => {
      const { column, widget } = await wideInColumn(tag, document, isWide);
      try {
        widget.remove();
        widget.setAttribute('heading-level', '3');
        await widget.updateComplete;
        column.append(widget);
        await widget.updateComplete;
        expect(isWide(widget), 'as it is put back').to.equal(true);
      } finally {
        column.remove();
      }
    });

    // Taken out of the page after its observer reported a new width, before the next frame in which
    // the width is read (a page's own observer that moves it, a drag to another list): read there,
    // it had no width, and the widget showed its narrow layout when put back, until the next frame.
    it(`<${tag}> is wide at once when put back after it was taken out between a new width and the next frame`, async () => {
      const { column, widget } = await wideInColumn(tag, document, isWide);
      let reports = 0;
      const pageObserver = new ResizeObserver(() => reports++ && widget.remove());
      try {
        // Of a set height: taking the widget out must not resize what the page's observer watches.
        column.style.height = '5000px';
        pageObserver.observe(column);
        await frames();
        column.style.width = '900px';
        await frames();
        expect(widget.isConnected, 'taken out by the page').to.equal(false);
        await frames();
        column.append(widget);
        await widget.updateComplete;
        expect(isWide(widget), 'as it is put back').to.equal(true);
      } finally {
        pageObserver.disconnect();
        column.remove();
      }
    });
  }

  // docs/bundling.md tells app teams that under fake timers which fake requestAnimationFrame
  // (Vitest's and Playwright's clocks do by default) a resized widget switches once a frame's time
  // has been advanced: the observer's report waits for the next frame.
  it('switches under a fake requestAnimationFrame once the clock advances a frame', async () => {
    const column = window.document.createElement('div');
    column.style.width = '1000px';
    window.document.body.append(column);
    const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('tc-data-location', { src: '/content/{locale}/data-locations.json' }, {}, column);
    const isWide = widgets[0][2];
    // The observer's first report, and the frame it is read in, both past.
    await frames();
    await frames();
    const clock = install({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      column.style.width = '400px';
      // Real frames pass, on a timer the clock leaves alone: the observer reports in them.
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(isWide(widget), 'before the clock advances').to.equal(true);
      clock.tick(16);
      await widget.updateComplete;
      expect(isWide(widget), 'once it has advanced 16 ms').to.equal(false);
    } finally {
      clock.uninstall();
      column.remove();
    }
  });
});
