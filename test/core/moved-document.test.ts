import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { contentWidgets, mount, nextEvent, quietly, recordFetches, resetKit, shadow, visibleText } from '../helpers.js';
import { prefetchLocale, setLocale } from '../../src/core/locale.js';

/*
 * A page may move a widget into another document: a same-origin frame, or a Document
 * Picture-in-Picture window showing the FAQ beside a call. The browser then drops the shadow root's
 * adopted style sheets (they belong to the document they were made in), and the widget showed
 * unstyled: an inline host, the page's serif font, no focus ring. One created by the kit's page and
 * first connected there threw instead (its document refuses sheets made by the kit's document).
 */

const nextFrame = (view: Window = window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

async function sameOriginFrame(width = 800, height = 600): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  document.body.append(frame);
  await nextFrame();
  return frame.contentWindow!;
}

/**
 * A regions widget in a new same-origin frame, showing a network error, with focus on its Try
 * again button; the fault is healed, so the next load succeeds.
 */
async function failedInFrame(): Promise<{ frame: Window; widget: HTMLElement & { updateComplete: Promise<unknown> }; retry: HTMLButtonElement }> {
  const frame = await sameOriginFrame();
  const key = `frame-focus-${crypto.randomUUID()}`;
  const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(
    'tc-data-location',
    { src: `/fixture/fault/network/${key}/{locale}/data-locations` },
    {},
    frame.document.body,
  );
  const retry = shadow(widget).querySelector<HTMLButtonElement>('button.retry')!;
  retry.focus();
  await fetch(`/fixture/heal/${key}`);
  return { frame, widget, retry };
}

/** What the widget's own styles decide, as the document it is in computes it. */
function styled(element: HTMLElement) {
  const view = element.ownerDocument.defaultView!;
  const root = shadow(element).querySelector('.root')!;
  return { display: view.getComputedStyle(element).display, font: view.getComputedStyle(root).fontFamily };
}

describe('a widget moved into another document', function () {
  this.timeout(30_000);
  afterEach(async () => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    await resetKit();
  });

  // The content widgets; the locale switch stays in the page's own header (locale-switch.ts says why).
  for (const [tag, attributes] of contentWidgets) {
    it(`<${tag}> keeps its styles in a frame, and back on the page`, async () => {
      const element = await mount<HTMLElement>(tag, attributes);
      const onPage = styled(element);
      // Each widget's :host sets its display; unstyled, a custom element is inline.
      expect(onPage.display).not.to.equal('inline');
      expect(onPage.font).to.match(/^system-ui/);

      const frame = await sameOriginFrame();
      frame.document.body.append(element);
      await nextFrame(frame);
      expect(styled(element)).to.deep.equal(onPage);

      document.body.append(element);
      await nextFrame();
      expect(styled(element)).to.deep.equal(onPage);
    });
  }

  // A framework may park a rendered widget in a <template>'s content (a document without a window,
  // which renders nothing and needs no styles) and put it back later. There is no style sheet class
  // to make one from there: without the widget's check for it, the move threw "Sheet is not a
  // constructor", which a page's error monitor would log.
  it('moves into a template\'s content and back without an error, styled again on the page', async () => {
    const errors: string[] = [];
    const record = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', record);
    try {
      const element = await mount<HTMLElement>('tc-faq', {});
      const onPage = styled(element);
      const template = document.createElement('template');
      template.content.append(element);
      document.body.append(element);
      await nextFrame();
      expect(styled(element)).to.deep.equal(onPage);
    } finally {
      window.removeEventListener('error', record);
    }
    expect(errors).to.deep.equal([]);
  });

  it('renders styled when it is first connected in a frame, created by the kit\'s page', async () => {
    const frame = await sameOriginFrame();
    const faq = document.createElement('tc-faq');
    const ready = new Promise((resolve) => faq.addEventListener('tc-ready', resolve, { once: true }));
    frame.document.body.append(faq);
    await ready;
    await nextFrame(frame);
    expect(styled(faq).display).to.equal('block');
    expect(styled(faq).font).to.match(/^system-ui/);
  });

  it('works in the frame: a question opens, and a narrow frame stacks the table', async () => {
    const faq = await mount<HTMLElement>('tc-faq', {});
    const table = await mount<HTMLElement>('tc-data-location', {});
    const frame = await sameOriginFrame(320);
    frame.document.body.append(faq, table);
    await nextFrame(frame);
    await nextFrame(frame);

    const question = shadow(faq).querySelector<HTMLButtonElement>('button.question')!;
    question.click();
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const answer = shadow(faq).getElementById(question.getAttribute('aria-controls')!)!;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    expect(frame.getComputedStyle(answer).display).not.to.equal('none');
    expect(visibleText(answer)).not.to.equal('');

    expect(shadow(table).querySelector('.table-region')!.classList.contains('narrow')).to.equal(true);
  });

  // Found during a mobile audit: a widget that switches its layout by its width (the table, the
  // timeline) in a frame, or a Picture-in-Picture window, that then closed made the page report
  // "ResizeObserver loop completed with undelivered notifications": the kit's window went on
  // observing an element of the closed document. An error monitor on the page logs it.
  it('follows the frame\'s width as it is resized, and reports no ResizeObserver error when the frame goes', async () => {
    const errors: string[] = [];
    const record = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', record);
    try {
      const frame = await sameOriginFrame(320, 2000);
      const table = await mount<HTMLElement>('tc-data-location', {}, {}, frame.document.body);
      const timeline = await mount<HTMLElement>('tc-retention-timeline', {});
      frame.document.body.append(timeline);
      const stacked = () => shadow(table).querySelector('.table-region')!.classList.contains('narrow');
      const layouts: boolean[] = [];
      for (const width of [320, 1000, 320]) {
        frame.frameElement!.setAttribute('width', String(width));
        for (let wait = 0; wait < 5; wait++) await nextFrame(frame);
        layouts.push(stacked());
      }
      expect(layouts).to.deep.equal([true, false, true]);
      frame.frameElement!.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      window.removeEventListener('error', record);
    }
    expect(errors).to.deep.equal([]);
  });

  // From an audit of single-page apps: a timeline moved into a frame with one append went on
  // listening to the page's visibilitychange (it removed its listener from the frame's document),
  // which kept it, removed, alive and updating.
  it('stops listening to the page once the timeline has moved into a frame and been removed', async () => {
    const widget = await mount<HTMLElement & { requestUpdate: () => void }>('tc-retention-timeline', {});
    const frame = await sameOriginFrame();
    frame.document.body.append(widget);
    widget.remove();
    let updates = 0;
    const requestUpdate = widget.requestUpdate.bind(widget);
    widget.requestUpdate = () => {
      updates++;
      requestUpdate();
    };
    document.dispatchEvent(new Event('visibilitychange'));
    expect(updates).to.equal(0);
  });

  // Found while building the reload when the connection is back: in a frame, focus on Try again
  // was lost when the button went (to the frame's <body>), after the button and after the reload
  // alike. The widget looked at the page's document, whose focus is on the frame.
  for (const how of ['Try again', 'the frame\'s online event']) {
    it(`keeps keyboard focus in a widget in a frame through ${how}`, async () => {
      await quietly(async () => {
        const { frame, widget, retry } = await failedInFrame();
        const focused = () => shadow(widget).activeElement?.className ?? `nothing in the widget (<${frame.document.activeElement?.localName}>)`;
        const ready = nextEvent(widget, 'tc-ready');
        if (how === 'Try again') retry.click();
        else frame.dispatchEvent(new Event('online'));
        await widget.updateComplete;
        expect(focused(), 'while it loads').to.equal('loading');
        await ready;
        await widget.updateComplete;
        expect(focused(), 'once shown').to.equal('root');
      });
    });
  }

  // Review of the fix above: a frame the reader has left shows its <body> as focused too, so a
  // slow load after Try again, ended once the reader had gone on to a field of the page around the
  // frame, pulled focus back into the frame (keys typed next went to the widget). Focus stays on
  // the page's field.
  it('leaves focus on the page when the reader left the frame while Try again loaded', async () => {
    await quietly(async () => {
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Search the page');
      document.body.append(field);
      const { widget, retry } = await failedInFrame();
      const fetches = recordFetches(300);
      try {
        const ready = nextEvent(widget, 'tc-ready');
        retry.click();
        await widget.updateComplete;
        expect(shadow(widget).activeElement?.className, 'focus while it loads').to.equal('loading');
        field.focus();
        await ready;
        await widget.updateComplete;
        expect(document.activeElement?.localName, 'focus once shown').to.equal('input');
      } finally {
        fetches.restore();
        field.remove();
      }
    });
  });

  // The ordinary case that must still move focus on: the reader is in another app (turning the
  // network on) when the frame's online event comes, so no document has focus; back in the
  // browser, focus is in the widget, not on the frame's <body>.
  it('keeps focus in a widget in a frame when the connection comes back while the reader is in another app', async () => {
    await quietly(async () => {
      const { frame, widget } = await failedInFrame();
      // What the browser says while another app has the system's focus.
      const documents = [document, frame.document];
      for (const each of documents) each.hasFocus = () => false;
      try {
        const ready = nextEvent(widget, 'tc-ready');
        frame.dispatchEvent(new Event('online'));
        await widget.updateComplete;
        expect(shadow(widget).activeElement?.className, 'focus while it loads').to.equal('loading');
        await ready;
        await widget.updateComplete;
        expect(shadow(widget).activeElement?.className, 'focus once shown').to.equal('root');
      } finally {
        for (const each of documents) Reflect.deleteProperty(each, 'hasFocus');
      }
    });
  });

  // The same audit: a widget in a frame or a Picture-in-Picture window that closed with it inside
  // got no disconnectedCallback. It stayed subscribed to the kit's locale, so every later switch
  // updated it and fetched its document again, and it kept the closed document alive.
  it('lets go of a widget whose frame closed with it inside', async () => {
    const frame = await sameOriginFrame();
    await mount('tc-data-location', { src: '/content/{locale}/data-locations.json?closed-frame' }, {}, frame.document.body);
    frame.frameElement!.remove();
    const fetches = recordFetches();
    try {
      await setLocale('zh-CN');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fetches.urls.filter((url) => url.includes('closed-frame'))).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  // From an embedding audit: a relative src resolved against the kit's page, not against the
  // document the widget is in. A widget in a frame at another path, or one with a <base> of its
  // own, asked for the wrong address and showed "the server answered with an error", while an
  // <img src> beside it found its file. So did the document it prefetched for a switch.
  it('resolves a relative src against the base of the document it is in, for a load and a prefetch', async () => {
    const frame = await sameOriginFrame();
    const base = frame.document.createElement('base');
    // Absolute: Firefox resolves a relative <base href> of an about:blank frame against about:blank, and drops it.
    base.href = `${location.origin}/content/`;
    frame.document.head.append(base);
    const fetches = recordFetches();
    try {
      const widget = await mount('tc-data-location', { src: '{locale}/data-locations.json?frame-base' }, {}, frame.document.body);
      expect(visibleText(shadow(widget).querySelector('[role="alert"]')), 'an alert').to.equal('');
      expect(visibleText(shadow(widget).querySelector('tbody tr'))).to.include('China East');
      prefetchLocale('zh-CN');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const origin = location.origin;
      expect(fetches.urls.filter((url) => url.includes('frame-base'))).to.deep.equal([
        `${origin}/content/en/data-locations.json?frame-base`,
        `${origin}/content/zh-CN/data-locations.json?frame-base`,
      ]);
    } finally {
      fetches.restore();
    }
  });

  // A frame's page kept in the back-forward cache comes back as it was: its widgets hear pagehide
  // (persisted) on the way in, as they would when the frame closes, but must go on following the
  // kit's language once shown again. (The event is the one the browser fires: the test page itself
  // cannot be navigated away and back.)
  it('goes on following the language after its frame\'s page was kept in the back-forward cache', async () => {
    const frame = await sameOriginFrame();
    const widget = await mount('tc-data-location', { src: '/content/{locale}/data-locations.json' }, {}, frame.document.body);
    frame.dispatchEvent(new (frame as typeof window).PageTransitionEvent('pagehide', { persisted: true }));
    frame.dispatchEvent(new (frame as typeof window).PageTransitionEvent('pageshow', { persisted: true }));
    const switched = Promise.race([nextEvent(widget, 'tc-ready'), new Promise((resolve) => setTimeout(resolve, 2000))]);
    await setLocale('zh-CN');
    await switched;
    expect(visibleText(shadow(widget).querySelector('tbody tr'))).to.include('中国东部');
  });

  // The review of that fix: a frame that closed while its widget loaded left the request running,
  // and the widget then rendered, fired tc-ready and (a timeline) armed its midnight timer in the
  // closed document: still connected, to a document without a window.
  it('cancels the request of a widget whose frame closed while it loaded, and stays quiet', async () => {
    const frame = await sameOriginFrame();
    const fetches = recordFetches(400);
    try {
      const widget = document.createElement('tc-data-location');
      widget.setAttribute('src', '/content/en/data-locations.json?frame-closed-loading');
      const heard: string[] = [];
      for (const name of ['tc-ready', 'tc-error']) widget.addEventListener(name, () => heard.push(name));
      frame.document.body.append(widget);
      while (fetches.signals.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      frame.frameElement!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      expect(fetches.signals[0].aborted, 'aborted').to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(heard).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});
