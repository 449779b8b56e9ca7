import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { contentWidgets, inChromium, resetKit, settled, shadow } from '../helpers.js';
import { setLocale } from '../../src/core/locale.js';

/*
 * A single-page app's router mounts the widgets on one route and removes them on the next, for
 * hours. Whatever still holds a removed widget (a listener on the window or the document, a locale
 * subscription, a timer) keeps it and its shadow tree for the page's life: one more set per visit
 * of the route. The memory audit measured 500 such visits in Chromium and found the heap, the
 * node count and the listeners flat. These tests check that the garbage collector can take every
 * widget once it is gone, which only Chromium lets a page force (over its protocol).
 */

const widgets: Array<[tag: string, attributes: Record<string, string>]> = [...contentWidgets, ['tc-locale-switch', {}]];

/** How many widgets of each tag the garbage collector has taken. */
const collected: Record<string, number> = {};
const registry = new FinalizationRegistry<string>((tag) => (collected[tag] = (collected[tag] ?? 0) + 1));

/**
 * One visit of a route: every widget created, shown in English and Chinese, used (an FAQ entry
 * opened, a date typed in the timeline, which arms its midnight timer), then removed; or, with
 * `frame`, the content widgets moved into a same-origin frame that then closes with them inside (a
 * Picture-in-Picture window closed by the reader; the locale switch belongs in the page's own
 * header, and is removed). It returns nothing, so that the test keeps no widget.
 */
async function visit(frame?: HTMLIFrameElement): Promise<void> {
  const elements = widgets.map(([tag, attributes]) => {
    const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    registry.register(element, tag);
    return element;
  });
  const shown = elements.filter((element) => element.localName !== 'tc-locale-switch').map(settled);
  document.body.append(...elements);
  await Promise.all(shown);
  shadow(elements.find((element) => element.localName === 'tc-faq')!).querySelector<HTMLButtonElement>('.entry button')!.click();
  const date = shadow(elements.find((element) => element.localName === 'tc-retention-timeline')!).querySelector<HTMLInputElement>('input[type=date]')!;
  date.value = '2030-01-31';
  date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await setLocale('zh-CN');
  await setLocale('en');
  await Promise.all(elements.map((element) => element.updateComplete));
  if (frame) {
    const [moved, kept] = [elements.slice(0, -1), elements.at(-1)!];
    frame.contentDocument!.body.append(...moved);
    await Promise.all(moved.map((element) => element.updateComplete));
    frame.remove();
    kept.remove();
  } else for (const element of elements) element.remove();
}

/** The count of widgets taken, by tag, after garbage collections until `expected` are, or 20. */
async function collect(expected: number): Promise<Record<string, number>> {
  for (let tries = 0; tries < 20 && Object.values(collected).reduce((sum, count) => sum + count, 0) < expected; tries++) {
    await executeServerCommand('collect-garbage');
    // The registry's callbacks run in a task of their own after the collection.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { ...collected };
}

describe('memory, in a single-page app', function () {
  before(function () {
    // Firefox and WebKit give a page no way to force a garbage collection: nothing to wait for.
    if (!inChromium) this.skip();
  });
  after(resetKit);

  it('lets every widget go once removed from the page, or once the frame it was moved into closed', async () => {
    await visit();
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await visit(frame);
    const everyTagTwice = Object.fromEntries(widgets.map(([tag]) => [tag, 2]));
    expect(await collect(widgets.length * 2), 'widgets the garbage collector took').to.deep.equal(everyTagTwice);
  });
});
