import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrast, inChromium, mountWidget, resetKit, resetPageColours, shadow } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';
import type { TcRetentionTimeline } from '../../src/widgets/retention-timeline/retention-timeline.js';

/*
 * A reader who asks for more contrast (prefers-contrast: more: macOS and iOS Increase contrast,
 * Windows contrast themes): the rules that separate FAQ entries, table rows and sidebar groups,
 * the copy-link button's border, the search highlight and the empty part of a timeline's bar are
 * pale by default (1.15 to 1.7:1 on a light page). There they contrast 3:1 with the page, as WCAG 1.4.11 asks of what identifies a
 * component or a state. Emulated through Chrome's protocol: Firefox and WebKit offer no emulation
 * of the preference (the Firefox launcher's preferences hold for the whole run, WebDriver has none).
 */

/** Each rule and border a reader meets in the FAQ (an entry open, a search), the table and the sidebar. */
async function edges(): Promise<Array<[what: string, color: string]>> {
  const faq = (await mountWidget('tc-faq', { searchable: '' })) as TcFaq;
  faq.expandAll();
  const search = shadow(faq).querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value = 'data';
  search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await faq.updateComplete;
  const table = await mountWidget('tc-data-location', {});
  const sidebar = await mountWidget('tc-sidebar', { page: 'privacy-control' });
  const timeline = await mountWidget('tc-retention-timeline', {});
  const style = (root: HTMLElement, selector: string) => {
    const element = shadow(root).querySelector(selector);
    if (!element) throw new Error(`no ${selector} in <${root.localName}>`);
    return getComputedStyle(element);
  };
  const mark = style(faq, 'mark');
  return [
    ['FAQ entries, top rule', style(faq, '.entries').borderTopColor],
    ['FAQ entry, rule', style(faq, '.entry').borderBottomColor],
    ['copy-link button, border', style(faq, '.copy-link').borderTopColor],
    // The match's edge: its outline where it has one, else its background.
    ['search match, edge', mark.outlineStyle === 'none' ? mark.backgroundColor : mark.outlineColor],
    ['table header, rule', style(table, 'thead th').borderBottomColor],
    ['table row, rule', style(table, 'tbody td').borderBottomColor],
    ['sidebar heading, rule', style(sidebar, '[part="heading"]').borderTopColor],
    // The empty part of a bar, No retention period's: its outline where it has one, else its colour.
    ['timeline bar, empty part', ((track) => (track.outlineStyle === 'none' ? track.borderTopColor : track.outlineColor))(style(timeline, '[part="exception"] .track'))],
  ];
}

describe('more contrast', function () {
  this.timeout(20_000);
  beforeEach(async function () {
    if (!inChromium) this.skip(); // prefers-contrast is emulated through Chrome's protocol
    await executeServerCommand('emulate-contrast', { more: true });
  });
  afterEach(async () => {
    if (inChromium) await executeServerCommand('emulate-contrast', { more: false });
    resetPageColours();
    await resetKit();
  });

  for (const [scheme, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(18, 18, 18)'],
  ]) {
    it(`draws every rule, border, search highlight and empty bar 3:1 against a ${scheme} page`, async () => {
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = background;
      const faint = (await edges())
        .map(([what, color]) => [what, color, contrast(color, background, background)] as const)
        .filter(([, , ratio]) => ratio < 3)
        .map(([what, color, ratio]) => `${what} ${color}: ${ratio.toFixed(2)}:1`);
      expect(faint.length, faint.join('; ')).to.equal(0);
    });
  }
});

// Forced colours draw a match in Mark, which a light palette makes a yellow that stands 1.07:1 on
// its Canvas (Chromium's High Contrast White): the outline edges it there too.
describe('forced colours, search highlight', function () {
  this.timeout(20_000);
  it('edges each match 3:1 against the Canvas of a light forced palette', async function () {
    if (!inChromium) this.skip(); // forced colours are emulated through Chrome's protocol
    const probe = document.body.appendChild(document.createElement('span'));
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const faq = (await mountWidget('tc-faq', { searchable: '' })) as TcFaq;
      const search = shadow(faq).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'data';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await faq.updateComplete;
      probe.style.color = 'Canvas';
      const canvas = getComputedStyle(probe).color;
      const mark = getComputedStyle(shadow(faq).querySelector('mark')!);
      const edge = Math.max(contrast(mark.backgroundColor, canvas, canvas), mark.outlineStyle === 'none' ? 0 : contrast(mark.outlineColor, canvas, canvas));
      expect(edge, `Mark ${mark.backgroundColor}, outline ${mark.outlineStyle} ${mark.outlineColor}, on Canvas ${canvas}`).to.be.at.least(3);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
      probe.remove();
      await resetKit();
    }
  });
});

/*
 * The default colours, without any preference (WCAG 1.4.11): what shows a component or its state
 * stands 3:1 against what is next to it. The focus ring where Tab first lands in each widget, the
 * borders of the two fields (the date field's error border too), the FAQ's chevron, and the
 * timeline's markers, line and the filled part of its bars (against the page and against the
 * bar's empty part). The rules between entries and rows are pale by design: they separate, the
 * text identifies (see "more contrast" above).
 */
describe('default colours, non-text contrast', function () {
  this.timeout(30_000);
  afterEach(async () => {
    resetPageColours();
    for (const element of document.querySelectorAll('tc-locale-switch, .contrast-probe')) element.remove();
    await resetKit();
  });

  for (const [scheme, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(18, 18, 18)'],
  ]) {
    it(`draws focus rings, field borders, the chevron and the timeline 3:1 against a ${scheme} page`, async function () {
      // :focus-visible matches only in the focused window; Firefox runs test pages side by side.
      if (!document.hasFocus()) this.skip();
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = background;
      const faint: string[] = [];
      const check = (what: string, color: string, against = background) => {
        const ratio = contrast(color, against, background);
        if (!(ratio >= 3)) faint.push(`${what} ${color} on ${against}: ${ratio.toFixed(2)}:1`);
      };

      const before = Object.assign(document.createElement('button'), { className: 'contrast-probe', textContent: 'Before' });
      for (const [tag, attributes] of [
        ['tc-locale-switch', {}],
        ['tc-breadcrumb', { page: 'privacy-control' }],
        ['tc-retention-timeline', { 'end-date': '2025-01-31' }],
        ['tc-policy-sections', {}],
        ['tc-faq', { searchable: '' }],
        ['tc-sidebar', { page: 'privacy-control' }],
      ] as const) {
        const widget = await mountWidget(tag, attributes);
        widget.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const focused = shadow(widget).activeElement;
        if (!focused) faint.push(`<${tag}>: Tab did not reach it`);
        else {
          const ring = getComputedStyle(focused);
          if (ring.outlineStyle === 'none' || parseFloat(ring.outlineWidth) < 2) faint.push(`<${tag}> ${focused.localName}: no ring`);
          check(`<${tag}> ${focused.localName}, focus ring`, ring.outlineColor);
        }
      }

      const faq = document.querySelector<TcFaq>('tc-faq')!;
      const search = getComputedStyle(shadow(faq).querySelector('input')!);
      check('FAQ search field, border', search.borderTopColor);
      check('FAQ search field, border against its surface', search.borderTopColor, search.backgroundColor);
      check('FAQ chevron', getComputedStyle(shadow(faq).querySelector('.question')!, '::after').borderRightColor);

      const timeline = document.querySelector<TcRetentionTimeline>('tc-retention-timeline')!;
      const root = shadow(timeline);
      const field = root.querySelector('input')!;
      check('date field, border', getComputedStyle(field).borderTopColor);
      check('date field, border against its surface', getComputedStyle(field).borderTopColor, getComputedStyle(field).backgroundColor);
      const phase = root.querySelector('.phase')!;
      check('timeline marker', getComputedStyle(phase, '::before').borderTopColor);
      const line = getComputedStyle(phase, '::after');
      check('timeline line', line.borderInlineStartStyle === 'none' ? line.borderTopColor : line.borderInlineStartColor);
      const fill = getComputedStyle(root.querySelector('.fill')!).borderTopColor;
      check('timeline bar, filled part', fill);
      check('timeline bar, filled part against its empty part', fill, getComputedStyle(root.querySelector('.track')!).borderTopColor);
      // An impossible date the page gives: the field's border turns to the error colour.
      timeline.setAttribute('end-date', '2025-02-30');
      await timeline.updateComplete;
      if (field.getAttribute('aria-invalid') === 'true') check('date field, error border', getComputedStyle(field).borderTopColor);
      else faint.push('2025-02-30 was not marked invalid');

      expect(faint, faint.join('; ')).to.deep.equal([]);
    });

    // From the accessibility conformance report (WCAG 1.4.1): a search match was marked by its pale
    // background only (1.15:1 on white), which a reader who tells few colours apart does not see;
    // only readers who asked for more contrast got an edge.
    it(`edges each search match in the FAQ, not by its colour alone, 3:1 against a ${scheme} page`, async () => {
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = background;
      const faq = (await mountWidget('tc-faq', { searchable: '' })) as TcFaq;
      const search = shadow(faq).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'data';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await faq.updateComplete;
      const marks = [...shadow(faq).querySelectorAll('mark')].map((mark) => getComputedStyle(mark));
      expect(marks.length, 'matches of "data"').to.be.above(0);
      const edges = marks.map((mark) => (mark.outlineStyle === 'none' ? `none, background ${mark.backgroundColor}` : `${mark.outlineStyle} ${contrast(mark.outlineColor, background, background).toFixed(1)}`));
      expect(edges.filter((edge) => !/^solid ([3-9]|\d\d)/.test(edge)), 'matches without an edge of 3:1').to.deep.equal([]);
    });
  }
});
