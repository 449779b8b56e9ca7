/** Strings an attacker (or a careless CMS) could put in any text field of a content document. */
export const textPayloads: Array<[label: string, payload: string]> = [
  ['a script element', '<script>window.__pwned = "script"</script>'],
  ['an img onerror handler', '<img src=x onerror="window.__pwned = \'img\'">'],
  ['an svg onload handler', '<svg onload="window.__pwned = \'svg\'"></svg>'],
  ['an iframe with a javascript: src', '<iframe src="javascript:parent.__pwned = \'iframe\'"></iframe>'],
  ['an attribute breakout', '"><img src=x onerror="window.__pwned = \'breakout\'">'],
  ['a single-quote breakout', "'><script>window.__pwned = 'quote'</script>"],
  ['a link with a javascript: href', '<a href="javascript:window.__pwned = \'a\'">click</a>'],
  ['a style element', '<style>* { display: none !important }</style>'],
  ['a details ontoggle handler', '<details open ontoggle="window.__pwned = \'details\'">x</details>'],
  ['MathML with a javascript: link', '<math><mi xlink:href="javascript:window.__pwned = \'math\'">x</mi></math>'],
  ['an object element', '<object data="javascript:window.__pwned = \'object\'"></object>'],
  ['a body onload handler', '<body onload="window.__pwned = \'body\'">'],
  ['a closing tag of the widget', '</tc-faq></tc-data-location><script>window.__pwned = "close"</script>'],
  ['a template literal injection', '${window.__pwned = "template"}'],
  ['an Angular-style expression', "{{constructor.constructor('window.__pwned = \"angular\"')()}}"],
  ['a server template tag', '<%= window.__pwned = "erb" %>'],
  ['a Ruby interpolation', '#{window.__pwned = "ruby"}'],
  ['a Lit part marker', '<!--?lit$1234567890$-->x<?lit$1234567890$>'],
  ['an HTML comment opener', '<!-- unterminated'],
  ['a CDATA section', '<![CDATA[<script>window.__pwned = "cdata"</script>]]>'],
  ['escaped entities', '&lt;script&gt;window.__pwned = "entity"&lt;/script&gt;'],
  ['a right-to-left override', '\u202Eevil.exe\u202C gnp.txt'],
  ['bidi isolates and embeddings', '\u2066\u2067\u2068\u202A\u202B\u202D text \u2069\u202C'],
  ['zero-width characters', 'a\u200Bb\u200Cc\u200Dd\uFEFFe'],
  ['a NUL character', 'before\u0000after'],
  ['control characters', '\u0001\u0007\u001B[31mred\u001B[0m'],
  ['a 4,000-character word (the longest text allowed)', 'A'.repeat(4000)],
  ['a 4,000-character run of Chinese', '数'.repeat(4000)],
  ['a javascript: URL as text', 'javascript:window.__pwned = "text-url"'],
  ['a data: URL as text', 'data:text/html,<script>window.__pwned = "data-text"</script>'],
  ['CSS expression syntax', 'x{background:url("javascript:window.__pwned=1")}'],
  ['an emoji with joiners', '👩‍💻🏳️‍🌈 ok'],
  ['a surrogate half', 'lone \uD800 surrogate'],
];

/** Text longer than a document may hold: refused, since laying out such words can freeze a page. */
export const oversizedPayloads: Array<[label: string, payload: string]> = [
  ['a 100,000-character word', 'A'.repeat(100_000)],
  ['a 4,001-character word', 'A'.repeat(4001)],
];

/** Link targets that must never become a link (the schema refuses them; the renderer too). */
export const unsafeHrefs: Array<[label: string, href: string]> = [
  ['javascript:', 'javascript:window.__pwned = "href"'],
  ['JAVASCRIPT: in capitals', 'JAVASCRIPT:window.__pwned = "href"'],
  ['JaVaScRiPt: in mixed case', 'JaVaScRiPt:window.__pwned = "href"'],
  ['javascript: after a space', ' javascript:window.__pwned = "href"'],
  ['javascript: after a tab', '\tjavascript:window.__pwned = "href"'],
  ['java<tab>script:', 'java\tscript:window.__pwned = "href"'],
  ['java<newline>script:', 'java\nscript:window.__pwned = "href"'],
  ['java<CR>script:', 'java\rscript:window.__pwned = "href"'],
  ['javascript: after a NUL', '\u0000javascript:window.__pwned = "href"'],
  ['javascript: after a control character', '\u001Fjavascript:window.__pwned = "href"'],
  ['javascript: with a comment trick', 'javascript://%0Awindow.__pwned = "href"'],
  ['data:text/html', 'data:text/html,<script>window.__pwned = "href"</script>'],
  ['DATA: base64', 'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+'],
  ['data:image/svg+xml', 'data:image/svg+xml,<svg onload="window.__pwned = 1">'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['VBScript: in mixed case', 'VbScRiPt:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://example.com/0000'],
];

/** Encodings that only look like a scheme: browsers never decode them in an href, so they are paths. */
export const harmlessLookalikeHrefs: Array<[label: string, href: string]> = [
  ['an entity-encoded javascript:', '&#106;avascript:window.__pwned=1'],
  ['a hex-entity-encoded javascript:', '&#x6A;avascript:window.__pwned=1'],
  ['a percent-encoded javascript:', '%6Aavascript:window.__pwned=1'],
  ['javascript&colon;', 'javascript&colon;window.__pwned=1'],
];
