import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { contentWidgets, mountWidget, resetKit, shadow } from '../helpers.js';

/*
 * WCAG 2.2 SC 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2em, letter spacing
 * 0.12em and word spacing 0.16em on everything, no content or function may be lost. A reader's
 * tool sets these in the page, whose rules do not reach into a shadow root: the test puts them
 * inside each widget, on every element, and looks for text cut off by a box that hides overflow
 * (overflow hidden or clip, paint containment) and for a widget that grew wider than its column.
 */
const WCAG_TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

const widgets: Array<[tag: string, attributes: Record<string, string>]> = [
  ...contentWidgets.map(([tag, attributes]): [string, Record<string, string>] =>
    tag === 'tc-faq' ? [tag, { ...attributes, searchable: '' }] : tag === 'tc-retention-timeline' ? [tag, { 'end-date': '2025-01-31', today: '2025-02-10' }] : [tag, attributes],
  ),
  ['tc-locale-switch', {}],
];

function* elementsOf(root: ShadowRoot): Generator<HTMLElement> {
  for (const element of root.querySelectorAll<HTMLElement>('*')) yield element;
}

/** Text for screen readers only: a 1 px box that hides what it holds, on purpose. */
function visuallyHidden(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && getComputedStyle(element).overflow === 'hidden';
}

/** Elements whose box hides part of what they hold, outside text hidden on purpose. */
function clipped(root: ShadowRoot): string[] {
  const found: string[] = [];
  const hiddenOnPurpose = [...elementsOf(root)].filter(visuallyHidden);
  for (const element of elementsOf(root)) {
    if (element.closest('[hidden]') || hiddenOnPurpose.some((hidden) => hidden.contains(element))) continue;
    const style = getComputedStyle(element);
    const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip' || /paint|strict|content/.test(style.contain);
    const cutAcross = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const cutDown = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (cutAcross || cutDown) found.push(`${element.localName}.${[...element.classList].join('.')} "${element.textContent!.trim().slice(0, 40)}"`);
  }
  return found;
}

describe('text spacing (WCAG 1.4.12)', function () {
  this.timeout(30_000);
  afterEach(async () => {
    for (const element of document.querySelectorAll('[data-spacing], tc-locale-switch')) element.remove();
    await resetKit();
  });

  for (const [locale, width] of [['en', 320], ['en', 800], ['zh-CN', 320]] as const) {
    for (const [tag, attributes] of widgets) {
      it(`<${tag}> loses nothing in ${locale} at ${width} px with the spacing of 1.4.12`, async () => {
        await setLocale(locale);
        const column = document.createElement('div');
        column.dataset.spacing = '';
        column.style.width = `${width}px`;
        document.body.append(column);
        const widget = await mountWidget(tag, attributes);
        column.append(widget);
        const root = shadow(widget);
        // Every FAQ answer open: their text is what must not be cut.
        for (const question of root.querySelectorAll<HTMLButtonElement>('button.question')) question.click();
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(WCAG_TEXT_SPACING);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
        await new Promise((resolve) => requestAnimationFrame(resolve));

        const probe = root.querySelector('p, td, button, a, li')!;
        expect(getComputedStyle(probe).letterSpacing, 'the spacing applies').not.to.equal('normal');
        expect(clipped(root)).to.deep.equal([]);
        expect(widget.scrollWidth, 'wider than its column').to.be.at.most(width);
      });
    }
  }
});
