// npm run test:scripts: `npm run storybook` (Storybook's dev server) answers a request from a
// static dir (.storybook/main.ts staticDirs) before Vite sees it. A module the stories import from a
// path a static dir also serves comes back as the plain file: a JSON document as application/json,
// which no browser runs as a module, and the stories file that imports it does not load.
// npm run test:storybook checks the static build only, where imports are bundled and this cannot
// happen, so it is checked here: every module the stories, the preview and the docs pages reach,
// as Vite's dev server resolves them, against the static dirs the dev server mounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createServer, loadConfigFromFile } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const configDir = join(root, '.storybook');

/** The static dirs of main.ts as `configType` gets them: [directory, URL path] pairs. */
async function staticMounts(configType) {
  const { config } = await loadConfigFromFile({ command: 'serve', mode: 'development' }, join(configDir, 'main.ts'), root, 'silent');
  const value = typeof config.staticDirs === 'function' ? await config.staticDirs([], { configType }) : config.staticDirs;
  return (value ?? []).map((entry) => {
    const { from, to } = typeof entry === 'string' ? { from: entry, to: '/' } : entry;
    return [resolve(configDir, from), `/${to.replace(/^\/+|\/+$/g, '')}`];
  });
}

const filesUnder = (directory, pattern) =>
  readdirSync(join(root, directory), { recursive: true })
    .map((name) => join(directory, name))
    .filter((name) => pattern.test(name));

test('in npm run storybook, no module the stories import is answered by a static dir instead of Vite', async () => {
  const mounts = await staticMounts('DEVELOPMENT');
  const shadowed = (url) => {
    const path = decodeURIComponent(url.split('?')[0]);
    return mounts.some(([from, to]) => path.startsWith(`${to}/`) && existsSync(join(from, path.slice(to.length))));
  };
  const problems = [];
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    // The stories and the preview, and what they import in turn (the kit's own modules only).
    const queue = [...filesUnder('src', /\.stories\.ts$/), '.storybook/preview.ts'].map((file) => `/${file.split(sep).join('/')}`);
    const seen = new Set(queue);
    for (let url = queue.shift(); url; url = queue.shift()) {
      await server.transformRequest(url);
      for (const { url: imported } of (await server.moduleGraph.getModuleByUrl(url))?.importedModules ?? []) {
        if (shadowed(imported)) problems.push(`${url} imports ${imported}`);
        if (seen.has(imported) || imported.startsWith('/@') || imported.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(imported.split('?')[0])) continue;
        seen.add(imported);
        queue.push(imported);
      }
    }
  } finally {
    await server.close();
  }
  // The docs pages (MDX, which the kit's Vite config does not compile): their imports and globs.
  for (const file of filesUnder('stories', /\.mdx$/)) {
    for (const [, specifier] of readFileSync(join(root, file), 'utf8').matchAll(/(?:from\s+|import\s+|import\.meta\.glob\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(root, dirname(file), specifier);
      const files = specifier.includes('*') ? readdirSync(dirname(target)).map((name) => join(dirname(target), name)) : [target];
      for (const found of files) {
        const url = `/${relative(root, found).split(sep).join('/')}`;
        if (shadowed(url)) problems.push(`${file} imports ${url}`);
      }
    }
  }
  assert.deepEqual(problems, [], 'these modules would come back as plain files from a static dir (.storybook/main.ts staticDirs)');
});
