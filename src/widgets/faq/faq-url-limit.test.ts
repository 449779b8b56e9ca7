import { expect } from '@esm-bundle/chai';
import './define.js';
import { mount, nextEvent, resetKit, shadow } from '../../../test/helpers.js';
import type { TcFaq } from './faq.js';
import type { TcFaqToggleEvent } from './faq-events.js';

/*
 * A file of its own: WebKit's limit on URL changes holds for the whole page for 10 s, and every
 * FAQ test after this one would find the URL frozen.
 */
describe('<tc-faq sync-hash> past the browser’s limit on URL changes', () => {
  afterEach(resetKit);

  // WebKit (Safari, and every browser on iOS) throws a SecurityError past 100 changes in 10 s: a
  // reader holding Enter down on a question, or the page's own scroll spy, spends them. The
  // reader's click must still open the entry, with its event, and throw nothing.
  it('still opens an entry, and reports it, once the page has spent it', async () => {
    const widget = await mount<TcFaq>('tc-faq', { src: '/content/{locale}/faq.json', 'sync-hash': '' });
    for (let change = 0; change < 150; change++) {
      try {
        history.replaceState(history.state, '', `#spent-${change}`);
      } catch {
        break;
      }
    }
    const errors: string[] = [];
    const recordError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    window.addEventListener('error', recordError);
    // Mocha fails a test on any uncaught error; here it is what is being checked, by name.
    const mochaOnError = window.onerror;
    window.onerror = null;
    try {
      const toggled = nextEvent<TcFaqToggleEvent>(widget, 'tc-faq-toggle');
      const button = shadow(widget).getElementById('faq-audits') as HTMLButtonElement;
      button.click();
      expect((await toggled).detail).to.deep.equal({ id: 'faq-audits', open: true });
      await widget.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(errors).to.deep.equal([]);
    } finally {
      window.onerror = mochaOnError;
      window.removeEventListener('error', recordError);
    }
  });
});
