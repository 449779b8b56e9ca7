import { expect } from '@esm-bundle/chai';
import { html, render } from 'lit';
import '../../src/widgets/data-location/define.js';
import { installStalledRequests, replacedBy, STALLED } from '../../stories/support/network.js';
import { nextEvent, resetKit, shadow, withFakeTimeouts } from '../helpers.js';

describe('story support: network states', () => {
  afterEach(resetKit);

  // The Replacing stories: shown for more than 10 s, the widget ended in the store's timeout alert
  // ("The content took too long to load."), with a console error, instead of its busy content.
  it('replacedBy keeps the widget waiting for its replacement, past the store\'s 10 s', async () => {
    const realFetch = window.fetch;
    const host = document.body.appendChild(document.createElement('div'));
    try {
      installStalledRequests();
      await withFakeTimeouts(async (clock) => {
        render(html`<tc-data-location ${replacedBy(`/${STALLED}data-locations.json`)}></tc-data-location>`, host);
        const widget = host.querySelector('tc-data-location')!;
        await nextEvent(widget, 'tc-ready');
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const busy = () => shadow(widget).querySelector('.root')?.getAttribute('aria-busy');
        expect(busy(), 'once given the stalled src').to.equal('true');
        await clock.tickAsync(60_000);
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(widget.getAttribute('status'), 'a minute later').to.equal('loading');
        expect(busy(), 'a minute later').to.equal('true');
      });
    } finally {
      render(html``, host);
      host.remove();
      window.fetch = realFetch;
    }
  });
});
