import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { mount, resetKit, shadow } from '../helpers.js';

// `heading-level` fits a widget into the host page's outline. Whatever a page writes there, the
// widget's own outline must keep its shape: a value that is not a level (removed, empty, text, 0)
// gives the widget's default, and a level out of range is brought into 2..6, with the headings
// inside it still one level deeper than their parent.

interface WidgetCase {
  tag: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
}

const widgets: WidgetCase[] = [
  { tag: 'tc-data-location' },
  { tag: 'tc-retention-timeline', attributes: { 'end-date': '2025-01-31' }, properties: { today: '2025-02-10' } },
  { tag: 'tc-faq' },
  { tag: 'tc-sidebar', attributes: { page: 'privacy-control' } },
  { tag: 'tc-policy-sections' },
];

/** The widget's outline: each heading's level and part, in document order. */
function outline(widget: Element): string[] {
  return [...shadow(widget).querySelectorAll('h1, h2, h3, h4, h5, h6, [part="title"]')].map(
    (heading) => `${/^h\d$/.test(heading.localName) ? heading.localName : 'not a heading'} ${heading.getAttribute('part')}`,
  );
}

async function withHeadingLevel(widget: HTMLElement & { updateComplete: Promise<unknown> }, value: string | null): Promise<string[]> {
  if (value === null) widget.removeAttribute('heading-level');
  else widget.setAttribute('heading-level', value);
  await widget.updateComplete;
  return outline(widget);
}

describe('heading levels: the outline keeps its shape whatever heading-level says', () => {
  afterEach(resetKit);

  for (const { tag, attributes = {}, properties = {} } of widgets) {
    it(`<${tag}>: a value that is not a level gives the default outline; 1 is brought up to 2`, async () => {
      const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(tag, attributes, properties);
      const defaults = outline(widget);
      expect(defaults.length, 'headings rendered').to.be.above(0);
      const atTwo = await withHeadingLevel(widget, '2');
      expect(await withHeadingLevel(widget, '5'), 'at 5').to.not.deep.equal(defaults);
      // Removing the attribute (the property becomes null) brings the default back.
      expect(await withHeadingLevel(widget, null), 'removed').to.deep.equal(defaults);
      for (const value of ['', 'abc', '0', '-3']) {
        await withHeadingLevel(widget, '5');
        expect(await withHeadingLevel(widget, value), `heading-level="${value}"`).to.deep.equal(defaults);
      }
      expect(await withHeadingLevel(widget, '1'), 'heading-level="1"').to.deep.equal(atTwo);
    });
  }

  it('<tc-policy-sections> and <tc-retention-timeline> keep their inner headings one level deeper at any level', async () => {
    for (const { tag, attributes = {}, properties = {} } of widgets.filter((widget) => ['tc-policy-sections', 'tc-retention-timeline'].includes(widget.tag))) {
      const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(tag, attributes, properties);
      for (const value of ['1', '2', '3', '4', '5', 'abc', null]) {
        const levels = (await withHeadingLevel(widget, value)).map((entry) => Number(entry[1]));
        const outer = Math.min(...levels);
        expect(Math.max(...levels), `<${tag} heading-level="${value}">: ${levels.join(' ')}`).to.be.above(outer);
      }
    }
  });
});
