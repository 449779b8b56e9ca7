// npm run test:scripts (after the build): demo/product.html names its whole module graph, as it
// stands in dist/ and in Lit's package, with modulepreload. A module the kit adds, moves or drops
// would otherwise leave the page one round trip slower per level of imports it adds (issue #7),
// or preloading a file nothing imports, without any test in a browser noticing: the test server
// rewrites the kit's imports of Lit to addresses of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pageUrl = new URL('http://demo.test/demo/product.html');
const html = readFileSync('demo/product.html', 'utf8');
const { imports } = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1]);

/** `specifier` as the page's import map resolves it from the module at `base`. */
function resolve(specifier, base) {
  if (/^\.{0,2}\//.test(specifier)) return new URL(specifier, base).href;
  const key = Object.keys(imports)
    .filter((candidate) => candidate === specifier || (candidate.endsWith('/') && specifier.startsWith(candidate)))
    .sort((a, b) => b.length - a.length)[0];
  assert.ok(key, `the import map resolves "${specifier}" (imported by ${base})`);
  return new URL(imports[key] + specifier.slice(key.length), pageUrl).href;
}

/** What the module at `url` imports statically, resolved. */
function importsOf(url) {
  const code = readFileSync(`.${new URL(url).pathname}`, 'utf8');
  // Lit's files are minified (`export*from"lit-html/is-server.js"`), the kit's are not.
  return [...code.matchAll(/(?:^|[\n;])\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g)].map(([, specifier]) => resolve(specifier, url));
}

/** The static imports of the module at `url` and of every module they import, `url` included. */
function graph(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  for (const imported of importsOf(url)) graph(imported, seen);
  return seen;
}

test('demo/product.html preloads every module its module script imports, and nothing else', () => {
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)[1];
  const entries = [...script.matchAll(/import\s*["']([^"']+)["']/g)].map(([, specifier]) => resolve(specifier, pageUrl));
  assert.ok(entries.length > 0, 'the page imports a module');
  const modules = new Set(entries.flatMap((entry) => [...graph(entry)]));
  assert.ok(modules.size > 20, `found only ${modules.size} modules: build first`);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, href]) => new URL(href, pageUrl).href);
  assert.deepEqual([...preloaded].sort(), [...modules].sort());
  assert.equal(new Set(preloaded).size, preloaded.length, 'each module once');
  // After the import map: a module fetched before it would make the browser ignore the map.
  assert.ok(html.indexOf('<link rel="modulepreload"') > html.indexOf('</script>', html.indexOf('type="importmap"')), 'after the import map');
});

test("demo/product.html preloads its widget's document as the kit asks for it (CORS, crossorigin)", () => {
  const links = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map(([tag]) => tag);
  assert.deepEqual(links, ['<link rel="preload" href="../dist/content/en/retention-policy.json" as="fetch" crossorigin />']);
  assert.ok(readFileSync('dist/content/en/retention-policy.json', 'utf8').length > 0);
});

// docs/bundling.md ("Without a bundler") counts this graph to say what a page without a bundler
// waits for: its modules, Lit's among them, the levels of imports (one round trip each, then one for
// the document), and the requests with the document.
test("docs/bundling.md counts the retention timeline's module graph as it stands", () => {
  const entry = resolve('../dist/widgets/retention-timeline/define.js', pageUrl);
  const modules = [...graph(entry)];
  const lit = modules.filter((url) => new URL(url).pathname.startsWith('/node_modules/'));
  // Levels: the entry, then each module at the shortest distance the browser discovers it.
  let levels = 0;
  for (let level = [entry], seen = new Set(level); level.length > 0; levels++) {
    const next = new Set();
    for (const url of level) for (const imported of importsOf(url)) if (!seen.has(imported)) (seen.add(imported), next.add(imported));
    level = [...next];
  }
  const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const guide = readFileSync('docs/bundling.md', 'utf8').replace(/\s+/g, ' ');
  const expected = [
    `The retention timeline is ${modules.length} modules (${lit.length} of them Lit's), ${words[levels]} levels deep; its document comes after them. That is ${words[levels + 1]} round trips`,
    `so ${modules.length + 1} requests still take`,
  ];
  for (const text of expected) assert.ok(guide.includes(text), `docs/bundling.md should say "${text}"`);
});
