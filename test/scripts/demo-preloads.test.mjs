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

/** The static imports of the module at `url` and of every module they import, `url` included. */
function graph(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(`.${new URL(url).pathname}`, 'utf8');
  // Lit's files are minified (`export*from"lit-html/is-server.js"`), the kit's are not.
  for (const [, specifier] of code.matchAll(/(?:^|[\n;])\s*(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g)) graph(resolve(specifier, url), seen);
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
