import { expect } from '@esm-bundle/chai';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { inChromium, mountWidget, resetKit, shadow, visibleText } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';

// WCAG 2.5.3 Label in Name: a speech-input user says what they see ("click Copy link"). Every
// control of the seven widgets, every answer open, has an accessible name (Chromium's tree) that
// contains its visible label: a button's or link's text, a field's <label>. Found by the
// accessibility conformance review to have no test of its own, and passing.

type Named = { role?: string; name?: string; children?: Named[] };

/** The names Chromium gives the page's controls, lower case, white space collapsed. */
async function controlNames(): Promise<string[]> {
  const names: string[] = [];
  const walk = (node: Named | null) => {
    if (!node) return;
    if (/^(button|link|searchbox|textbox|Date|combobox)$/.test(node.role ?? '')) names.push(normal(node.name ?? ''));
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as Named);
  return names;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('label in name (WCAG 2.5.3)', function () {
  this.timeout(30_000);
  afterEach(async () => {
    for (const element of document.querySelectorAll('tc-locale-switch')) element.remove();
    await resetKit();
  });

  for (const locale of ['en', 'zh-CN']) {
    it(`names every control by at least what it shows, in ${locale}`, async function () {
      if (!inChromium) this.skip(); // the accessibility tree is read over Chrome's protocol
      await setLocale(locale);
      const widgets = [
        await mountWidget('tc-locale-switch', {}),
        await mountWidget('tc-breadcrumb', { page: 'data-location' }),
        await mountWidget('tc-retention-timeline', { 'end-date': '2025-01-31' }),
        await mountWidget('tc-policy-sections', {}),
        await mountWidget('tc-faq', { searchable: '' }),
        await mountWidget('tc-sidebar', { page: 'data-location' }),
      ];
      const faq = widgets[4] as TcFaq;
      faq.expandAll();
      await faq.updateComplete;
      const names = await controlNames();
      const labels = widgets.flatMap((widget) =>
        [...shadow(widget).querySelectorAll<HTMLElement>('a[href], button, input')].map((control) =>
          normal(control.localName === 'input' ? visibleText(shadow(widget).querySelector(`label[for="${control.id}"]`)) : visibleText(control)),
        ),
      );
      expect(labels.length, 'controls found').to.be.above(40);
      // Each label against a name of its own: the twelve Copy link buttons need twelve names that
      // hold "copy link", so that one named otherwise is found though its neighbours say it. The
      // longest labels first, and a name equal to the label before one that only contains it, so
      // that a short label does not take the name a longer one needs.
      const unused = [...names];
      const take = (label: string) => {
        const exact = unused.indexOf(label);
        const index = exact >= 0 ? exact : unused.findIndex((name) => name.includes(label));
        return !!label && index >= 0 && !!unused.splice(index, 1);
      };
      expect([...labels].sort((a, b) => b.length - a.length).filter((label) => !take(label))).to.deep.equal([]);
    });
  }
});
