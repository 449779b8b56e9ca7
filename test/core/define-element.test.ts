import { expect } from '@esm-bundle/chai';
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

  // From an audit of pages that wrap customElements.define (session replay and analytics tools
  // that watch for new shadow roots): a wrapper that defined the element and then threw (its own
  // bug) made the kit define a subclass under the same tag, which threw NotSupportedError. In the
  // script, that stopped it: every widget after the first stayed undefined.
  it('goes on when a page\'s customElements.define wrapper throws after it has defined the element', async () => {
    const define = customElements.define;
    customElements.define = function (this: CustomElementRegistry, ...args: Parameters<CustomElementRegistry['define']>) {
      define.apply(this, args);
      throw new Error('the wrapper\'s own bug');
    };
    let failure = '';
    try {
      await import('../../src/widgets/sidebar/define.js');
    } catch (error) {
      failure = String(error);
    } finally {
      customElements.define = define;
    }
    expect(failure, 'importing the define module').to.equal('');
    const sidebar = await mount<HTMLElement>('tc-sidebar', { page: 'privacy-control' });
    expect(sidebar.getAttribute('status')).to.equal('ready');
  });
});
