// npm run test:scripts: scripts/static-server.mjs, the demo's server (npm start), the
// benchmark's, Lighthouse's, the screenshots' and the Storybook check's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** GET `path` (as written: not normalized by a URL parser) from `server`: status, headers, body. */
const get = (server, path, headers = {}) =>
  new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port: server.address().port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    call.on('error', reject);
    call.end();
  });

async function serving(files, run, options = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const server = await startStaticServer({ root: join(folder, 'site'), ...options });
  try {
    await run(server, folder);
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

test('serves a script gzipped, as UTF-8, and a file as it is without gzip', () =>
  serving({ 'site/dist/a.js': 'const text = "中文";\n' }, async (server) => {
    const zipped = await get(server, '/dist/a.js', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(zipped.body).toString('utf8'), 'const text = "中文";\n');
    const plain = await get(server, '/dist/a.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), 'const text = "中文";\n');
  }));

// The Storybook check's: a browser that opens 142 pages of one preview keeps the copy it has, and
// the code it compiled from it, until the file changes.
test('with validators, answers a request for the copy the browser has with 304, until the file changes', () =>
  serving(
    { 'site/a.js': 'first;\n' },
    async (server, folder) => {
      const first = await get(server, '/a.js', { 'Accept-Encoding': 'gzip' });
      assert.match(first.headers.etag, /^W\/"\w+-\w+"$/);
      const again = await get(server, '/a.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
      writeFileSync(join(folder, 'site/a.js'), 'second, longer;\n');
      const changed = await get(server, '/a.js', { 'If-None-Match': first.headers.etag });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.toString('utf8'), 'second, longer;\n');
      assert.notEqual(changed.headers.etag, first.headers.etag);
    },
    { validators: true },
  ));

// A change that keeps the file's size (a digit, a word of the same length) is a change too: the
// browser must not keep the copy it has.
test('with validators, a file changed to the same size is sent again in full', () =>
  serving(
    { 'site/a.js': 'first;\n' },
    async (server, folder) => {
      const first = await get(server, '/a.js');
      const file = join(folder, 'site/a.js');
      writeFileSync(file, 'other;\n');
      const later = new Date(statSync(file).mtimeMs + 2000);
      utimesSync(file, later, later);
      const changed = await get(server, '/a.js', { 'If-None-Match': first.headers.etag });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.toString('utf8'), 'other;\n');
    },
    { validators: true },
  ));

// Found by a review: the 304 left out Vary, which RFC 9110 (15.4.5) has a 304 send as the 200
// would have: the copy a browser keeps is the gzipped one or the plain one, by Accept-Encoding.
test('with validators, a 304 says what the copy varies by, as the 200 did', () =>
  serving(
    { 'site/a.js': 'first;\n' },
    async (server) => {
      const first = await get(server, '/a.js', { 'Accept-Encoding': 'gzip' });
      assert.equal(first.headers.vary, 'Accept-Encoding');
      const again = await get(server, '/a.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
      assert.equal(again.status, 304);
      assert.equal(again.headers.vary, 'Accept-Encoding');
    },
    { validators: true },
  ));

test('without validators, every request is answered in full, as the benchmark has always loaded its pages', () =>
  serving({ 'site/a.js': 'first;\n' }, async (server) => {
    const first = await get(server, '/a.js');
    assert.equal(first.headers.etag, undefined);
    const again = await get(server, '/a.js', { 'If-None-Match': 'W/"7-0"' });
    assert.equal(again.status, 200);
    assert.equal(again.body.toString('utf8'), 'first;\n');
  }));

// Found by a review of the build's tools: the check that a path stays inside the root compared
// strings, so a folder beside the root whose name starts with the root's ("site-private" beside
// "site") was served through an escaped slash: /..%2Fsite-private/secret.txt.
test('serves nothing outside its root, not even from a folder beside it whose name starts the same', () =>
  serving({ 'site/index.html': '<!doctype html>', 'site-private/secret.txt': 'secret', 'secret.txt': 'secret' }, async (server) => {
    for (const path of ['/..%2Fsite-private/secret.txt', '/..%2F..%2Fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5Csite-private%5Csecret.txt']) {
      const { status, body } = await get(server, path);
      assert.notEqual(status, 200, `${path} was served`);
      assert.doesNotMatch(body.toString(), /secret/, path);
    }
    assert.equal((await get(server, '/index.html')).status, 200);
  }));

// Found by trying the demo server's edges: a stray "%" in an address (a typo, a half-copied link,
// a scanner's probe) threw from decodeURIComponent in the request handler and stopped `npm start`.
test('answers an address with a broken percent-escape with 400 and goes on serving', () =>
  serving({ 'site/index.html': '<!doctype html>' }, async (server) => {
    for (const path of ['/%E0', '/demo/%', '/%zz.html']) {
      const { status } = await get(server, path);
      assert.equal(status, 400, path);
    }
    assert.equal((await get(server, '/index.html')).status, 200);
  }));

// A content editor's loop (docs/content.md): save a document in content/, reload the demo page. The
// demo's widgets ask for dist/content/, which held the last build's copy: the edit did not show
// until `npm run build`.
test('npm start serves the default content from content/, as saved, not the last build\'s copy', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'serve-demo-'));
  mkdirSync(join(folder, 'content/en'), { recursive: true });
  mkdirSync(join(folder, 'dist/content/en'), { recursive: true });
  writeFileSync(join(folder, 'content/en/faq.json'), '{"title": "as saved"}');
  writeFileSync(join(folder, 'dist/content/en/faq.json'), '{"title": "as built"}');
  writeFileSync(join(folder, 'dist/content/secret.txt'), 'secret');
  const demo = spawn(process.execPath, [fileURLToPath(new URL('../../scripts/serve-demo.mjs', import.meta.url))], {
    cwd: folder,
    env: { ...process.env, PORT: '0' },
  });
  try {
    const [, port] = await new Promise((resolve, reject) => {
      let output = '';
      demo.stdout.on('data', (chunk) => {
        output += chunk;
        const address = /http:\/\/localhost:(\d+)\/demo\//.exec(output);
        if (address) resolve(address);
      });
      demo.on('exit', (code) => reject(new Error(`npm start stopped (${code}): ${output}`)));
    });
    const server = { address: () => ({ port: Number(port) }) };
    assert.equal((await get(server, '/dist/content/en/faq.json')).body.toString(), '{"title": "as saved"}');
    // Inside content/ only: the mount is no way out of it.
    for (const path of ['/dist/content/..%2Fdist%2Fcontent%2Fsecret.txt', '/dist/content/..%2F..%2Fsecret.txt']) {
      assert.notEqual((await get(server, path)).status, 200, path);
    }
    assert.equal((await get(server, '/dist/content/secret.txt')).status, 404);
  } finally {
    demo.kill();
    rmSync(folder, { recursive: true, force: true });
  }
});
