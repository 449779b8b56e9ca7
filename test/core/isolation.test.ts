import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { contentWidgets, frames, holdFetches, mount, resetKit, shadow, waitUntil } from '../helpers.js';

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
  // A vertical Chinese or Japanese layout: a widget's tables and lists were turned on their side.
  'writing-mode: vertical-rl',
  // Gradient text: the glyphs are transparent so the page's background shows through them.
  '-webkit-text-fill-color: transparent',
  // Masked text (Chromium, WebKit and Firefox): every letter was drawn as a disc.
  '-webkit-text-security: disc',
  // The last line of every paragraph and question was stretched from edge to edge.
  'text-align-last: justify',
  // The data-location table's caption was drawn under the table it names.
  'caption-side: bottom',
  // The rich text's bullets were drawn inside the text block, as red squares.
  'list-style: square inside linear-gradient(red, red)',
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

    // docs/embedding.md offers the page's own children as what a reader sees when the script never runs
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

  // A page's sticky header that sets no z-index (many do) is drawn over the content scrolled under
  // it, as the page's own blocks are. A positioned .root is drawn above it instead, later in the
  // page's order: the FAQ's and the sidebar's text ran over the header and took the clicks of its
  // links and language buttons, and the table did, for its width probe. The retention timeline's
  // phases are positioned (their markers and lines are placed in them), and are left out.
  for (const [tag, attributes] of contentWidgets.filter(([tag]) => tag !== 'tc-retention-timeline')) {
    it(`<${tag}> passes under the page's sticky header`, async () => {
      const { widget, before, after } = await mountBetween(tag, attributes);
      before.style.cssText = 'position: sticky; top: 0; height: 60px; background: white';
      after.style.height = '200vh';
      scrollBy(0, widget.getBoundingClientRect().top - 10);
      await frames();
      const box = widget.getBoundingClientRect();
      expect(box.top, 'the widget under the header').to.be.within(9, 11);
      const hit = document.elementFromPoint(box.left + 5, box.top + 5);
      scrollTo(0, 0);
      expect(hit === before, `drawn over the header: ${hit?.localName}`).to.be.true;
    });
  }

  // What the widget puts before its content takes no room by margins that collapse with the
  // content's (the width probe's -1lh, the waiting bar's -3px): a page's negative margin on the first
  // part then met the most negative of the two instead of adding to it, and the table's and the
  // timeline's content was 10px lower than the page asked for, every widget's 3px lower while it
  // waited for its replacement.
  for (const [tag, attributes] of contentWidgets) {
    it(`<${tag}> keeps a page's negative margin on its first part, also while it waits for its replacement`, async () => {
      const { widget } = await mountBetween(tag, attributes);
      const first = [...rootOf(widget).children].find((child) => child.hasAttribute('part'))!;
      const style = document.createElement('style');
      style.textContent = `${tag}::part(${first.getAttribute('part')!.split(' ')[0]}) { margin-top: -10px }`;
      widget.parentElement!.append(style);
      await frames();
      const offset = () => first.getBoundingClientRect().top - widget.getBoundingClientRect().top;
      expect(offset(), 'ready').to.be.closeTo(-10, 0.01);
      const held = holdFetches('/zh-CN/');
      try {
        void setLocale('zh-CN');
        await waitUntil(() => rootOf(widget).ariaBusy === 'true', 'the widget waits for the Chinese document', { timeout: 3000 });
        await frames();
        expect(offset(), 'waiting').to.be.closeTo(-10, 0.01);
      } finally {
        held.restore();
      }
    });
  }

  // What takes its room back by a negative margin is laid out above the content, and drawn where it
  // belongs: laid out there, the width probe added a line above the widget to what a page's
  // scroller that starts at its end (a chat's column-reverse) scrolls, which showed as blank.
  for (const [tag, attributes] of contentWidgets) {
    it(`<${tag}> adds nothing above itself to what a page's column-reverse scroller scrolls, also while it waits`, async () => {
      const { widget, before, after } = await mountBetween(tag, attributes, 'overflow: auto; height: 10px; display: flex; flex-direction: column-reverse');
      before.remove();
      after.remove();
      const scroller = widget.parentElement!;
      await frames();
      expect(scroller.scrollHeight, 'ready').to.be.closeTo(widget.getBoundingClientRect().height, 1);
      const held = holdFetches('/zh-CN/');
      try {
        void setLocale('zh-CN');
        await waitUntil(() => rootOf(widget).ariaBusy === 'true', 'the widget waits for the Chinese document', { timeout: 3000 });
        await frames();
        expect(scroller.scrollHeight, 'waiting').to.be.closeTo(widget.getBoundingClientRect().height, 1);
      } finally {
        held.restore();
      }
    });
  }

  // The bar along the top of content that waits for its replacement pulses in opacity, which draws
  // it above the page's positioned boxes that come before it, as a positioned box is: scrolled
  // under a sticky header, its 3px took the clicks of the header's links there. It is only drawn.
  for (const [tag, attributes] of contentWidgets) {
    it(`<${tag}> leaves the clicks of the page's sticky header to it while it waits for its replacement`, async () => {
      const { widget, before, after } = await mountBetween(tag, attributes);
      before.style.cssText = 'position: sticky; top: 0; height: 60px; background: white';
      after.style.height = '200vh';
      const held = holdFetches('/zh-CN/');
      try {
        void setLocale('zh-CN');
        await waitUntil(() => rootOf(widget).ariaBusy === 'true', 'the widget waits for the Chinese document', { timeout: 3000 });
        // Past the bar's half second: shown, pulsing. Its animation is moved on, not waited for
        // (0.7 s in each of six tests and three browsers).
        const pulses = shadow(widget).getAnimations().filter((animation) => (animation as CSSAnimation).animationName === 'tc-busy');
        expect(pulses, 'the bar').to.have.length(1);
        pulses[0].currentTime = 700;
        await frames();
        scrollBy(0, widget.getBoundingClientRect().top - 10);
        await frames();
        const box = widget.getBoundingClientRect();
        const hits = [0.5, 1.5, 2.5].map((y) => document.elementFromPoint(box.left + 50, box.top + y));
        scrollTo(0, 0);
        expect(
          hits.every((hit) => hit === before),
          `over the bar: ${hits.map((hit) => hit?.localName).join(', ')}`,
        ).to.be.true;
      } finally {
        held.restore();
      }
    });
  }

  // What the page decides stays the page's: a panel it hides with visibility (and shows again by
  // making one widget visible), a region it makes inert to the pointer, and its colour scheme.
  for (const [tag, attributes] of [...contentWidgets, ['tc-locale-switch', {}] as [string, Record<string, string>]]) {
    it(`<${tag}> follows the page's visibility, pointer-events and color-scheme`, async () => {
      const widget = tag === 'tc-locale-switch' ? await mountSwitch('visibility: hidden; pointer-events: none; color-scheme: dark') : (await mountBetween(tag, attributes, 'visibility: hidden; pointer-events: none; color-scheme: dark')).widget;
      const style = getComputedStyle(rootOf(widget));
      expect(style.visibility, 'visibility').to.equal('hidden');
      expect(style.pointerEvents, 'pointer-events').to.equal('none');
      expect(style.colorScheme, 'color-scheme').to.equal('dark');
      widget.style.visibility = 'visible';
      expect(getComputedStyle(rootOf(widget)).visibility, 'visible again').to.equal('visible');
    });
  }

  // Every inherited property the browser knows, each on the page in turn (from an audit that
  // found writing-mode, -webkit-text-fill-color, -webkit-text-security, text-align-last,
  // caption-side and list-style missing from a hand-picked list): a property a browser adds later
  // is covered too. What stays the page's is named.
  it('no inherited property of the page reaches inside, but those that stay the page\'s', async () => {
    const widgets = [...(await Promise.all(contentWidgets.map(([tag, attributes]) => mountBetween(tag, attributes)))).map(({ widget }) => widget), await mountSwitch('')];
    const containers = widgets.map((widget) => widget.parentElement!);
    const inherited = inheritedProperties();
    expect(inherited.length, 'inherited properties found').to.be.above(80);
    const reached = new Set<string>();
    for (const [property, value] of inherited) {
      const before = widgets.map((widget) => getComputedStyle(rootOf(widget)).getPropertyValue(property));
      for (const container of containers) container.style.setProperty(property, value);
      widgets.forEach((widget, i) => {
        if (getComputedStyle(rootOf(widget)).getPropertyValue(property) !== before[i]) reached.add(property);
      });
      for (const container of containers) container.style.removeProperty(property);
    }
    const followed = /^(visibility|pointer-events|color-scheme|(-webkit-|-moz-)?text-size-adjust)$/;
    expect([...reached].filter((property) => !followed.test(property)).join(' '), 'reached inside').to.equal('');
  });

  // The reset of every property (all: initial) also overrode the root's lang="...", which Chromium
  // and WebKit pass to their text engine as -webkit-locale: Chinese text was set as in no language
  // (the Han glyph forms and line breaking of the font fallback, not those of Simplified Chinese).
  // Firefox reads lang itself and has no such property.
  it('<tc-faq> sets its Chinese text in the language its lang names', async function () {
    if (!CSS.supports('-webkit-locale', 'auto')) this.skip();
    await setLocale('zh-CN');
    const { widget } = await mountBetween('tc-faq', {});
    const root = rootOf(widget);
    expect(root.lang).to.equal('zh-CN');
    const question = root.querySelector('button')!;
    expect(getComputedStyle(question).getPropertyValue('-webkit-locale').replaceAll('"', '')).to.equal('zh-CN');
  });

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
  expect(style.writingMode, 'writing-mode').to.equal('horizontal-tb');
  expect(style.getPropertyValue('-webkit-text-fill-color'), '-webkit-text-fill-color').to.equal(style.color);
  expect(style.getPropertyValue('-webkit-text-security'), '-webkit-text-security').to.equal('none');
  expect(style.textAlignLast, 'text-align-last').to.equal('auto');
  expect(style.captionSide, 'caption-side').to.equal('top');
  expect(style.listStylePosition, 'list-style-position').to.equal('outside');
  expect(style.listStyleImage, 'list-style-image').to.equal('none');
}

/** A value for a property that many accept, or the few that need their own. */
const CANDIDATES = ['none', 'hidden', 'auto', 'all', '0', '2', '10px', 'red', 'vertical-rl', 'upright', 'under', 'inside', 'bottom', 'right', 'justify', 'collapse', 'hide', 'square', 'strict', 'pre', 'balance', 'uppercase', 'italic', 'bold', 'small-caps', 'dark', 'exact', 'compact', 'read-write', 'disc', 'first', 'space-all', 'no-autospace', 'normal', '"a"', 'url(#a)', 'middle', 'evenodd', 'round', 'crispEdges', 'linearRGB', 'optimizeLegibility', 'standard', 'allow-keywords'];
const OWN_CANDIDATES: Record<string, string> = { 'text-shadow': '1px 1px red', 'font-feature-settings': '"smcp"', 'font-variation-settings': '"wght" 700', 'font-language-override': '"TRK"', 'list-style-image': 'linear-gradient(red, red)', 'text-emphasis-position': 'under left', 'font-family': 'monospace' };

/** [property, value] for every inherited property of the browser: a child takes the value set on its parent. */
function inheritedProperties(): Array<[string, string]> {
  const parent = document.createElement('div');
  const child = parent.appendChild(document.createElement('div'));
  document.body.append(parent);
  const found: Array<[string, string]> = [];
  for (const property of [...getComputedStyle(document.documentElement)].filter((name) => !name.startsWith('--'))) {
    const unset = getComputedStyle(parent).getPropertyValue(property);
    for (const value of [OWN_CANDIDATES[property], ...CANDIDATES].filter((value) => value && CSS.supports(property, value))) {
      parent.style.setProperty(property, value);
      const set = getComputedStyle(parent).getPropertyValue(property);
      const inheritedValue = getComputedStyle(child).getPropertyValue(property);
      child.style.setProperty(property, 'initial');
      const initial = getComputedStyle(child).getPropertyValue(property);
      parent.removeAttribute('style');
      child.removeAttribute('style');
      if (set === unset) continue;
      if (inheritedValue === set && initial !== set) found.push([property, value]);
      break;
    }
  }
  parent.remove();
  return found;
}
