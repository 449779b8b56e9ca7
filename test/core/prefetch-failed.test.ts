import { expect } from '@esm-bundle/chai';
import '../../src/widgets/locale-switch/define.js';
import '../../src/widgets/data-location/define.js';
import { setLocale, uiStringsLocale } from '../../src/core/locale.js';
import { mount, mountWidget, nextEvent, shadow, visibleText } from '../helpers.js';

/*
 * Focus on 简体中文 over a connection that fails without the browser knowing it is offline (so the
 * Chinese UI strings are asked for ahead of the click, and their load fails), then the click once
 * the connection is back. Alone in its file, as prefetch-offline.test.ts: the page must not have
 * loaded the Chinese UI strings' module before. The test server drops the connection to the module.
 */
const stringsModule = '/src/generated/locales/zh-CN.ts';
const setServerOffline = (offline: boolean) => fetch(`/fixture/${offline ? 'offline' : 'online'}?path=${encodeURIComponent(stringsModule)}`);

describe('a switch whose UI strings failed to load ahead of it', function () {
  this.timeout(20_000);

  it('shows the Chinese UI strings on the click made once the connection is back', async function () {
    // Firefox keeps a module that failed failed for the page's life, which the ES modules cannot ask
    // for under another address: the labels stay English there (docs/locales.md says so).
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    const locales = await mountWidget('tc-locale-switch', {});
    const widget = await mount('tc-data-location', { src: '/content/{locale}/data-locations.json' });
    const chinese = [...shadow(locales).querySelectorAll('button')].find((button) => button.lang === 'zh-CN')!;
    await setServerOffline(true);
    try {
      chinese.focus();
      // The dropped connection fails the load at once; no hook tells when the kit has heard of it.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await setServerOffline(false);
    }
    expect(uiStringsLocale(), 'before the click').to.equal('en');
    const ready = nextEvent(widget, 'tc-ready');
    chinese.click();
    await ready;
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(visibleText(shadow(widget).querySelector('thead th')), 'the column name').to.equal('区域');
    expect(uiStringsLocale()).to.equal('zh-CN');
    locales.remove();
    await setLocale('en');
  });
});
