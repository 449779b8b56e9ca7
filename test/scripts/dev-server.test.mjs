// npm run test:scripts: the kit's vite.config.ts in Vite's dev server, which Storybook's dev
// server loads too (.storybook/main.ts). There @lit/localize is pre-bundled by esbuild, which runs no
// Vite plugin: its runtime keeps looking messages up by their hash, so the translations must too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const root = resolve(import.meta.dirname, '../..');

// Found by a review of the build's rewrites: the dev server keyed the Chinese strings by their text
// (vite.config.ts's messageIdsAsText) while the untouched runtime asked for hashes, so Storybook's
// dev server showed every UI string in English with the locale set to Chinese.
test('in the dev server, the Chinese UI strings are found by the ids the untouched runtime asks for', async () => {
  const server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'development',
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { templates } = await server.ssrLoadModule('/src/generated/locales/zh-CN.ts');
    assert.equal(templates[generateMsgId(['Expand all'], false)], '全部展开');
    const results = templates[generateMsgId(['', ' results'], false)];
    assert.deepEqual([...results.strings], ['', ' 个结果']);
  } finally {
    await server.close();
  }
});

// The build keys the translations by their text only where it finds their keys as lit-localize
// writes them today ('s0498cc358421b4a6': …); a key it did not find would stay a hash that the
// rewritten runtime never asks for, and Chinese readers would get English with no error.
test('the build stops on a generated translation whose key it could not rekey', async () => {
  const { loadConfigFromFile } = await import('vite');
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(root, 'vite.config.ts'), root, 'silent');
  const plugin = config.plugins.flat().find((candidate) => candidate?.name === 'trust-widgets:message-ids-as-text');
  const context = { error: (message) => { throw new Error(message); } };
  const id = resolve(root, 'src/generated/locales/zh-CN.ts');
  const rekey = (code) => plugin.transform.call(context, code, id).code;
  const hash = generateMsgId(['Expand all'], false);
  assert.match(rekey(`export const templates = {'${hash}': \`全部展开\`};`), /"sExpand all": `全部展开`/);
  assert.throws(() => rekey(`export const templates = {${hash}: \`全部展开\`};`), new RegExp(hash));
});
