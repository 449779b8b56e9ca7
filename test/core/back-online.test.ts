import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { configureContentStore, contentStoreDefaults } from '../../src/core/content-store.js';
import { mount, nextEvent, quietly, recordFetches, resetKit, settled, shadow, visibleText } from '../helpers.js';

/*
 * A reader on a train: the connection drops while the page loads, and the widgets show "the
 * network is unavailable" (or "took too long"). When the browser says the connection is back (the
 * window's `online` event), they load again by themselves, as Try again would, instead of keeping
 * the alert until the reader finds the button. Errors a reload cannot mend stay as they are.
 */

type Widget = HTMLElement & { status: string; updateComplete: Promise<unknown> };

/**
 * A document that fails with `fault` (network, stall, 404, …) until the test heals it. Healing
 * also gives the loads that follow the store's default timeout: the short one that makes a stall
 * fail fast timed out the reload itself whenever a loaded machine answered in over 500 ms.
 */
function faulty(fault: string, document = 'data-locations') {
  const key = `online-${fault}-${crypto.randomUUID()}`;
  const heal = () => {
    configureContentStore({ timeoutMs: contentStoreDefaults.timeoutMs });
    return fetch(`/fixture/heal/${key}`);
  };
  return { src: `/fixture/fault/${fault}/${key}/{locale}/${document}`, heal, path: `/fixture/fault/${fault}/${key}/` };
}

const online = (view: Window = window) => view.dispatchEvent(new Event('online'));

/** The widget's next tc-ready or tc-error, or 'nothing' after `ms` (an awaited event: 5 s, for a loaded machine). */
function outcome(widget: HTMLElement, ms = 5000): Promise<string> {
  return Promise.race([
    settled(widget).then((event) => event.type),
    new Promise<string>((resolve) => setTimeout(() => resolve('nothing'), ms)),
  ]);
}

/**
 * The widget's next tc-ready or tc-error, or 'nothing' by 0.3 s after `recovered` (a widget beside
 * it that loads again on the same `online`): a load the event started here too would have ended by
 * then. (A fixed second of quiet was 3 s of each browser's phase.)
 */
function outcomeBeside(widget: HTMLElement, recovered: Promise<unknown>): Promise<string> {
  return Promise.race([
    settled(widget).then((event) => event.type),
    recovered.then(() => new Promise<string>((resolve) => setTimeout(() => resolve('nothing'), 300))),
  ]);
}

const regions = (widget: HTMLElement) => visibleText(shadow(widget).querySelector('tbody'));

describe('a widget back online', function () {
  this.timeout(20_000);
  afterEach(resetKit);

  for (const [fault, code] of [
    ['network', 'network'],
    ['stall', 'timeout'],
  ]) {
    it(`loads again by itself after a ${code} error when the connection is back`, async () => {
      await quietly(async () => {
        const { src, heal, path } = faulty(fault);
        // A short timeout for the stalled request only (healing gives the default back): on every
        // request, a loaded machine's healthy loads timed out too (the same in faults.test.ts).
        if (fault === 'stall') configureContentStore({ timeoutMs: 500 });
        const failed = nextEvent<CustomEvent>(document, 'tc-error');
        const widget = await mount<Widget>('tc-data-location', { src });
        expect((await failed).detail.code).to.equal(code);
        await heal();
        const fetches = recordFetches();
        try {
          const next = outcome(widget);
          online();
          expect(await next, 'event after online').to.equal('tc-ready');
          await widget.updateComplete;
          expect(widget.status).to.equal('ready');
          expect(Boolean(shadow(widget).querySelector('[role="alert"]')), 'alert').to.equal(false);
          expect(regions(widget)).to.include('China East');
          expect(fetches.urls.filter((url) => url.includes(path))).to.have.length(1);
        } finally {
          fetches.restore();
        }
      });
    });
  }

  it('makes one request for a document that several widgets failed to load', async () => {
    await quietly(async () => {
      const { src, heal, path } = faulty('network', 'navigation');
      const widgets = await Promise.all([
        mount<Widget>('tc-breadcrumb', { src, page: 'privacy-control' }),
        mount<Widget>('tc-sidebar', { src, page: 'privacy-control' }),
        mount<Widget>('tc-sidebar', { src, page: 'data-location' }),
      ]);
      expect(widgets.map((widget) => widget.status)).to.deep.equal(['error', 'error', 'error']);
      await heal();
      const fetches = recordFetches();
      try {
        const next = Promise.all(widgets.map((widget) => outcome(widget)));
        online();
        expect(await next).to.deep.equal(['tc-ready', 'tc-ready', 'tc-ready']);
        expect(fetches.urls.filter((url) => url.includes(path)), 'requests').to.have.length(1);
      } finally {
        fetches.restore();
      }
    });
  });

  // As after Try again: tc-error again, with the alert and its button, when the network is still down.
  it('fires tc-error again when the reload fails too, and shows the alert again', async () => {
    await quietly(async () => {
      const { src } = faulty('network');
      const widget = await mount<Widget>('tc-data-location', { src });
      const failedAgain = nextEvent<CustomEvent>(widget, 'tc-error');
      const next = outcome(widget);
      online();
      expect(await next).to.equal('tc-error');
      expect((await failedAgain).detail.code).to.equal('network');
      await widget.updateComplete;
      expect(widget.status).to.equal('error');
      expect(visibleText(shadow(widget).querySelector('[role="alert"]'))).to.include('the network is unavailable');
    });
  });

  // Focus on Try again (or on Details) when the reload replaces it goes where Try again sends it:
  // the loading message, then the content.
  for (const control of ['button.retry', 'summary']) {
    it(`keeps focus in the widget when it had it (on ${control}), as Try again does`, async () => {
      await quietly(async () => {
        const { src, heal } = faulty('network');
        const widget = await mount<Widget>('tc-data-location', { src });
        shadow(widget).querySelector<HTMLElement>(control)!.focus();
        expect(Boolean(shadow(widget).activeElement), 'focused').to.equal(true);
        await heal();
        const next = outcome(widget);
        online();
        await widget.updateComplete;
        expect(widget.status).to.equal('loading');
        expect(shadow(widget).activeElement?.matches('.loading'), 'focus on the loading message').to.equal(true);
        expect(await next).to.equal('tc-ready');
        await widget.updateComplete;
        expect(document.activeElement?.localName).to.equal('tc-data-location');
        expect(shadow(widget).activeElement?.matches('.root'), 'focus on the content').to.equal(true);
      });
    });
  }

  // The reader is elsewhere on the page (or nowhere): the reload must not pull focus, and the page
  // with it, to the widget.
  for (const where of ['on a field of the page', 'nowhere']) {
    it(`leaves focus where it is when it is ${where}`, async () => {
      await quietly(async () => {
        const field = document.createElement('input');
        field.setAttribute('aria-label', 'Search the page');
        document.body.append(field);
        try {
          const { src, heal } = faulty('network');
          const widget = await mount<Widget>('tc-data-location', { src });
          if (where === 'nowhere') (document.activeElement as HTMLElement | null)?.blur();
          else field.focus();
          await heal();
          const next = outcome(widget);
          online();
          expect(await next).to.equal('tc-ready');
          await widget.updateComplete;
          expect(regions(widget)).to.include('China East');
          expect(document.activeElement?.localName ?? 'none').to.equal(where === 'nowhere' ? 'body' : 'input');
          expect(Boolean(shadow(widget).activeElement), 'focus in the widget').to.equal(false);
        } finally {
          field.remove();
        }
      });
    });
  }

  // Each case beside a widget that failed for want of the network: that one recovers, so the event
  // was seen; the other makes no request and fires nothing.
  async function besideOneThatRecovers(other: () => Promise<{ widget: Widget; path: string }>, check: (widget: Widget) => void) {
    await quietly(async () => {
      const recovering = faulty('network');
      const control = await mount<Widget>('tc-data-location', { src: recovering.src });
      const { widget, path } = await other();
      await recovering.heal();
      const fetches = recordFetches();
      try {
        const recovered = outcome(control);
        const quiet = outcomeBeside(widget, recovered);
        online();
        expect(await recovered, 'the widget that lost the network').to.equal('tc-ready');
        expect(await quiet, 'the other').to.equal('nothing');
        expect(fetches.urls.filter((url) => url.includes(path)), 'its requests').to.deep.equal([]);
        check(widget);
      } finally {
        fetches.restore();
      }
    });
  }

  // A reload cannot mend these: the same answer would come again, and the alert be announced again.
  // All six beside one widget that recovers, in one window of quiet: each in a test of its own
  // beside one of its own sat out a second six times over (5 s of each browser's run).
  it('does not load again after a 404, 500, invalid-json, html-type, oversized or wrong-shape error', async () => {
    const faults = [
      ['404', 'http'],
      ['500', 'http'],
      ['invalid-json', 'parse'],
      ['html-type', 'type'],
      ['oversized', 'size'],
      ['wrong-shape', 'schema'],
    ];
    await quietly(async () => {
      configureContentStore({ maxBytes: 200_000 });
      const recovering = faulty('network');
      const control = await mount<Widget>('tc-data-location', { src: recovering.src });
      const codes = new Map<EventTarget | null, string>();
      const failed = (event: Event) => codes.set(event.target, (event as CustomEvent).detail.code);
      document.addEventListener('tc-error', failed);
      const others = await Promise.all(
        faults.map(async ([fault, code]) => {
          const { src, heal, path } = faulty(fault);
          const widget = await mount<Widget>('tc-data-location', { src });
          expect(codes.get(widget), fault).to.equal(code);
          return { fault, widget, path, heal };
        }),
      ).finally(() => document.removeEventListener('tc-error', failed));
      await Promise.all(others.map(({ heal }) => heal()));
      await recovering.heal();
      const fetches = recordFetches();
      try {
        const recovered = outcome(control);
        const quiet = Promise.all(others.map(({ widget }) => outcomeBeside(widget, recovered)));
        online();
        expect(await recovered, 'the widget that lost the network').to.equal('tc-ready');
        const heard = await quiet;
        for (const [index, { fault, widget, path }] of others.entries()) {
          expect(heard[index], `${fault}: event`).to.equal('nothing');
          expect(fetches.urls.filter((url) => url.includes(path)), `${fault}: its requests`).to.deep.equal([]);
          expect(widget.status, `${fault}: status`).to.equal('error');
        }
      } finally {
        fetches.restore();
      }
    });
  });

  it('does nothing when it shows its content', async () => {
    await besideOneThatRecovers(
      async () => ({ widget: await mount<Widget>('tc-data-location', { src: '/content/{locale}/data-locations.json?shown' }), path: 'shown' }),
      (widget) => expect(regions(widget)).to.include('China East'),
    );
  });

  // No listener left behind: a widget an app removed stays out of the way, and the window does not
  // keep it (a leaked listener would also reload it when it is put back).
  it('does nothing once removed from the page, and leaves no listener on the window', async () => {
    const removed = faulty('network');
    const listening = new Set<unknown>();
    const { addEventListener: add, removeEventListener: drop } = window;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'online') listening.add(args[1]);
      return add.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'online') listening.delete(args[1]);
      return drop.apply(this, args);
    } as Window['removeEventListener'];
    try {
      await besideOneThatRecovers(
        async () => {
          const widget = await mount<Widget>('tc-data-location', { src: removed.src });
          widget.remove();
          await removed.heal();
          return { widget, path: removed.path };
        },
        (widget) => expect(widget.status).to.equal('error'),
      );
    } finally {
      Object.assign(window, { addEventListener: add, removeEventListener: drop });
    }
    // The one beside it is still on the page, and listens.
    expect(listening.size, 'online listeners left').to.equal(1);
  });

  // A single-page app's route change: the widget with the alert is taken off the page and put back
  // later, by when the connection has come back, whose `online` it did not hear. It showed the
  // stale alert until the next `online` or Try again; a widget created anew would have loaded.
  it('loads again when it is put back on the page after the connection came back while it was away', async () => {
    await quietly(async () => {
      const { src, heal, path } = faulty('network');
      const widget = await mount<Widget>('tc-data-location', { src });
      const place = widget.parentNode!;
      widget.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await heal();
      online();
      const fetches = recordFetches();
      try {
        const next = outcome(widget);
        place.append(widget);
        expect(await next, 'event once back').to.equal('tc-ready');
        await widget.updateComplete;
        expect(regions(widget)).to.include('China East');
        expect(fetches.urls.filter((url) => url.includes(path))).to.have.length(1);
      } finally {
        fetches.restore();
      }
    });
  });

  // But moved on the page in one go (a framework's keyed list), it keeps what it shows, as a widget
  // that shows its content does: no request, no event, no alert announced again.
  it('keeps its error when it is moved on the page in one task', async () => {
    await quietly(async () => {
      const { src, heal, path } = faulty('network');
      const widget = await mount<Widget>('tc-data-location', { src });
      await heal();
      const fetches = recordFetches();
      try {
        const quiet = outcome(widget, 500);
        document.body.prepend(widget);
        expect(await quiet).to.equal('nothing');
        expect(widget.status).to.equal('error');
        expect(fetches.urls.filter((url) => url.includes(path))).to.deep.equal([]);
      } finally {
        fetches.restore();
      }
    });
  });

  // The kit supports widgets moved into a frame or a Picture-in-Picture window: the connection
  // that counts is that window's, and the page's window no longer reloads the widget.
  it('listens to the window of the document it was moved into', async () => {
    await quietly(async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const { src, heal, path } = faulty('network');
        const widget = await mount<Widget>('tc-data-location', { src });
        const view = frame.contentWindow!;
        view.document.body.append(widget);
        await heal();
        const fetches = recordFetches();
        try {
          const quiet = outcome(widget, 500);
          online(window);
          expect(await quiet, 'on the page\'s online').to.equal('nothing');
          const next = outcome(widget);
          online(view);
          expect(await next, 'on the frame\'s online').to.equal('tc-ready');
          expect(fetches.urls.filter((url) => url.includes(path))).to.have.length(1);
        } finally {
          fetches.restore();
        }
      } finally {
        frame.remove();
      }
    });
  });
});
