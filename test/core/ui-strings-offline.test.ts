import { expect } from '@esm-bundle/chai';
import '../../src/widgets/data-location/define.js';
import { onLocaleChange, setLocale, uiStringsLocale } from '../../src/core/locale.js';
import { inChromium, inWebKit, mount, nextEvent, quietly, shadow, visibleText } from '../helpers.js';
import type { TcDataLocation } from '../../src/widgets/data-location/data-location.js';

/*
 * The Chinese UI strings as the ES modules load them: a real import() of their module, which fails
 * while the reader is offline (the test server drops the connection), not a loader replaced by the
 * test (locale.test.ts). Alone in its file: the page must not have loaded the module before.
 * The test server serves the module's source, src/generated/locales/zh-CN.ts, under that name.
 */
const stringsModule = '/src/generated/locales/zh-CN.ts';
const setOffline = (offline: boolean) => fetch(`/fixture/${offline ? 'offline' : 'online'}?path=${encodeURIComponent(stringsModule)}`);

describe('Chinese UI strings that failed to load, from the ES modules', function () {
  this.timeout(20_000);

  it('load again when the connection comes back, except in Firefox (docs/locales.md)', async () => {
    const widget = await mount<TcDataLocation>('tc-data-location', { src: '/content/{locale}/data-locations.json' });
    await setOffline(true);
    try {
      const ready = nextEvent(widget, 'tc-ready');
      await quietly(() => setLocale('zh-CN'));
      await ready;
    } finally {
      await setOffline(false);
    }
    expect(uiStringsLocale(), 'the UI strings while offline').to.equal('en');
    // The kit tells of the retry, loaded or not; 3 s without a word is a retry that never began.
    const told = new Promise<void>((resolve) => {
      const stop = onLocaleChange(() => (stop(), resolve()));
      setTimeout(() => (stop(), resolve()), 3000);
    });
    await quietly(async () => {
      dispatchEvent(new Event('online'));
      await told;
    });
    await widget.updateComplete;
    // Firefox keeps a module that failed to load failed, under its URL, for the page's life: the
    // import() asks the network no more. (The script asks under another URL: test/dist.)
    const expected = inChromium || inWebKit ? '区域' : 'Region';
    expect(visibleText(shadow(widget).querySelector('thead th')), 'the column name once back online').to.equal(expected);
  });
});
