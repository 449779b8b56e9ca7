import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { machineTranslate, mount, resetKit, shadow, untranslatedText, withFakeTimeouts } from '../helpers.js';
import type { TcFaq } from '../../src/widgets/faq/faq.js';
import type { TcRetentionTimeline } from '../../src/widgets/retention-timeline/retention-timeline.js';
import type { TcBreadcrumb } from '../../src/widgets/breadcrumb/breadcrumb.js';
import type { TcSidebar } from '../../src/widgets/sidebar/sidebar.js';

/*
 * A reader who has the page translated by a translator that reaches into open shadow roots (page
 * translation extensions such as 划词翻译 and Linguist do; whether a browser's built-in translator
 * does is not established): the translator replaces each text node with its translation in <font>
 * elements, and translates the text the page adds afterwards. Lit updates a text binding by setting
 * `.data` on the node after its marker, which was the text node it rendered and is now the
 * translator's <font>, where it shows nothing (nor is it a change the translator sees): what
 * follows the reader must still change.
 */
const $ = <T extends Element = HTMLElement>(widget: Element, selector: string) => shadow(widget).querySelector<T>(selector)!;

/** What the FAQ says of the entries its search leaves. */
const countOf = (widget: TcFaq) => {
  const shown = shadow(widget).querySelectorAll('.entry:not([hidden])').length;
  return shown === 0 ? 'No results' : shown === 1 ? '1 result' : `${shown} results`;
};

async function search(widget: TcFaq, text: string): Promise<void> {
  const input = $<HTMLInputElement>(widget, 'input[type="search"]');
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await widget.updateComplete;
  await widget.updateComplete;
}

describe('a page the browser has translated', () => {
  afterEach(async () => {
    document.documentElement.classList.remove('translated-ltr');
    await resetKit();
  });

  describe('<tc-faq>', () => {
    it('counts the results of each search, not only of the first', async () => {
      const widget = await mount<TcFaq>('tc-faq', { src: '/content/{locale}/faq.json', searchable: '' });
      machineTranslate();
      for (const query of ['data', 'audit', 'zzz', 'customer data']) {
        await search(widget, query);
        expect(untranslatedText($(widget, '.results')), `the count after searching "${query}"`).to.equal(countOf(widget));
        machineTranslate();
      }
    });

    it('says "Collapse all" once everything is open, and "Expand all" again once it is closed', async () => {
      const widget = await mount<TcFaq>('tc-faq', { src: '/content/{locale}/faq.json' });
      machineTranslate();
      const toggle = $<HTMLButtonElement>(widget, '.toggle-all');
      toggle.focus();
      toggle.click();
      await widget.updateComplete;
      expect(untranslatedText(toggle), 'everything open').to.equal('Collapse all');
      machineTranslate();
      toggle.click();
      await widget.updateComplete;
      expect(untranslatedText(toggle), 'everything closed').to.equal('Expand all');
      expect(shadow(widget).activeElement === toggle, 'focus stays on the button').to.be.true;
    });

    // Acceptable without a change: each announcement empties the region first, and Lit removes what
    // is between its markers, the translator's nodes included, for an empty value.
    it('announces the count of a second search too', async () => {
      const widget = await mount<TcFaq>('tc-faq', { src: '/content/{locale}/faq.json', searchable: '' });
      const status = $(widget, '[role="status"]');
      machineTranslate();
      for (const query of ['data', 'zzz']) {
        await withFakeTimeouts(async (clock) => {
          await search(widget, query);
          // Said once typing pauses (a second), as the search box's own label says nothing.
          await clock.tickAsync(1000);
          // The region empties, then takes the count: two updates.
          await widget.updateComplete;
          await widget.updateComplete;
        });
        expect(untranslatedText(status), `announced after searching "${query}"`).to.equal(countOf(widget));
        machineTranslate();
      }
    });
  });

  describe('<tc-retention-timeline>', () => {
    it('shows the deletion date and the days left of the date the reader enters next', async () => {
      const widget = await mount<TcRetentionTimeline>(
        'tc-retention-timeline',
        { src: '/content/{locale}/retention-policy.json', 'end-date': '2025-01-31' },
        { today: '2025-02-10' },
      );
      machineTranslate();
      widget.endDate = '2025-06-30';
      await widget.updateComplete;
      expect(untranslatedText($(widget, '.result'))).to.equal('The retention period ends and your data is deleted on September 28, 2025. 230 days left');
      expect(untranslatedText($(widget, '.printed-end-date')), 'the end date shown in print').to.equal('June 30, 2025');
      expect(untranslatedText($(widget, '[role="status"]')), 'what screen readers hear').to.equal(untranslatedText($(widget, '.result')));
    });
  });

  describe('<tc-breadcrumb>', () => {
    it('ends with the new page when the host moves to another page', async () => {
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { page: 'privacy-control' });
      machineTranslate();
      widget.page = 'faq';
      await widget.updateComplete;
      expect(untranslatedText($(widget, '[aria-current="page"]'))).to.equal('Frequently Asked Questions (FAQ)');
    });

    // The trail of the next page may have other links where the last one had its own: each link's
    // text must follow its target, or the reader goes to a page other than the one the link names.
    it('names each link of the new trail after the page it goes to', async () => {
      const widget = await mount<TcBreadcrumb>('tc-breadcrumb', { page: 'data-location' });
      machineTranslate();
      widget.page = 'privacy-control';
      await widget.updateComplete;
      const links = [...shadow(widget).querySelectorAll('a')].map((link) => `${untranslatedText(link)} -> ${link.getAttribute('href')}`);
      expect(links).to.deep.equal(['Trust Center -> ../default.html', 'Privacy -> ../privacy/default.html']);
    });
  });

  describe('<tc-sidebar>', () => {
    // The group heading names the group's landmark too (aria-labelledby): a stale heading names the
    // new links after the old group, on the page and in the landmarks list.
    it('heads each group the host shows next with its own title', async () => {
      const widget = await mount<TcSidebar>('tc-sidebar', { groups: 'key-privacy-information' });
      machineTranslate();
      widget.groups = 'helpful-information';
      await widget.updateComplete;
      expect(untranslatedText($(widget, '[part~="heading"]'))).to.equal('Helpful information');
    });
  });
});
