// Routes the tests use to produce faults a real server would: /fixture/<kind>/... (Koa middleware
// for the test server). Also serves /src/content/ from /content/, where the kit's default content
// is found relative to src/core/kit-base.ts when running from source.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const failuresLeft = new Map();
const editions = new Map();
const offlinePaths = new Set();
/** The pages /fixture/held/ is sending, each by its key: its stops, each resumed or not yet. */
const heldPages = new Map();
/** How each /fixture/big answer given a ?key ended: 'sending', 'sent' whole, or 'cancelled' by the browser. */
const bigAnswers = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A shipped document's text: `path` is `<locale>/<document>`, without .json. */
const shippedText = (path) => readFileSync(new URL(`../../content/${path}.json`, import.meta.url), 'utf8');

/** Answers with the built kit's file at `path` (its segments under dist/), as a script or JSON. */
function serveBuilt(context, path) {
  context.body = readFileSync(new URL(`../../dist/${path.join('/')}`, import.meta.url));
  context.type = path.at(-1).endsWith('.json') ? 'application/json' : 'text/javascript';
}

export async function contentFixtures(context, next) {
  if (context.path.startsWith('/src/content/')) context.path = context.path.replace('/src/content/', '/content/');
  // Between /fixture/offline?path=<path> and /fixture/online?path=<path>, a request for that path
  // gets no answer (the connection drops), as any file a browser asks for while offline: a module
  // that an import() loads, say.
  if (offlinePaths.has(context.path)) {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  // The Chinese UI strings' module is never kept by the browser: a test that drops the connection
  // to it (ui-strings-offline.test.ts) must not find it in the cache from an earlier test file.
  // The test runner marks every file cacheable for a year once this middleware is done (its
  // cacheMiddleware, around this one), so the header is kept from changing after it is set here.
  if (context.path.startsWith('/src/generated/locales/')) {
    const setHeader = context.res.setHeader.bind(context.res);
    context.res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? 'no-store' : value);
    return next();
  }
  const match = /^\/fixture\/([\w-]+)\/?(.*)$/.exec(context.path);
  if (!match) return next();
  const [, kind, rest] = match;
  context.set('Cache-Control', 'no-store');
  switch (kind) {
    case 'offline':
    case 'online':
      offlinePaths[kind === 'offline' ? 'add' : 'delete'](String(context.query.path));
      context.body = kind;
      return;
    case 'status': // /fixture/status/500
      context.status = Number(rest);
      context.type = 'application/json';
      context.body = '{}';
      return;
    case 'stall': // answers only after a while: longer than the store's timeout in the tests
      await sleep(Number(context.query.ms ?? 3000));
      context.type = 'application/json';
      context.body = '{}';
      return;
    case 'html': // a 200 answer that is an HTML page, as SPA fallbacks and captive portals send
      context.type = 'text/html';
      context.body = '<!doctype html><title>Not content</title>';
      return;
    // /fixture/broken-zh/<locale>/<document>: the document, but a 500 for zh-CN, so a switch of
    // language is what fails.
    case 'broken-zh':
      {
        const [locale, document] = rest.split('/');
        if (locale === 'zh-CN') {
          context.status = 500;
          return;
        }
        context.type = 'application/json';
        context.body = shippedText(`${locale}/${document}`);
      }
      return;
    // /fixture/encoded/<gbk|utf16|utf16-no-bom>: JSON saved in another encoding than UTF-8, as
    // editors on a Chinese system (GBK) or Windows' "Unicode" (UTF-16, with or without its BOM)
    // save it. UTF-16 of ASCII text without a BOM is valid UTF-8, with a NUL after every letter.
    case 'encoded':
      context.type = 'application/json';
      context.body =
        rest === 'gbk'
          ? Buffer.concat([Buffer.from('{"title": "'), Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]), Buffer.from('"}')]) // 中国 in GBK
          : Buffer.from(`${rest === 'utf16' ? '\ufeff' : ''}{"title": "China"}`, 'utf16le');
      return;
    // /fixture/as-type/<locale>/<document>?type=<content type>: the document under another JSON type.
    case 'as-type':
      context.type = String(context.query.type);
      context.body = shippedText(rest);
      return;
    // /fixture/needs-cookie/<locale>/<document>: a portal's content behind its sign-in (cookie tc-session).
    case 'needs-cookie':
      if (!context.cookies.get('tc-session')) {
        context.status = 403;
        context.body = '{}';
        return;
      }
      context.type = 'application/json';
      context.body = shippedText(rest);
      return;
    // A valid JSON document of ?bytes bytes; with ?pause=<ms>, stalled that long after its first
    // kilobyte (its Content-Length sent first); with ?chunked, streamed without a Content-Length;
    // with ?status, under that status; with ?key, how its sending ended is kept for
    // /fixture/big-answer/<key>.
    case 'big':
      {
        const { key } = context.query;
        if (key) {
          bigAnswers.set(key, 'sending');
          context.res.on('close', () => bigAnswers.set(key, context.res.writableFinished ? 'sent' : 'cancelled'));
        }
        if (context.query.status) context.status = Number(context.query.status);
        context.type = 'application/json';
        const text = JSON.stringify({ padding: 'x'.repeat(Number(context.query.bytes ?? 2_000_000)) });
        const pause = Number(context.query.pause ?? 0);
        async function* pieces() {
          yield text.slice(0, 1000);
          await sleep(pause);
          yield text.slice(1000);
        }
        const chunked = 'chunked' in context.query;
        context.body = chunked || pause ? Readable.from(pieces()) : text;
        if (!chunked) context.length = Buffer.byteLength(text);
      }
      return;
    // /fixture/held/<key>/<path>?at=<text>[&at=<text>…]: the repository's file at <path>, and beside
    // it the files its relative URLs name, as they are. An HTML page comes only up to the first <text>
    // in it, the rest up to the next <text> after it once /fixture/resume/<key> is asked for (or
    // after 10 s), and so on. Meanwhile the browser draws the page as far as its parser got, as it
    // does when a page arrives in pieces or the parser stops to let the browser draw.
    case 'held':
      {
        const [key, ...path] = rest.split('/');
        if (!path.at(-1)?.endsWith('.html')) {
          context.path = `/${path.join('/')}`;
          return next();
        }
        const text = readFileSync(new URL(`../../${path.join('/')}`, import.meta.url), 'utf8');
        const cuts = [];
        for (const at of [context.query.at ?? []].flat()) cuts.push(text.indexOf(at, cuts.at(-1) ?? 0));
        if (cuts.length === 0 || cuts.includes(-1)) {
          context.status = 400;
          context.body = `not all of ${[context.query.at].flat()} in ${path.join('/')}, in that order`;
          return;
        }
        const stops = cuts.map(() => {
          const stop = { resumed: false };
          stop.reached = new Promise((resolve) => {
            stop.resume = resolve;
            setTimeout(resolve, 10_000);
          });
          return stop;
        });
        heldPages.set(key, stops);
        async function* pieces() {
          let from = 0;
          for (const [index, cut] of cuts.entries()) {
            yield text.slice(from, (from = cut));
            await stops[index].reached;
          }
          // Only its own: a page held later under the same key (an attempt again) stays held.
          if (heldPages.get(key) === stops) heldPages.delete(key);
          yield text.slice(from);
        }
        context.type = 'text/html';
        context.body = Readable.from(pieces());
      }
      return;
    case 'resume':
      {
        const stop = heldPages.get(rest)?.find(({ resumed }) => !resumed);
        if (stop) {
          stop.resumed = true;
          stop.resume();
        }
        context.body = stop ? 'resumed' : 'nothing held';
      }
      return;
    // /fixture/fail-once/<key>/<locale>/<document>: 500 the first time, then content/<locale>/<document>.json.
    // With ?cached, the first answer is instead a broken document the browser may keep for ten
    // minutes, as a CDN's would be until the editor's fix is published.
    // (No .json in the path: the test server's plugins would try to transform the answer.)
    case 'fail-once':
      {
        const [key, ...path] = rest.split('/');
        if (!failuresLeft.has(key)) failuresLeft.set(key, 1);
        if (failuresLeft.get(key) > 0) {
          failuresLeft.set(key, failuresLeft.get(key) - 1);
          if ('cached' in context.query) {
            context.type = 'application/json';
            context.set('Cache-Control', 'max-age=600');
            context.body = '{"kind": ';
            return;
          }
          context.status = 500;
          return;
        }
        context.type = 'application/json';
        context.body = shippedText(path.join('/'));
      }
      return;
    // A portal page with no charset anywhere (so the browser decodes it as windows-1252) that loads
    // the script bundle, itself served with no charset either.
    case 'no-charset-page':
      // Opened cross-origin (a same-origin frame would inherit its parent's UTF-8), so it reports
      // what it shows with postMessage.
      context.body = `<!doctype html><html lang="en"><head><title>No charset</title>
        <script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));</script></head>
        <body><tc-data-location src="/content/{locale}/data-locations.json"></tc-data-location>
        <tc-breadcrumb page="privacy-control" src="/content/{locale}/navigation.json"></tc-breadcrumb>
        <tc-locale-switch></tc-locale-switch>
        <tc-policy-sections src="/content/{locale}/policy-sections.json"></tc-policy-sections>
        <tc-retention-timeline end-date="2026-01-31" src="/content/{locale}/retention-policy.json"></tc-retention-timeline>
        <tc-faq searchable src="/content/{locale}/faq.json"></tc-faq>
        <tc-sidebar page="privacy-control" src="/content/{locale}/navigation.json"></tc-sidebar>
        <script src="/fixture/no-charset/trust-widgets.js"></script>
        <script>
          const widget = document.querySelector('tc-data-location');
          const all = [...document.body.children].filter((element) => element.localName.startsWith('tc-'));
          const settled = () => all.every((element) => element.localName === 'tc-locale-switch' || element.getAttribute('status') === 'ready');
          const whenSettled = () => new Promise((resolve) => { const poll = () => (settled() ? resolve() : setTimeout(poll, 20)); poll(); });
          const report = () => parent.postMessage({
            charset: document.characterSet,
            headers: [...widget.shadowRoot.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
            firstRegion: widget.shadowRoot.querySelector('tbody th').textContent.trim(),
            // Every widget's rendered text, to look for Chinese and for mojibake.
            texts: Object.fromEntries(all.map((element) => [element.localName, element.shadowRoot.textContent])),
            errors: pageErrors,
          }, '*');
          whenSettled().then(async () => {
            await TrustWidgets.setLocale('zh-CN');
            await whenSettled();
            await Promise.all(all.map((element) => element.updateComplete));
            report();
          });
        </script></body></html>`;
      context.set('Content-Type', 'text/html');
      return;
    // /fixture/clobbered-page/<img|form>: a Chinese portal page whose user content (markup allowed,
    // scripts not) has an element named "currentScript", which shadows document.currentScript, before
    // the kit's script tag; the element names /fixture/evil/x/, where nothing may be fetched from.
    case 'clobbered-page': {
      const element = rest === 'form' ? '<form name="currentScript" action="/fixture/evil/x/"></form>' : '<img name="currentScript" src="/fixture/evil/x/" alt="" />';
      context.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><title>User content names currentScript</title>
        <script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));</script></head>
        <body><div class="comment">${element}</div><tc-data-location></tc-data-location><script src="/dist/trust-widgets.js"></script></body></html>`;
      context.set('Content-Type', 'text/html; charset=utf-8');
      return;
    }
    // /fixture/cdn/<corp>/<acao>/<file in dist/>: the built kit as a CDN serves it, with
    // Cross-Origin-Resource-Policy: <corp> (none: without it) and, with acao "star",
    // Access-Control-Allow-Origin: *. A test asks for it at the page's other name (127.0.0.1 beside
    // localhost), another site.
    case 'cdn': {
      const [corp, acao, ...path] = rest.split('/');
      if (corp !== 'none') context.set('Cross-Origin-Resource-Policy', corp);
      if (acao === 'star') context.set('Access-Control-Allow-Origin', '*');
      return serveBuilt(context, path);
    }
    // /fixture/strict-host?kit=<script URL>[&crossorigin][&coep=<policy>][&permissions=<policy>]: a
    // portal page with a FAQ and its fallback link, that loads the script tag as written (with
    // crossorigin="anonymous" if asked), served with Cross-Origin-Embedder-Policy and
    // Permissions-Policy if asked. It tells its parent (postMessage, for a sandboxed frame too) once
    // the script was blocked, or the FAQ shows its content or its alert.
    case 'strict-host': {
      const { kit = '', coep, permissions } = context.query;
      if (coep) context.set('Cross-Origin-Embedder-Policy', String(coep));
      if (permissions) context.set('Permissions-Policy', String(permissions));
      context.set('Content-Type', 'text/html; charset=utf-8');
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Strict host</title></head>
        <body><tc-faq><a href="/trust-center/faq">Frequently asked questions</a></tc-faq>
        <script>
          const say = async (script) => {
            const faq = document.querySelector('tc-faq');
            // The event comes before the widget's status and alert are drawn.
            await faq.updateComplete;
            parent.postMessage({
              script,
              defined: Boolean(customElements.get('tc-faq')),
              status: faq.getAttribute('status'),
              alert: faq.shadowRoot?.querySelector('[role=alert]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null,
              fallbackShown: faq.querySelector('a').getClientRects().length > 0,
            }, '*');
          };
          addEventListener('tc-ready', () => say('loaded'));
          addEventListener('tc-error', () => say('loaded'));
        </script>
        <script src="${String(kit).replaceAll('"', '&quot;')}"${'crossorigin' in context.query ? ' crossorigin="anonymous"' : ''} onerror="say('blocked')"></script></body></html>`;
      return;
    }
    // /fixture/kit/<mode>/<file in dist/>: the built kit, with its UI-string modules (locales/)
    // answered late (mode slow-strings: after the content) or never (no-strings: 404).
    case 'kit': {
      const [mode, ...path] = rest.split('/');
      if (path[0] === 'locales') {
        if (mode === 'no-strings') return void (context.status = 404);
        // fail-once-strings-<key>: the UI strings answer 404 the first time, then come.
        if (mode.startsWith('fail-once-strings')) {
          if (!failuresLeft.has(mode)) failuresLeft.set(mode, 1);
          if (failuresLeft.get(mode) > 0) {
            failuresLeft.set(mode, 0);
            return void (context.status = 404);
          }
        }
        // stall-once-strings-<key>: the UI strings answer only after 20 s the first time (a
        // connection that died on a train without closing), then come.
        if (mode.startsWith('stall-once-strings') && !failuresLeft.has(mode)) {
          failuresLeft.set(mode, 0);
          await sleep(20_000);
        }
        await sleep(400);
      }
      return serveBuilt(context, path);
    }
    // /fixture/focus-frame?src=<content URL>: a page that a test opens in a frame of another origin
    // (127.0.0.1 beside localhost), with a regions widget from the kit's source, driven and watched
    // through postMessage: it reports what it shows and where focus is at each step, and its loads
    // after the first error go out only when the test says 'release' (a slow network), so the reader
    // can move on while one loads, on a loaded machine too. With ?nest=<origin>, the page is a frame of this page at that origin (a frame in a
    // frame), and passes the messages on both ways.
    case 'focus-frame': {
      const { src = '', nest } = context.query;
      context.set('Content-Type', 'text/html; charset=utf-8');
      if (nest) {
        const inner = `${nest}/fixture/focus-frame?src=${encodeURIComponent(src)}`;
        context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Frame of a frame</title></head>
          <body style="margin: 0"><iframe title="Inner frame" src="${inner.replaceAll('"', '&quot;')}" style="border: 0; position: absolute; inset: 0; width: 100%; height: 100%"></iframe>
          <script>addEventListener('message', (event) => (event.source === parent ? frames[0] : parent).postMessage(event.data, '*'));</script></body></html>`;
        return;
      }
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Widget in a frame</title></head>
        <body style="margin: 0"><script type="module">
          import '/src/index.ts';
          const widget = document.createElement('tc-data-location');
          widget.setAttribute('src', ${JSON.stringify(src).replaceAll('<', '\\u003c')});
          const rect = (selector) => {
            const { left, top, width, height } = widget.shadowRoot.querySelector(selector).getBoundingClientRect();
            return { x: Math.round(left + width / 2), y: Math.round(top + height / 2) };
          };
          const say = async (step) => {
            await widget.updateComplete;
            parent.postMessage({
              step,
              status: widget.status,
              focus: widget.shadowRoot.activeElement?.className ?? 'none',
              hasFocus: document.hasFocus(),
              ...(step === 'tc-error' ? { retry: rect('.retry'), summary: rect('summary') } : {}),
            }, '*');
          };
          const fetch = window.fetch;
          let release;
          const released = new Promise((resolve) => (release = resolve));
          widget.addEventListener('tc-error', () => {
            window.fetch = (...args) => released.then(() => fetch(...args));
            void say('tc-error');
          });
          widget.addEventListener('tc-ready', () => void say('tc-ready'));
          new MutationObserver(() => widget.status === 'loading' && say('loading')).observe(widget, { attributeFilter: ['status'] });
          addEventListener('message', ({ data }) => (data === 'online' ? dispatchEvent(new Event('online')) : data === 'release' && release()));
          document.body.append(widget);
        </script></body></html>`;
      return;
    }
    case 'no-charset': // /fixture/no-charset/<file in dist/>, served with no charset
      context.body = readFileSync(new URL(`../../dist/${rest}`, import.meta.url), 'latin1');
      context.set('Content-Type', 'text/javascript');
      return;
    // /fixture/csp/<page>: a page of test/dist/pages/ served with the strictest policy a host may
    // have, the minimal one docs/security.md gives: same-origin scripts and requests only, no
    // style-src at all (the kit's styles are constructed style sheets), Trusted Types enforced.
    // /fixture/csp-host-lit/<page>: the same, for a host that runs its own copy of Lit beside the
    // kit's: two copies each create a "lit-html" policy, which the host must allow ('allow-duplicates').
    case 'csp':
    case 'csp-host-lit':
      context.body = readFileSync(new URL(`../dist/pages/${rest}.html`, import.meta.url), 'utf8');
      context.set('Content-Type', 'text/html; charset=utf-8');
      context.set(
        'Content-Security-Policy',
        "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html" +
          (kind === 'csp-host-lit' ? " 'allow-duplicates'" : ''),
      );
      return;
    // /fixture/fault/<fault>/<key>/<locale>/<document>: the fault, until /fixture/heal/<key> is
    // requested, then content/<locale>/<document>.json, so a test can show that retrying recovers.
    // (Healing is explicit because Chromium silently retries a GET whose connection was reset.)
    // /fixture/en-only/<locale>/<document>: the English document; 404 for any other locale, as a
    // site that has not translated a document yet answers (the store then falls back to English).
    case 'en-only': {
      const [locale, ...path] = rest.split('/');
      context.type = 'application/json';
      if (locale !== 'en') {
        context.status = 404;
        context.body = '{}';
        return;
      }
      context.body = shippedText(`en/${path.join('/')}`);
      return;
    }
    // /fixture/edition/<key>/<locale>/data-locations: the document, its first region named after
    // how often <key> was asked for ("Edition 1", "Edition 2"…), kept by the browser for ten minutes:
    // a document an editor changes live, behind a max-age.
    case 'edition': {
      const [key, ...path] = rest.split('/');
      const edition = (editions.get(key) ?? 0) + 1;
      editions.set(key, edition);
      const document = JSON.parse(shippedText(path.join('/')));
      document.regions[0].name = `Edition ${edition}`;
      context.type = 'application/json';
      context.set('Cache-Control', 'max-age=600');
      context.body = JSON.stringify(document);
      return;
    }
    case 'big-answer': // how /fixture/big?key=<rest> ended, or is going
      context.body = bigAnswers.get(rest) ?? 'unknown';
      return;
    case 'heal':
      failuresLeft.set(`healed:${rest}`, 1);
      context.body = 'healed';
      return;
    case 'fault': {
      const [fault, key, ...path] = rest.split('/');
      const document = () => shippedText(path.join('/'));
      context.type = 'application/json';
      if (failuresLeft.has(`healed:${key}`)) return void (context.body = document());
      switch (fault) {
        case '404':
        case '500':
          context.status = Number(fault);
          context.body = '{}';
          return;
        case 'network': // the connection drops without an answer
          context.req.socket.destroy();
          context.respond = false;
          return;
        case 'dropped': // the headers and a part of the body, then the connection drops
          context.respond = false;
          context.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000', 'Cache-Control': 'no-store' });
          context.res.write(document().slice(0, 200));
          setTimeout(() => context.req.socket.destroy(), 50);
          return;
        case 'stall':
          await sleep(3000);
          context.body = document();
          return;
        case 'invalid-json':
          context.body = document().slice(0, 200);
          return;
        case 'wrong-shape':
          context.body = JSON.stringify({ kind: 'something-else', items: [1, 2, 3] });
          return;
        case 'html-type':
          context.type = 'text/html';
          context.body = '<!doctype html><title>Sign in</title>';
          return;
        case 'oversized':
          context.body = JSON.stringify({ padding: 'x'.repeat(300_000) });
          return;
      }
      return;
    }
    default:
      return next();
  }
}
