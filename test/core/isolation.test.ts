import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { contentWidgets, frames, mount, resetKit, shadow } from '../helpers.js';

/*
 * The host page's CSS reaches a shadow root through inherited properties, and the widget's own
 * layout reaches the page through margins that collapse through its host. Neither may happen:
 * a widget looks the same on any page, and sits where the page puts it.
 */

/** Mounts `tag` inside a fresh container with `style`, between two empty blocks. */
async function mountBetween(tag: string, attributes: Record<string, string>, style = ''): Promise<{ widget: HTMLElement; before: HTMLElement; after: HTMLElement }> {
  const container = document.createElement('div');
  container.setAttribute('style', style);
  container.dataset.isolation = '';
  const before = document.createElement('div');
  const after = document.createElement('div');
  container.append(before);
  document.body.append(container);
  const widget = await mount<HTMLElement>(tag, attributes, {}, container);
  container.append(after);
  return { widget, before, after };
}

async function mountSwitch(style: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.setAttribute('style', style);
  container.dataset.isolation = '';
  const widget = document.createElement('tc-locale-switch');
  container.append(widget);
  document.body.append(container);
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return widget;
}

const HOSTILE_INHERITED = [
  'word-break: keep-all',
  'hyphens: auto',
  'text-shadow: 2px 2px rgb(255, 0, 0)',
  'font-variant: small-caps',
  'font-feature-settings: "smcp"',
  'font-kerning: none',
  'font-stretch: condensed',
  'font-style: italic',
  'font-weight: 700',
  'font-variation-settings: "wght" 700',
  'font-size-adjust: 0.5',
  'font-optical-sizing: none',
  '-webkit-text-stroke: 1px rgb(255, 0, 0)',
  'text-emphasis: filled circle',
  'cursor: wait',
].join(';');

const rootOf = (widget: Element) => shadow(widget).querySelector<HTMLElement>('.root')!;

describe('isolation from the host page', () => {
  afterEach(async () => {
    for (const container of document.querySelectorAll('[data-isolation]')) container.remove();
    await resetKit();
  });

  for (const [tag, attributes] of contentWidgets) {
    it(`<${tag}> keeps its margins inside: the page's blocks touch its edges`, async () => {
      const { widget, before, after } = await mountBetween(tag, attributes);
      const box = widget.getBoundingClientRect();
      expect(box.top - before.getBoundingClientRect().bottom, 'above').to.equal(0);
      expect(after.getBoundingClientRect().top - box.bottom, 'below').to.equal(0);
    });

    it(`<${tag}> ignores inherited text effects of the page`, async () => {
      const { widget } = await mountBetween(tag, attributes, HOSTILE_INHERITED);
      expectPlainText(getComputedStyle(rootOf(widget)));
    });

    // The README offers the page's own children as what a reader sees when the script never runs
    // (blocked, offline, an older browser): once the widget is defined they must not show beside
    // it, nor be read out. A <slot> in a widget would put them back on screen.
    it(`<${tag}> hides the page's fallback children once it is defined`, async () => {
      const { widget } = await mountBetween(tag, attributes);
      const fallback = document.createElement('a');
      fallback.href = '/trust-center/';
      fallback.textContent = 'Read this on the Trust Center';
      widget.append(fallback);
      await frames();
      expect(fallback.getClientRects().length, 'fallback drawn').to.equal(0);
      expect(widget.getBoundingClientRect().height, 'widget drawn').to.be.above(0);
    });

    // The content is English or Chinese, written left to right: on a right-to-left page it keeps
    // its direction, or a sentence's full stop is drawn at its start and the table runs backwards.
    it(`<${tag}> keeps the content's left-to-right direction on a right-to-left page`, async () => {
      const { widget } = await mountBetween(tag, attributes, 'direction: rtl');
      expect(getComputedStyle(rootOf(widget)).direction).to.equal('ltr');
    });
  }

  it('<tc-locale-switch> ignores inherited text effects and direction of the page', async () => {
    const widget = await mountSwitch(`${HOSTILE_INHERITED}; direction: rtl`);
    const style = getComputedStyle(rootOf(widget));
    expectPlainText(style);
    expect(style.direction).to.equal('ltr');
  });
});

function expectPlainText(style: CSSStyleDeclaration): void {
  expect(style.wordBreak, 'word-break').to.equal('normal');
  expect(style.hyphens, 'hyphens').to.equal('manual');
  expect(style.textShadow, 'text-shadow').to.equal('none');
  expect(style.fontVariantCaps, 'font-variant').to.equal('normal');
  expect(style.fontFeatureSettings, 'font-feature-settings').to.equal('normal');
  expect(style.fontKerning, 'font-kerning').to.equal('auto');
  expect(style.fontStretch, 'font-stretch').to.equal('100%');
  expect(style.fontStyle, 'font-style').to.equal('normal');
  expect(style.fontWeight, 'font-weight').to.equal('400');
  expect(style.fontVariationSettings, 'font-variation-settings').to.equal('normal');
  // A host's font-size-adjust scaled the widget's text by its own fonts' x-height.
  expect(style.fontSizeAdjust, 'font-size-adjust').to.equal('none');
  expect(style.fontOpticalSizing, 'font-optical-sizing').to.equal('auto');
  expect(style.getPropertyValue('-webkit-text-stroke-width'), '-webkit-text-stroke').to.equal('0px');
  expect(style.getPropertyValue('text-emphasis-style'), 'text-emphasis').to.equal('none');
  expect(style.cursor, 'cursor').to.equal('auto');
}
