import { expect } from '@open-wc/testing';
import { mount, resetKit } from '../helpers.js';
import { TcBreadcrumb } from '../../src/widgets/breadcrumb/breadcrumb.js';

/*
 * The define modules on a page whose app uses the classes itself. No define module is imported
 * before a test here: each test decides what is defined first.
 */
describe('define modules', () => {
  afterEach(resetKit);

  // From a review: docs/bundling.md offers `<widget>/class.js` so that an app can define a widget under
  // a tag of its own. A later import of the define module (or of the root entry, for setLocale)
  // threw NotSupportedError, a constructor being usable once per registry, and the import failed.
  it('defines the kit\'s tag too when the app defined the class under its own tag first', async () => {
    customElements.define('acme-breadcrumb', TcBreadcrumb);
    let failure = '';
    try {
      await import('../../src/widgets/breadcrumb/define.js');
    } catch (error) {
      failure = String(error);
    }
    expect(failure, 'importing the define module').to.equal('');
    const kitTag = await mount<HTMLElement>('tc-breadcrumb', { page: 'privacy-control' });
    const appTag = await mount<HTMLElement>('acme-breadcrumb', { page: 'privacy-control' });
    for (const crumb of [kitTag, appTag]) {
      expect(crumb.getAttribute('status'), crumb.localName).to.equal('ready');
      expect(crumb instanceof TcBreadcrumb, `${crumb.localName} instanceof TcBreadcrumb`).to.equal(true);
    }
  });
});
