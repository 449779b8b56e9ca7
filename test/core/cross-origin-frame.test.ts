import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import { quietly } from '../helpers.js';

/*
 * A portal that shows the kit in a frame of another origin than its own page (a CDN's page in an
 * <iframe>, or a frame in such a frame): the kit runs in the frame, and sees nothing of the page
 * around it (frameElement is null). A reader who pressed Try again, or whose connection came back,
 * and who went on to a field of the page while the content loaded, must keep focus there.
 */

interface Report {
  step: 'tc-error' | 'loading' | 'tc-ready';
  status: string;
  /** The class of what has focus in the widget, or 'none'. */
  focus: string;
  hasFocus: boolean;
  retry?: { x: number; y: number };
  summary?: { x: number; y: number };
}

/** This page's address at its other name (localhost and 127.0.0.1 are two origins). */
function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/**
 * A regions widget in a frame of `outer`'s origin (or in a frame, of `inner`'s origin, inside one of
 * `outer`'s) that shows a network error; the fault is healed, and the widget's next loads wait for release() (a slow network).
 * Returns the reports it sends, step by step, and what clicks a point of its page.
 */
async function failedInFrame(outer: string, inner?: string) {
  const key = `cross-origin-focus-${crypto.randomUUID()}`;
  const src = `/fixture/fault/network/${key}/{locale}/data-locations`;
  const reports: Report[] = [];
  const waiting: Array<() => void> = [];
  const listener = (event: MessageEvent) => {
    if (!event.data?.step) return;
    reports.push(event.data);
    for (const wake of waiting.splice(0)) wake();
  };
  addEventListener('message', listener);
  /** The first report of `step` after the `after`th report. */
  const report = async (step: Report['step'], after = 0): Promise<Report> => {
    for (;;) {
      const found = reports.slice(after).find((each) => each.step === step);
      if (found) return found;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };
  const frame = document.createElement('iframe');
  frame.title = 'Trust center';
  frame.style.cssText = 'border: 0; display: block; width: 600px; height: 400px';
  const page = `/fixture/focus-frame?src=${encodeURIComponent(src)}`;
  frame.src = `${outer}${page}${inner ? `&nest=${encodeURIComponent(inner)}` : ''}`;
  document.body.append(frame);
  const failed = await report('tc-error');
  await fetch(`/fixture/heal/${key}`);
  const { left, top } = frame.getBoundingClientRect();
  /** Clicks a point of the frame's page, as a reader does. */
  const click = ({ x, y }: { x: number; y: number }) => sendMouse({ type: 'click', position: [Math.round(left + x), Math.round(top + y)] });
  /** Lets the widget's loads after its error go on (until then they wait: a slow network). */
  const release = () => frame.contentWindow!.postMessage('release', '*');
  const done = () => {
    removeEventListener('message', listener);
    frame.remove();
  };
  return { frame, failed, reports, report, click, release, done };
}

/** The content let through and shown after the `before`th report, with focus left on the page's field the reader clicked. */
async function expectFocusLeftOnField({ report, release }: Awaited<ReturnType<typeof failedInFrame>>, before: number) {
  release();
  const shown = await report('tc-ready', before);
  expect(shown.status).to.equal('ready');
  expect(document.activeElement?.localName, 'focus once shown').to.equal('input');
  expect(shown.focus, 'focus in the widget').to.equal('none');
}

describe('a widget in a frame of another origin, or two frames down', function () {
  this.timeout(20_000);
  let field: HTMLInputElement;
  beforeEach(() => {
    field = document.createElement('input');
    field.setAttribute('aria-label', 'Search the portal');
    document.body.append(field);
  });
  afterEach(() => field.remove());

  /**
   * Clicks the page's field, as a reader going on with the page does. Once in a full CI run (Chromium,
   * with coverage), the first click after one in the frame of another origin, a process of its own,
   * left the field without focus; not seen run alone, under load or with coverage. A second click
   * a frame later is what a reader does too: the test is of what the widget does after.
   */
  async function clickField() {
    for (let tries = 0; tries < 3 && document.activeElement !== field; tries++) {
      if (tries) await new Promise(requestAnimationFrame);
      const { left, top, width, height } = field.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
    }
    expect(document.activeElement === field, 'the field has focus once clicked').to.equal(true);
  }

  // In the last case the frames are of the page's origin, but the widget is two levels down, where
  // frameElement sees only the frame between.
  for (const [where, origins] of [
    ['a frame of another origin', () => [otherOrigin()]],
    ['a frame inside a frame of another origin', () => [otherOrigin(), otherOrigin()]],
    ['a frame of the page\'s origin inside a frame of another origin', () => [otherOrigin(), location.origin]],
    ['a frame inside a frame, both of the page\'s origin', () => [location.origin, location.origin]],
  ] as const) {
    it(`in ${where}: leaves focus on the page's field the reader went on to while Try again loaded`, async () => {
      await quietly(async () => {
        const inFrame = await failedInFrame(...(origins() as [string, string?]));
        const { failed, reports, report, click, done } = inFrame;
        try {
          const before = reports.length;
          await click(failed.retry!);
          const loading = await report('loading', before);
          expect(loading.focus, 'focus while it loads').to.equal('loading');
          await clickField();
          await expectFocusLeftOnField(inFrame, before);
        } finally {
          done();
        }
      });
    });

    // (Browsers take focus out of a frame the reader leaves, so the widget no longer has it, and
    // its reload keeps none; this holds that.)
    it(`in ${where}: leaves focus on the page's field when the connection comes back after the reader left the widget`, async () => {
      await quietly(async () => {
        const inFrame = await failedInFrame(...(origins() as [string, string?]));
        const { frame, failed, reports, report, click, done } = inFrame;
        try {
          // The reader opens Details, then goes on to the page's field.
          await click(failed.summary!);
          await clickField();
          const before = reports.length;
          frame.contentWindow!.postMessage('online', '*');
          await report('loading', before);
          await expectFocusLeftOnField(inFrame, before);
        } finally {
          done();
        }
      });
    });
  }

  // What must go on working: a reader who stays in the frame is taken on to the content.
  it('moves focus on to the content when the reader stays in the frame after Try again', async () => {
    await quietly(async () => {
      const { failed, reports, report, click, release, done } = await failedInFrame(otherOrigin());
      try {
        const before = reports.length;
        await click(failed.retry!);
        expect((await report('loading', before)).focus, 'focus while it loads').to.equal('loading');
        release();
        const shown = await report('tc-ready', before);
        expect(shown.focus, 'focus once shown').to.equal('root');
        expect(document.activeElement?.localName, 'the page\'s focus').to.equal('iframe');
      } finally {
        done();
      }
    });
  });
});
