import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrast, mountWidget, resetKit, resetPageColours, shadow } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';

/*
 * Chromium before 123 has no light-dark(), and many Chinese readers open links in apps whose
 * browser is such a Chromium (WeChat's, QQ's, UC's, Quark's, Baidu's). Every default colour of the
 * kit is a light-dark() pair in a --_tc-* property, which is then invalid wherever it is used: the
 * property falls back to unset. Text takes the page's colour and backgrounds vanish, which stays
 * readable; but a focus ring, a field's border or a timeline's marker drawn with such a colour is
 * not drawn at all. This browser has light-dark(), so the widgets' style sheets are copied with
 * light-dark( renamed to a function no browser knows, as that Chromium parses them.
 */
function withoutLightDark(widget: Element): void {
  const root = shadow(widget);
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const copy = new CSSStyleSheet();
    copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n').replaceAll('light-dark(', 'no-light-dark('));
    return copy;
  });
}

const pages = [
  { name: 'a light page', background: 'rgb(255, 255, 255)', color: '', scheme: '' },
  { name: 'a dark page', background: 'rgb(18, 18, 18)', color: 'rgb(227, 227, 227)', scheme: 'dark' },
];

describe('a browser without light-dark() (Chromium before 123)', function () {
  this.timeout(20_000);
  afterEach(async () => {
    resetPageColours();
    for (const element of document.querySelectorAll('tc-locale-switch, .before-widget')) element.remove();
    await resetKit();
  });

  it('the simulation takes: the text is no longer the kit\'s grey but the page\'s colour', async () => {
    document.body.style.color = 'rgb(0, 0, 128)';
    const widget = await mountWidget('tc-faq', {});
    const root = shadow(widget).querySelector('.root')!;
    expect(getComputedStyle(root).color, 'the kit\'s text colour').to.equal('rgb(31, 31, 31)');
    withoutLightDark(widget);
    expect(getComputedStyle(root).color, 'without light-dark()').to.equal('rgb(0, 0, 128)');
  });

  for (const page of pages) {
    describe(`on ${page.name}`, () => {
      beforeEach(() => {
        document.documentElement.style.colorScheme = page.scheme;
        document.body.style.background = page.background;
        document.body.style.color = page.color;
      });

      /** Whether a line of `style` (its `side`'s border, or its outline) is drawn, 3:1 against the page. */
      const drawn = (style: CSSStyleDeclaration, side: 'outline' | 'borderTop' | 'borderInlineStart') =>
        style[`${side}Style`] !== 'none' && parseFloat(style[`${side}Width`]) >= 1 && contrast(style[`${side}Color`], page.background) >= 3;

      const focusables: Array<[tag: string, attributes: Record<string, string>, selector: string]> = [
        ['tc-locale-switch', {}, 'button'],
        ['tc-faq', { searchable: '' }, 'input'],
        ['tc-sidebar', { page: 'privacy-control' }, 'a'],
        ['tc-retention-timeline', { 'end-date': '2025-01-31', today: '2025-02-10' }, 'input'],
      ];
      for (const [tag, attributes, selector] of focusables) {
        it(`<${tag}> shows a keyboard user where focus is`, async () => {
          const before = Object.assign(document.createElement('button'), { className: 'before-widget', textContent: 'Before' });
          document.body.append(before);
          const widget = await mountWidget(tag, attributes);
          withoutLightDark(widget);
          before.focus();
          await sendKeys({ press: 'Tab' });
          const focused = shadow(widget).activeElement;
          expect(Boolean(focused?.matches(selector)), `focus on ${focused?.localName}`).to.be.true;
          const style = getComputedStyle(focused!);
          expect(drawn(style, 'outline'), `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`).to.be.true;
        });
      }

      // docs/theming.md has a page that follows the reader's preference give its colours as
      // light-dark() pairs. In such a Chromium the page's focus colour is then invalid where the
      // ring uses it, and the whole outline shorthand with it: no ring at all, in every widget.
      for (const [tag, attributes] of [
        ['tc-breadcrumb', { page: 'data-location' }],
        ['tc-sidebar', { page: 'privacy-control' }],
        ['tc-policy-sections', {}],
      ] as const) {
        it(`<${tag}> shows a keyboard user where focus is when the page's --tc-color-focus is a light-dark() pair`, async () => {
          const before = Object.assign(document.createElement('button'), { className: 'before-widget', textContent: 'Before' });
          document.body.append(before);
          const widget = await mountWidget(tag, attributes);
          withoutLightDark(widget);
          // The page's light-dark(), as that Chromium reads it.
          (widget as HTMLElement).style.setProperty('--tc-color-focus', 'no-light-dark(#c8102e, #ff8a80)');
          before.focus();
          await sendKeys({ press: 'Tab' });
          const focused = shadow(widget).activeElement;
          expect(Boolean(focused?.matches('a')), `focus on ${focused?.localName}`).to.be.true;
          const style = getComputedStyle(focused!);
          expect(drawn(style, 'outline'), `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`).to.be.true;
        });
      }

      it("<tc-retention-timeline> shows a ring around its date field when the page's --tc-color-focus is a light-dark() pair", async () => {
        const widget = await mountWidget('tc-retention-timeline', {});
        withoutLightDark(widget);
        (widget as HTMLElement).style.setProperty('--tc-color-focus', 'no-light-dark(#c8102e, #ff8a80)');
        const field = shadow(widget).querySelector<HTMLInputElement>('input[type="date"]')!;
        field.focus();
        const style = getComputedStyle(field);
        expect(drawn(style, 'outline'), `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`).to.be.true;
      });

      it('<tc-faq> shows its search field and its matches', async () => {
        const widget = (await mountWidget('tc-faq', { searchable: '' })) as TcFaq;
        withoutLightDark(widget);
        const search = shadow(widget).querySelector<HTMLInputElement>('input[type="search"]')!;
        const field = getComputedStyle(search);
        expect(drawn(field, 'borderTop'), `search field border: ${field.borderTopStyle} ${field.borderTopColor}`).to.be.true;
        search.value = 'data';
        search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await widget.updateComplete;
        const mark = shadow(widget).querySelector('mark');
        expect(Boolean(mark), 'a match').to.be.true;
        const { backgroundColor, color } = getComputedStyle(mark!);
        // The kit's own highlight is pale too (1.15:1 on white): one that is there, not a contrast.
        expect(backgroundColor !== 'rgba(0, 0, 0, 0)' && backgroundColor !== page.background, `match background ${backgroundColor}`).to.be.true;
        expect(contrast(color, backgroundColor, page.background) >= 4.5, `match ${color} on ${backgroundColor}`).to.be.true;
      });

      it('<tc-retention-timeline> draws its markers, line, bars and date field', async () => {
        const widget = await mountWidget('tc-retention-timeline', { 'end-date': '2025-01-31', today: '2025-02-10' });
        withoutLightDark(widget);
        const root = shadow(widget);
        const phase = root.querySelector('.phase')!;
        const marker = getComputedStyle(phase, '::before');
        expect(drawn(marker, 'borderTop'), `marker: ${marker.borderTopStyle} ${marker.borderTopColor}`).to.be.true;
        const line = getComputedStyle(phase, '::after');
        expect(drawn(line, 'borderInlineStart') || drawn(line, 'borderTop'), `line: ${line.borderInlineStartStyle} ${line.borderTopStyle}`).to.be.true;
        const fill = getComputedStyle(root.querySelector('.fill')!);
        expect(drawn(fill, 'borderTop'), `bar: ${fill.borderTopStyle} ${fill.borderTopColor}`).to.be.true;
        const input = getComputedStyle(root.querySelector('input')!);
        expect(drawn(input, 'borderTop'), `date field border: ${input.borderTopStyle} ${input.borderTopColor}`).to.be.true;
      });

      it('<tc-locale-switch> draws each language as a button, the current one readable', async () => {
        const widget = await mountWidget('tc-locale-switch', {});
        withoutLightDark(widget);
        for (const button of shadow(widget).querySelectorAll('button')) {
          const style = getComputedStyle(button);
          const fill = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? page.background : style.backgroundColor;
          expect(drawn(style, 'borderTop') || contrast(fill, page.background) >= 3, `${button.textContent} edge: ${style.borderTopStyle} ${style.borderTopColor}, fill ${fill}`).to.be.true;
          expect(contrast(style.color, fill, page.background) >= 4.5, `${button.textContent}: ${style.color} on ${fill}`).to.be.true;
        }
      });
    });
  }
});
