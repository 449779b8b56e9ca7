// npm run test:scripts (after the build): the shipped JavaScript and CSS use nothing that the
// browsers the README says the kit is built for lack, unless a fallback is in place. CI runs today's
// Chromium, Firefox ESR and WebKit, which have all of it: a feature newer than the README's
// browsers passes every browser test and breaks for a reader on Firefox 128 or Safari 17.5.
//
// The features are a list taken from MDN's browser-compat-data 8.1.9 (the keys and the first
// versions it gives), not the package itself (20 MB for one test): the features newer than
// Chrome 123, Firefox 128 or Safari 17.5 that a kit of web components could reach for. A feature
// that is not in the list is not caught: add it when it comes up (an audit, a review), with its
// BCD key. Each use that stays is listed with what a reader of an older browser meets instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? (entry.name === 'content' ? [] : files(join(dir, entry.name))) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : []);
// The code without its comments (the ES build keeps them: they name features it does not use).
const js = files('dist').map((path) => ({ path, text: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '') }));
const script = js.find((file) => file.path === join('dist', 'trust-widgets.js'))?.text ?? '';

// The ES build's style sheets (css`…`, minified), which the script carries too (ASCII only there).
const sheets = js.filter(({ text }) => text !== script).flatMap(({ path, text }) => [...text.matchAll(/(?<![\w`])css`((?:[^`\\]|\\.)*)`/g)].map(([, css]) => ({ path, text: css })));
const ascii = (text) => text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

// The oldest browsers the README names: each has ES2022, light-dark() (Chrome 123, Firefox 120,
// Safari 17.5) and alternative text for generated content (`content: "Location: " / ""`: Chrome 77,
// Firefox 128, Safari 17.4), which the stacked table's labels, the FAQ's "Link copied" and the
// breadcrumb's separators use so that screen readers do not hear them twice.
const oldest = { Chrome: 123, Firefox: 128, Safari: 17.5 };

test('the README and this test name the same browsers', () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes(`Chrome and Edge ${oldest.Chrome}, Firefox ${oldest.Firefox}, Safari ${oldest.Safari} and later`), 'README: browsers');
});

test('the style sheets are found, and the script has the same ones', () => {
  assert.ok(sheets.length >= 10, `${sheets.length} style sheets in dist/: build first`);
  assert.deepEqual(sheets.filter(({ text }) => text.includes('${') || !script.includes(ascii(text))).map(({ path }) => path), []);
});

// [BCD key, its first versions (Chrome, Firefox, Safari), where, what finds a use, an example it
// finds, and the uses that stay: the text around each, and what a reader without the feature meets].
const newer = [
  // CSS
  ['css.properties.content-visibility', 'Chrome 85, Firefox 125, Safari 18', 'css', /content-visibility:/g, 'a{content-visibility:auto}', {
    '{content-visibility:auto;contain-intrinsic-size': 'the same speed-up for long FAQs, ignored where missing',
    '.answer[hidden]{content-visibility:visible': 'printing undoes hidden="until-found"; where missing, display:block alone shows the answer on paper',
    '.entry{break-inside:avoid;content-visibility:visible': 'printing undoes the speed-up, which is not there either',
  }],
  ['css.at-rules.scope', 'Chrome 118, Firefox 146, Safari 26.4', 'css', /@scope\b/g, '@scope (a){}'],
  ['css.at-rules.starting-style', 'Chrome 117, Firefox 129, Safari 17.5', 'css', /@starting-style\b/g, '@starting-style{a{opacity:0}}'],
  ['css.at-rules.function', 'Chrome 139, Firefox no, Safari 27.3', 'css', /@function\b/g, '@function --a(){}'],
  ['css.at-rules.container.style_queries_for_custom_properties', 'Chrome 111, Firefox 151, Safari 18', 'css', /@container[^{]*style\(/g, '@container style(--a:1){}'],
  ['css.at-rules.media.prefers-reduced-transparency', 'Chrome 118, Firefox no, Safari no', 'css', /prefers-reduced-transparency/g, '@media (prefers-reduced-transparency:reduce){}'],
  ['css.selectors.state', 'Chrome 125, Firefox 126, Safari 17.4', 'css', /:state\(/g, ':host(:state(open)){}'],
  ['css.selectors.open', 'Chrome 133, Firefox 136, Safari 26.5', 'css', /:open\b/g, 'details:open{}'],
  ['css.selectors.details-content', 'Chrome 131, Firefox 143, Safari 18.4', 'css', /::details-content/g, 'details::details-content{}'],
  ['css.selectors.host-context', 'Chrome 54, Firefox no, Safari no', 'css', /:host-context/g, ':host-context(.dark){}'],
  ['css.properties.interpolate-size', 'Chrome 129, Firefox no, Safari no', 'css', /interpolate-size/g, ':root{interpolate-size:allow-keywords}'],
  ['css.types.calc-size', 'Chrome 129, Firefox no, Safari no', 'css', /calc-size\(/g, 'a{height:calc-size(auto,size)}'],
  ['css.properties.field-sizing', 'Chrome 123, Firefox 152, Safari 26.2', 'css', /field-sizing/g, 'input{field-sizing:content}'],
  ['css.properties.text-wrap-mode', 'Chrome 130, Firefox 124, Safari 17.4', 'css', /text-wrap-mode/g, 'a{text-wrap-mode:nowrap}'],
  ['css.properties.transition-behavior', 'Chrome 117, Firefox no, Safari 17.4', 'css', /transition-behavior|allow-discrete/g, 'a{transition:display 1s allow-discrete}'],
  ['css.properties.anchor-name', 'Chrome 125, Firefox 147, Safari 26', 'css', /anchor-name|position-anchor|position-area|[^\w-]anchor\(/g, 'a{anchor-name:--a}'],
  ['css.properties.view-transition-name', 'Chrome 111, Firefox 144, Safari 18', 'css', /view-transition/g, 'a{view-transition-name:a}'],
  ['css.properties.animation-timeline', 'Chrome 115, Firefox 159, Safari 26', 'css', /animation-timeline|scroll-timeline|view-timeline/g, 'a{animation-timeline:scroll()}'],
  ['css.properties.scrollbar-gutter', 'Chrome 94, Firefox 97, Safari 18.2', 'css', /scrollbar-gutter/g, 'a{scrollbar-gutter:stable}'],
  ['css.properties.scrollbar-width', 'Chrome 121, Firefox 64, Safari 18.2', 'css', /scrollbar-(?:width|color)/g, 'a{scrollbar-width:thin}'],
  ['css.properties.text-box', 'Chrome 133, Firefox 154, Safari 18.2', 'css', /text-box/g, 'a{text-box:trim-both cap alphabetic}'],
  ['css.properties.font-size-adjust', 'Chrome 127, Firefox 3, Safari 16.4', 'css', /font-size-adjust/g, 'a{font-size-adjust:.5}'],
  ['css.properties.word-break.auto-phrase', 'Chrome 119, Firefox no, Safari no', 'css', /auto-phrase/g, 'a{word-break:auto-phrase}'],
  ['css.properties.text-spacing-trim', 'Chrome 123, Firefox no, Safari no', 'css', /text-spacing-trim/g, 'a{text-spacing-trim:trim-start}'],
  ['css.properties.text-autospace', 'Chrome 140, Firefox 145, Safari 18.4', 'css', /text-autospace/g, 'a{text-autospace:normal}'],
  ['css.properties.reading-flow', 'Chrome 137, Firefox no, Safari no', 'css', /reading-(?:flow|order)/g, 'a{reading-flow:grid-order}'],
  ['css.properties.corner-shape', 'Chrome 139, Firefox no, Safari 27.3', 'css', /corner-shape/g, 'a{corner-shape:squircle}'],
  ['css.types.round (and mod(), rem())', 'Chrome 125, Firefox 118, Safari 15.4', 'css', /[^\w-](?:round|mod|rem)\(/g, 'a{width:round(up,10px,3px)}'],
  ['css.types.color.contrast-color', 'Chrome 147, Firefox 146, Safari 26', 'css', /contrast-color\(/g, 'a{color:contrast-color(red)}'],
  ['css.types.if', 'Chrome 137, Firefox no, Safari 27.3', 'css', /[^\w-]if\(/g, 'a{color:if(style(--a:1):red)}'],
  ['css.types.sibling-index', 'Chrome 138, Firefox 154, Safari 26.2', 'css', /sibling-(?:index|count)\(/g, 'a{order:sibling-index()}'],
  ['css.types.basic-shape.shape', 'Chrome 135, Firefox 148, Safari 18.4', 'css', /[^\w-]shape\(/g, 'a{clip-path:shape(from 0 0,line to 1px 1px)}'],
  ['css.types.attr (typed, in any property)', 'Chrome 133, Firefox no, Safari no', 'css', /attr\([\w-]+[\s,][^)]/g, 'a{width:attr(data-w px)}'],
  // HTML (in templates and code)
  ['html.global_attributes.hidden.until-found', 'Chrome 102, Firefox 139, Safari 26.2 (partly)', 'js', /until-found/g, 'hidden="until-found"', {
    ':`until-found`;': 'a closed FAQ answer is hidden as with hidden: find-in-page does not find its words (docs/widgets.md says which browsers do); the FAQ\'s search box does',
    ': "until-found";': 'the same, in the ES build',
    '==`until-found`': 'deep links: a page\'s own panel hidden until found is not opened where hidden is a plain boolean; such a panel cannot be found there anyway',
    '== "until-found"': 'the same, in the ES build',
  }],
  ['api.Element.beforematch_event', 'Chrome 102, Firefox 139, Safari 26.2', 'js', /beforematch/g, '@beforematch=${f}', {
    'new Event(`beforematch`': 'the deep link tells a page\'s panel it is about to be shown, as the browser would: a synthetic event, in any browser',
    'new Event("beforematch"': 'the same, in the ES build',
    '@beforematch=': 'the FAQ opens an answer that find-in-page found; with no such find-in-page, nothing to listen to',
  }],
  ['html.elements.details.name', 'Chrome 120, Firefox 130, Safari 17.2', 'js', /<details[^>]*\sname=/g, '<details name="faq">'],
  ['html.elements.dialog.closedby', 'Chrome 134, Firefox 141, Safari 27.3', 'js', /closedby/g, '<dialog closedby="any">'],
  // JavaScript
  ['javascript.builtins.Promise.try', 'Chrome 128, Firefox 134, Safari 18.2', 'js', /Promise\.try\b/g, 'Promise.try(f)'],
  ['javascript.builtins.Iterator.map (and the other iterator helpers)', 'Chrome 122, Firefox 131, Safari 18.4', 'js', /\bIterator\b|(?:values|keys|entries|matchAll\([^()]*\))\(\)\.(?:map|filter|take|drop|flatMap|reduce|toArray|forEach|some|every|find)\(|\.values\(\)\.(?:map|filter|toArray)\(/g, 'map.values().map(f)'],
  ['javascript.builtins.RegExp.escape', 'Chrome 136, Firefox 134, Safari 18.2', 'js', /RegExp\.escape/g, 'RegExp.escape(s)'],
  ['javascript.builtins.Error.isError', 'Chrome 134, Firefox 138, Safari no', 'js', /Error\.isError/g, 'Error.isError(e)'],
  ['javascript.builtins.Math.sumPrecise', 'Chrome 147, Firefox 137, Safari 26.2', 'js', /sumPrecise/g, 'Math.sumPrecise(a)'],
  ['javascript.builtins.Uint8Array.fromBase64', 'Chrome 140, Firefox 133, Safari 18.2', 'js', /fromBase64|fromHex|toBase64|toHex\(/g, 'Uint8Array.fromBase64(s)'],
  ['javascript.builtins.Float16Array', 'Chrome 135, Firefox 129, Safari 18.2', 'js', /Float16Array|f16round/g, 'new Float16Array(1)'],
  ['javascript.builtins.Temporal', 'Chrome 144, Firefox 139, Safari 27.3', 'js', /\bTemporal\./g, 'Temporal.Now.instant()'],
  ['javascript.builtins.Intl.DurationFormat', 'Chrome 129, Firefox 136, Safari 16.4', 'js', /DurationFormat/g, 'new Intl.DurationFormat("en")'],
  ['javascript.builtins.JSON.rawJSON', 'Chrome 114, Firefox 135, Safari 18.4', 'js', /rawJSON|isRawJSON/g, 'JSON.rawJSON("1")'],
  ['javascript.statements.using', 'Chrome 134, Firefox 141, Safari 27.3', 'js', /Symbol\.(?:asyncDispose|dispose)|DisposableStack|\busing\s+[\w$]+\s*=/g, 'using a = b()'],
  ['javascript.regular_expressions.modifier', 'Chrome 125, Firefox 132, Safari 26', 'js', /\(\?[imsx]*-?[imsx]+:/g, '/(?i:a)b/'],
  ['javascript.regular_expressions.named_capturing_group.duplicate_named_capturing_groups', 'Chrome 125, Firefox 129, Safari 17', 'js', /\(\?<([A-Za-z_$][\w$]*)>[^/\n]*\|[^/\n]*\(\?<\1>/g, '/(?<y>\\d{4})-\\d\\d|\\d\\d-(?<y>\\d{4})/'],
  ['api.AbortSignal.timeout_static', 'Chrome 124, Firefox 100, Safari 16', 'js', /AbortSignal\.timeout/g, 'AbortSignal.timeout(5000)'],
  ['api.URL.parse_static', 'Chrome 126, Firefox 126, Safari 18', 'js', /URL\.parse\(/g, 'URL.parse(href)'],
  ['api.ReadableStream.@@asyncIterator', 'Chrome 124, Firefox 110, Safari 27', 'js', /for await\s*\(/g, 'for await (const chunk of response.body)'],
  ['api.Response.bytes', 'Chrome 132, Firefox 128, Safari 18', 'js', /\.bytes\(\)/g, 'response.bytes()'],
  ['api.Element.setHTMLUnsafe (and getHTML, parseHTMLUnsafe)', 'Chrome 124, Firefox 123, Safari 26', 'js', /setHTMLUnsafe|parseHTMLUnsafe|\.getHTML\(/g, 'root.setHTMLUnsafe(s)'],
  ['api.Element.moveBefore', 'Chrome 133, Firefox 144, Safari no', 'js', /moveBefore/g, 'parent.moveBefore(a, b)'],
  ['api.Element.ariaLabelledByElements (and the other element references)', 'Chrome 135, Firefox 136, Safari 16.4', 'js', /aria[A-Z]\w*Elements?\b/g, 'button.ariaControlsElements = [panel]'],
  ['api.Element.ariaNotify', 'Chrome 141, Firefox 150, Safari 27', 'js', /ariaNotify/g, 'document.ariaNotify("Copied")'],
  ['api.HTMLDialogElement.requestClose', 'Chrome 134, Firefox 139, Safari 18.4', 'js', /requestClose/g, 'dialog.requestClose()'],
  ['api.CloseWatcher', 'Chrome 126, Firefox 149, Safari 27.3', 'js', /CloseWatcher/g, 'new CloseWatcher()'],
  ['api.Window.navigation', 'Chrome 102, Firefox 147, Safari 26.2', 'js', /navigation\.(?:navigate|currentEntry|entries|traverseTo|back|forward|reload|updateCurrentEntry|addEventListener)\b/g, 'navigation.addEventListener("navigate", f)'],
  ['api.Scheduler.yield', 'Chrome 129, Firefox 142, Safari no', 'js', /scheduler\.(?:yield|postTask)/g, 'await scheduler.yield()'],
  ['api.Window.requestIdleCallback', 'Chrome 47, Firefox 55, Safari no', 'js', /requestIdleCallback/g, 'requestIdleCallback(f)'],
  ['api.HighlightRegistry', 'Chrome 105, Firefox 140, Safari 17.2', 'js', /CSS\.highlights|new Highlight\(/g, 'CSS.highlights.set("match", h)'],
  ['api.Document.startViewTransition', 'Chrome 111, Firefox 144, Safari 18', 'js', /startViewTransition/g, 'document.startViewTransition(f)'],
  ['api.Document.caretPositionFromPoint', 'Chrome 128, Firefox 20, Safari 26.2', 'js', /caretPositionFromPoint/g, 'document.caretPositionFromPoint(x, y)'],
  ['api.Element.scrollend_event', 'Chrome 114, Firefox 109, Safari 26.2', 'js', /scrollend/g, 'addEventListener("scrollend", f)'],
  ['api.Element.computedStyleMap', 'Chrome 66, Firefox no, Safari 16.4', 'js', /computedStyleMap/g, 'el.computedStyleMap()'],
  ['api.CookieStore', 'Chrome 87, Firefox 140, Safari 18.4', 'js', /cookieStore|CookieStore/g, 'await cookieStore.get("a")'],
  ['api.ShadowRoot.serializable (and clonable)', 'Chrome 125, Firefox 128, Safari 18', 'js', /serializable|clonable/g, 'attachShadow({mode: "open", serializable: true})'],
];

test('each feature of the list is newer than one of the README\'s browsers', () => {
  const older = newer.filter(([, since]) => Object.entries(oldest).every(([browser, version]) => {
    const first = new RegExp(`${browser} ([\\d.]+)`).exec(since);
    return first !== null && Number(first[1]) <= version;
  }));
  assert.deepEqual(older.map(([key]) => key), []);
});

test('each feature of the list is found in its example', () => {
  assert.deepEqual(newer.filter(([, , , pattern, example]) => !new RegExp(pattern.source).test(example)).map(([key]) => key), []);
});

/** Each use in the shipped code of a feature of `list` that is not one of its listed uses, and each listed use no longer there. */
function unlisted(list) {
  const found = [];
  const unused = [];
  for (const [key, since, where, pattern, , uses = {}] of list) {
    const sources = where === 'css' ? sheets : js;
    const used = new Set();
    for (const { path, text } of sources) {
      for (const match of text.matchAll(pattern)) {
        // A use that stays: one of the listed texts around it, at this very place.
        const listed = Object.keys(uses).find((use) => {
          for (let at = text.indexOf(use); at >= 0; at = text.indexOf(use, at + 1)) {
            if (at <= match.index && match.index < at + use.length) return true;
          }
          return false;
        });
        if (listed) used.add(listed);
        else found.push(`${key} (${since}) in ${path}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
      }
    }
    unused.push(...Object.keys(uses).filter((use) => !used.has(use)).map((use) => `${key}: "${use}" is no longer there`));
  }
  return { found, unused };
}

test('the shipped code uses no feature newer than the README\'s browsers, but the uses listed', () => {
  const { found, unused } = unlisted(newer);
  assert.deepEqual(found, []);
  assert.deepEqual(unused, []);
});

// Older Chromium: many Chinese readers open links in apps whose Chromium lags Chrome's, and the
// README says what Chromium from 94 (class static blocks, which the script is written in) shows.
// Checked by taking out of today's Chromium what the list's uses need (puppeteer: the APIs deleted
// before the script runs, the CSS renamed in a copy) and looking at the demo pages in both
// languages; test/core/older-chromium.test.ts holds what light-dark() needs. Features newer than
// Chrome 94 that a kit of web components could reach for, from MDN's browser-compat-data 8.1.9, and
// the uses that stay with what an older Chromium shows instead. (Object.hasOwn is 93, Array.at 92;
// AbortSignal's reason, 98, is only thrown for a load that was called off, which nobody reads.)
const chromiumFloor = 94;
const newerThanChromiumFloor = [
  ['css.types.color.light-dark (outside a --_tc-* colour)', 'Chrome 123', 'css', /(?<!--_tc-[\w-]+:)light-dark\(/g, 'a{color:light-dark(#000,#fff)}', {
    '@supports not (color:light-dark(#fff,#2b2b2b)){': 'the kit\'s colours are light-dark() pairs in --_tc-* properties, unset where used without it (text in the page\'s colour, no backgrounds); this gives focus rings, fields\' borders and the timeline\'s marks CanvasText, and the FAQ\'s matches Mark',
  }],
  ['css.types.length.lh', 'Chrome 109', 'css', /[\d.]lh\b/g, 'a{height:1lh}', {
    'height:1lh;margin-top:-1lh;line-height:1;position:relative;top:1lh': 'the width probe is 0 px high, its margin and offset 0 (it takes no room either way): it still reports a new width, but not a new text size alone',
  }],
  ['css.selectors.has', 'Chrome 105', 'css', /:has\(/g, 'a:has(b){}', {
    '.long>:has(>[hidden],>.quiet)': 'the rule is dropped: a long FAQ renders its closed entries too',
  }],
  ['css.types.color.system-color.mark', 'Chrome 102', 'css', /:mark(?:text)?\b/g, 'mark{background:mark}', {
    'mark{color:marktext;background:mark}': 'forced colours, and no light-dark(): before 102 the declarations are dropped and matches are not highlighted',
  }],
  ['css.types.global_keywords.revert-layer', 'Chrome 99', 'css', /revert-layer/g, 'a{color:revert-layer}', {
    '-webkit-locale:revert-layer': 'dropped: .root\'s all: initial resets the language hint too, and the fonts listed per language choose the glyphs',
  }],
  ['css.at-rules.container', 'Chrome 105', 'css', /@container\b|container-type|\d(?:cqi|cqw|cqh|cqb|cqmin|cqmax)\b/g, '@container (width>1px){}'],
  ['css.at-rules.layer', 'Chrome 99', 'css', /@layer\b/g, '@layer a{}'],
  ['css.types.color.color-mix (and oklch, oklab, lab, lch)', 'Chrome 111', 'css', /(?:color-mix|oklch|oklab|[^\w-]lab|[^\w-]lch)\(/g, 'a{color:color-mix(in srgb,red,blue)}'],
  ['css.properties.text-wrap', 'Chrome 114', 'css', /text-wrap/g, 'a{text-wrap:balance}'],
  ['css.types.length.viewport_percentage_units_dynamic (and small, large)', 'Chrome 108', 'css', /\d[dsl]v(?:h|w|i|b|min|max)\b/g, 'a{height:100dvh}'],
  ['css.selectors.user-invalid', 'Chrome 119', 'css', /:user-(?:invalid|valid)/g, 'input:user-invalid{}'],
  ['api.Element.role', 'Chrome 103', 'js', /\.role\s*(?:\?\?=|=(?!=))/g, 'el.role = "group"', {
    '.role??=`group`': 'the content a widget focuses after a load stays a plain element: Chromium reads out all of its text when it takes focus',
    '.role ??= "group"': 'the same, in the ES build',
  }],
  ['api.HTMLElement.inert', 'Chrome 102', 'js', /\.inert\b|\binert[=\s>]/g, 'el.inert = true'],
  ['api.AbortSignal.throwIfAborted', 'Chrome 100', 'js', /throwIfAborted/g, 'signal.throwIfAborted()'],
  ['api.AbortSignal.any_static', 'Chrome 116', 'js', /AbortSignal\.any\b/g, 'AbortSignal.any([a, b])'],
  ['api.structuredClone', 'Chrome 98', 'js', /structuredClone/g, 'structuredClone(a)'],
  ['javascript.builtins.Array.findLast (and findLastIndex)', 'Chrome 97', 'js', /\.findLast(?:Index)?\(/g, 'a.findLast(f)'],
  ['javascript.builtins.Array.toSorted (and toReversed, toSpliced, with)', 'Chrome 110', 'js', /\.(?:toSorted|toReversed|toSpliced)\(/g, 'a.toSorted()'],
  ['javascript.builtins.Object.groupBy (and Map.groupBy)', 'Chrome 117', 'js', /(?:Object|Map)\.groupBy/g, 'Object.groupBy(a, f)'],
  ['javascript.builtins.Array.fromAsync', 'Chrome 121', 'js', /Array\.fromAsync/g, 'Array.fromAsync(a)'],
  ['javascript.builtins.Set.union (and the other set methods)', 'Chrome 122', 'js', /\.(?:union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/g, 'a.union(b)'],
  ['javascript.builtins.Promise.withResolvers', 'Chrome 119', 'js', /withResolvers/g, 'Promise.withResolvers()'],
  ['javascript.builtins.String.isWellFormed (and toWellFormed)', 'Chrome 111', 'js', /(?:is|to)WellFormed/g, 's.isWellFormed()'],
];

test('the README says what older Chromium shows, from the version this test checks', () => {
  const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes(`Chromium from ${chromiumFloor} shows every widget`), 'README: older Chromium');
  assert.ok(readme.includes(`Below ${chromiumFloor} the script does not run (it uses class static blocks)`), 'README: below the floor');
});

test('each feature of the Chromium list is newer than its floor and found in its example', () => {
  assert.deepEqual(newerThanChromiumFloor.filter(([, since]) => !(Number(/Chrome ([\d.]+)/.exec(since)?.[1]) > chromiumFloor)).map(([key]) => key), []);
  assert.deepEqual(newerThanChromiumFloor.filter(([, , , pattern, example]) => !new RegExp(pattern.source).test(example)).map(([key]) => key), []);
});

test(`the shipped code uses no feature newer than Chromium ${chromiumFloor}, but the uses listed`, () => {
  const { found, unused } = unlisted(newerThanChromiumFloor);
  assert.deepEqual(found, []);
  assert.deepEqual(unused, []);
});
