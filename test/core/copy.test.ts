import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { frameOf, inWebKit, mount, resetKit, shadow, shippedDocument, withFakeTimeouts } from '../helpers.js';
import type { DataLocationsDocument } from '../../src/core/content-types.js';

/**
 * What a reader gets when they select a widget's text and copy it: the selection's text, which is
 * what the browser puts on the clipboard as text/plain. Words written for screen readers only (a
 * link's "(opens in a new tab)", a live region's copy of a count shown beside it) are not on screen
 * and must not be pasted.
 */
function copiedText(node: Node): string {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  const text = selection.toString();
  selection.removeAllRanges();
  return text;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('copying a widget’s text', () => {
  before(function () {
    // WebKit's Selection ignores a range inside a shadow root: the test cannot select there.
    if (inWebKit) this.skip();
  });
  afterEach(resetKit);

  // From the navigation audit: a paragraph of the policy, copied into an email, read "where your
  // Customer Data(opens in a new tab) is located".
  it('leaves out the screen readers’ note on a link that opens a new tab', async () => {
    const widget = await mount('tc-policy-sections');
    const text = copiedText(shadow(widget).querySelector('a[target=_blank]')!.closest('p')!);
    expect(text).to.contain('so you know where your Customer Data is located, who can access it');
  });

  it('gives the search’s result count once, not again from the live region that says it', async () => {
    const widget = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('tc-faq', { searchable: '' });
    const input = shadow(widget).querySelector('input')!;
    input.focus();
    await withFakeTimeouts(async (clock) => {
      await sendKeys({ type: 'audit' });
      // The live region says the count once typing pauses (1 s).
      await clock.tickAsync(1000);
      // The region empties, then takes the count: two updates.
      await widget.updateComplete;
      await widget.updateComplete;
    });
    expect(shadow(widget).querySelector('[role=status]')!.textContent).to.contain('2 results');
    expect(occurrences(copiedText(shadow(widget)), '2 results')).to.equal(1);
  });

  it('gives the calculator’s hint once, not again from the live region', async () => {
    const widget = await mount('tc-retention-timeline');
    const text = copiedText(shadow(widget).querySelector('.calculator')!);
    expect(occurrences(text, 'Enter the date your subscription ends')).to.equal(1);
  });

  // From the copy-and-paste audit: an answer selected with its question and pasted into an email
  // ended in the label of the button under it, "Copy link".
  it('leaves the Copy link button out of a copied answer', async () => {
    const widget = await mount<HTMLElement & { toggle(id: string, force?: boolean): boolean; updateComplete: Promise<unknown> }>('tc-faq');
    widget.toggle('faq-audits', true);
    await widget.updateComplete;
    const text = copiedText(shadow(widget).getElementById('faq-audits')!.closest('.entry')!);
    expect(text).to.contain('in lieu of individual customer audits');
    expect(text).not.to.contain('Copy link');
  });

  // From the same audit: the regions table pasted as text (a plain-text email, a spreadsheet's
  // paste without formatting) is a line per region and a tab between its values. A region's note,
  // shown under its name, broke its row over three lines in Chromium ("China East", the note, then
  // the rest), and in Firefox ran into the name ("China EastOpens in 2027").
  it('gives each region of the table as one line of tab-separated values, a note after its name', async () => {
    const content = await shippedDocument<DataLocationsDocument>('en', 'data-locations.json');
    content.regions[0].note = ['Opens in 2027'];
    content.regions.push({ id: 'china-east-3', name: 'China East 3', location: 'Shanghai', services: ['Azure', 'Microsoft 365'], note: ['Preview'] });
    const frame = frameOf(800);
    try {
      const widget = await mount('tc-data-location', {}, { content }, frame);
      expect(getComputedStyle(shadow(widget).querySelector('tbody td')!).display, 'as a table').to.equal('table-cell');
      const lines = copiedText(shadow(widget).querySelector('tbody')!).trim().split('\n');
      // No partner: the dash shown, not the "None" written for screen readers beside it.
      expect(lines).to.deep.equal([
        'China East Opens in 2027\tShanghai\tAzure\tChina North',
        'China North\tBeijing\tAzure\tChina East',
        'China East 3 Preview\tShanghai\tAzure and Microsoft 365\t—',
      ]);
    } finally {
      frame.remove();
    }
  });
});
