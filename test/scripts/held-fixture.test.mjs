// The test server's /fixture/held/ route (test/server/fixtures.mjs), which sends a page in pieces for
// test/e2e/demo.test.ts: a page held under a key is resumed by that key alone, even when an
// earlier page under the same key (a failed attempt, a run again in watch mode) ends meanwhile.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { contentFixtures } from '../server/fixtures.mjs';

/** What the route answers for `path`, as Koa would give it the request. */
async function request(path, query = {}) {
  const context = { path, query, set() {}, status: 200 };
  await contentFixtures(context, async () => {});
  return context;
}

const read = async (stream) => {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
};

test('a held page ending does not release another held under the same key', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const first = await request('/fixture/held/same-key/demo/index.html', { at: '<nav' });
    const firstText = read(first.body);
    mock.timers.tick(5_000);
    const second = await request('/fixture/held/same-key/demo/index.html', { at: '<nav' });
    const secondText = read(second.body);
    // The first page's stop lets go on its own, 10 s after it began, and its page ends; the
    // second's is held 5 s more.
    await new Promise((resolve) => setImmediate(resolve));
    mock.timers.tick(5_000);
    assert.match(await firstText, /<\/html>/);
    assert.equal((await request('/fixture/resume/same-key')).body, 'resumed', 'the second page, still held, is resumed');
    assert.match(await secondText, /<\/html>/);
  } finally {
    mock.timers.reset();
  }
});
