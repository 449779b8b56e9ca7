import { expect } from '@esm-bundle/chai';
import '../../src/widgets/data-location/define.js';
import { prefetchLocale, setLocale, uiStringsLocale } from '../../src/core/locale.js';
import { mount, nextEvent, recordFetches, shadow, visibleText } from '../helpers.js';

/*
 * A pointer resting on 简体中文 while the browser knows it is offline (a reader on a train), then the
 * click once the connection is back. Alone in its file, as ui-strings-offline.test.ts: the page must
 * not have loaded the Chinese UI strings' module before. The test server drops the connection to the
 * module meanwhile, as a browser offline would fail it.
 */
const stringsModule = '/src/generated/locales/zh-CN.ts';
const setServerOffline = (offline: boolean) => fetch(`/fixture/${offline ? 'offline' : 'online'}?path=${encodeURIComponent(stringsModule)}`);
const stringsLoads = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(stringsModule)).length;

describe('a switch prepared while the browser is offline', function () {
  this.timeout(20_000);

  it('asks for nothing, and the switch made once back online shows the Chinese UI strings (Firefox kept a failed module failed)', async () => {
    const widget = await mount('tc-data-location', { src: '/content/{locale}/data-locations.json' });
    await setServerOffline(true);
    const fetches = recordFetches();
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      prefetchLocale('zh-CN');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect({ documents: fetches.urls, strings: stringsLoads() }, 'asked for while offline').to.deep.equal({ documents: [], strings: 0 });
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      fetches.restore();
      await setServerOffline(false);
    }
    const ready = nextEvent(widget, 'tc-ready');
    await setLocale('zh-CN');
    await ready;
    expect(uiStringsLocale()).to.equal('zh-CN');
    expect(visibleText(shadow(widget).querySelector('thead th')), 'the column name').to.equal('区域');
    await setLocale('en');
  });
});
