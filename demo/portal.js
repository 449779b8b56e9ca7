// The portal's own text (skip link, header, hero, footer) in the kit's two languages. The widgets
// translate themselves; this page script follows them: <tc-locale-switch> fires tc-locale-change
// once the new language is in place, and the page's text switches with the widgets, without a
// reload. Elements say what they show with data-i18n="key" (their text) or data-i18n-label="key"
// (their aria-label). Loaded in <head>, before the kit, so that no event is missed.
(() => {
  'use strict';

  // Page titles and the tagline are those of the kit's navigation content (content/*/navigation.json),
  // so the hero says what the breadcrumb says.
  const strings = {
    en: {
      skip: 'Skip to main content',
      brand: 'Trust Center',
      siteNav: 'Trust Center pages',
      'nav.home': 'Home',
      'nav.data-location': 'Data location',
      'nav.privacy-control': 'Data control',
      'nav.faq': 'FAQ',
      'title.home': 'Trust Center',
      'title.data-location': 'Where your Customer Data is stored · Trust Center',
      'title.privacy-control': 'You control your Customer Data · Trust Center',
      'title.faq': 'Frequently Asked Questions (FAQ) · Trust Center',
      'hero.home': 'Trust Center',
      'hero.data-location': 'Where your Customer Data is stored',
      'hero.privacy-control': 'You control your Customer Data',
      'hero.faq': 'Frequently Asked Questions (FAQ)',
      tagline: 'You are in control of your data',
      'index.lead': 'Where your data is stored, who can access it, how long it is kept after your subscription ends, and the questions customers ask.',
      'index.pages': 'Explore the Trust Center',
      'index.data-location': 'The regions in mainland China where your Customer Data is stored, and how it is replicated.',
      'index.privacy-control': 'Access to your Customer Data, and what happens to it when you leave: a timeline and a deletion-date calculator.',
      'index.faq': 'Answers to the questions customers ask most, searchable in English and Chinese.',
      'index.product-heading': 'For product teams',
      'index.product-link': 'Subscription page',
      'index.product': 'A product page that imports one widget as an ES module and gives it the subscription’s end date (in English).',
      'footer.note': 'Demo portal of trust-widgets: plain HTML pages, one script tag.',
      'footer.product': 'Product page example',
    },
    'zh-CN': {
      skip: '跳到主要内容',
      brand: '信任中心',
      siteNav: '信任中心页面',
      'nav.home': '首页',
      'nav.data-location': '数据位置',
      'nav.privacy-control': '数据掌控',
      'nav.faq': '常见问题',
      'title.home': '信任中心',
      'title.data-location': '您的客户数据存储在何处 · 信任中心',
      'title.privacy-control': '您掌控自己的客户数据 · 信任中心',
      'title.faq': '常见问题 · 信任中心',
      'hero.home': '信任中心',
      'hero.data-location': '您的客户数据存储在何处',
      'hero.privacy-control': '您掌控自己的客户数据',
      'hero.faq': '常见问题',
      tagline: '您的数据由您掌控',
      'index.lead': '您的数据存储在何处、谁可以访问、订阅结束后保留多久，以及客户常问的问题。',
      'index.pages': '浏览信任中心',
      'index.data-location': '您的客户数据存储在中国大陆的哪些区域，以及如何复制。',
      'index.privacy-control': '谁可以访问您的客户数据，以及您退出服务后数据会如何处理：时间线和删除日期计算器。',
      'index.faq': '客户最常提出的问题及解答，可用中文和英文搜索。',
      'index.product-heading': '面向产品团队',
      'index.product-link': '订阅页面',
      'index.product': '以 ES 模块导入单个小组件、并向其提供订阅结束日期的产品页面（英文）。',
      'footer.note': 'trust-widgets 演示门户：纯 HTML 页面，只需一个 script 标签。',
      'footer.product': '产品页面示例',
    },
  };

  function apply(locale) {
    const table = strings[locale] ?? strings.en;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      const text = table[element.dataset.i18n];
      if (text === undefined) continue;
      // Only when it differs: a text change is itself a mutation, which would wake the observer below.
      if (element.localName === 'title') {
        if (document.title !== text) document.title = text;
      } else if (element.textContent !== text) element.textContent = text;
      element.lang = locale;
    }
    for (const element of document.querySelectorAll('[data-i18n-label]')) {
      const text = table[element.dataset.i18nLabel];
      if (text === undefined) continue;
      element.setAttribute('aria-label', text);
      element.lang = locale;
    }
  }

  // With the widgets, not before them: tc-locale-change comes once the new UI strings are in, and
  // English ones are built in, while each widget shows its old document until the new one has
  // arrived. The page's text follows once no widget on the page is loading any more (each has shown
  // its document or said it could not), so the reader never sees English headings over Chinese
  // widgets for a round trip. Watching the page rather than each widget's tc-ready: a widget taken
  // off the page while it loads (a view that changes) does not hold the text back. Only the latest
  // choice applies.
  let chosen;
  const settling = new MutationObserver(() => applyOnceSettled());
  function applyOnceSettled() {
    if (document.querySelector('[status="loading"]')) return;
    settling.disconnect();
    apply(chosen);
  }
  document.addEventListener('tc-locale-change', ({ detail: { locale } }) => {
    chosen = locale;
    settling.observe(document.documentElement, { subtree: true, childList: true, attributeFilter: ['status'] });
    applyOnceSettled();
  });

  // A reader who chose Chinese on an earlier page (<tc-locale-switch remember> keeps the choice
  // under "trust-widgets-locale") gets it from the first frame, not after the kit has loaded:
  // <html lang> is set before the body is parsed, so the kit starts in Chinese, fetches Chinese
  // content only, and portal.css reserves the Chinese heights (:lang(zh-CN)). The page's own text
  // is translated as the parser adds it: a mutation observer's callback runs before the browser
  // next draws, so no English heading is ever painted to be replaced (a layout shift).
  let remembered = null;
  try {
    remembered = localStorage.getItem('trust-widgets-locale');
  } catch {
    // Storage blocked: the page starts in its own language.
  }
  if (remembered && remembered !== document.documentElement.lang && Object.hasOwn(strings, remembered)) {
    document.documentElement.lang = remembered;
  }
  const initial = document.documentElement.lang;

  // The content documents this page's widgets show (data-content on this script's tag), asked for
  // now, in the language the page starts in, rather than once the kit's script has loaded and run:
  // the widgets' requests find them on the way (one request each; crossorigin gives the preload the
  // kit's CORS mode and same-origin credentials, without which the browser fetches twice). A page
  // that opens in Chinese also needs the kit's Chinese UI strings before its widgets show anything.
  // Only for a language the kit has by this very tag: for another one (zh-Hans), the kit picks the
  // documents itself, and a guess here could be a download that nothing uses.
  if (Object.hasOwn(strings, initial)) {
    const preload = (href, as) => {
      const link = document.createElement('link');
      link.rel = as ? 'preload' : 'modulepreload';
      if (as) link.as = as;
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    };
    for (const name of document.currentScript?.dataset.content?.split(' ').filter(Boolean) ?? []) {
      preload(`../dist/content/${initial}/${name}.json`, 'fetch');
    }
    if (initial === 'zh-CN') preload('../dist/locales/zh-CN.js');
  }

  if (initial !== 'en' && Object.hasOwn(strings, initial)) {
    apply(initial);
    const parsing = new MutationObserver(() => apply(initial));
    parsing.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => parsing.disconnect(), { once: true });
  }
  // A page opened in another spelling of Chinese (<html lang="zh-Hans">): the kit maps it to
  // zh-CN, and the page follows the kit.
  document.addEventListener('DOMContentLoaded', () => {
    if (window.TrustWidgets) apply(window.TrustWidgets.getLocale());
  });
})();
