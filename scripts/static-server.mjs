// A plain static file server for the repository (node:http only), as a portal's own server would
// be: the demo (npm start), the benchmark (npm run bench), Lighthouse, the screenshots and the
// Storybook check use it. Like any production server it compresses text with gzip: the script is
// 75 kB as built and 25 kB on the wire.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.map']);

/** Compressed files, by path, until the file changes (the benchmark loads the same files hundreds of times). */
const gzipped = new Map();
function gzipOf(file, modified) {
  const cached = gzipped.get(file);
  if (cached?.modified === modified) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { modified, body });
  return body;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port); resolves with the server once listening.
 * `mounts` serves an address prefix from another folder: one of `root` (`{'/dist/content/': 'content'}`),
 * or any other, by its absolute path (the Storybook check serves axe-core from node_modules).
 * `validators` gives each file an ETag and answers a request that names it with 304: the browser
 * then keeps its cached copy, and with it the code it compiled from a script. Off by default: the
 * benchmark's pages load as they have always been measured, each file sent in full. The Storybook check
 * opens 142 pages of one 3 MB preview, compiled anew for each without it: with it, a tenth less time
 * (99 s → 89 s; 140 s → 128 s on a busy machine).
 */
export function startStaticServer({ root = '.', port = 0, index = '/demo/', mounts = {}, validators = false } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/' && index !== '/index.html') {
      response.writeHead(302, { Location: index });
      return response.end();
    }
    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it by themselves; answering "nothing" keeps a 404 out of their consoles.
      response.writeHead(204);
      return response.end();
    }
    const prefix = Object.keys(mounts).find((candidate) => url.pathname.startsWith(candidate));
    const base = resolve(root, prefix ? mounts[prefix] : '.');
    let file;
    try {
      file = normalize(join(base, decodeURIComponent(prefix ? url.pathname.slice(prefix.length) : url.pathname)));
    } catch {
      // A stray "%" (a typo, a half-copied link) must not stop the server.
      response.writeHead(400);
      return response.end();
    }
    // Inside the root: a folder beside it whose name starts with the root's is not ("site-private").
    if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) {
      response.writeHead(403);
      return response.end();
    }
    let stats;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      stats = statSync(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return response.end('Not found');
    }
    const headers = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    // Sent with a 304 too, as a 200 would send it (RFC 9110, 15.4.5): the body is gzipped or not by Accept-Encoding.
    if (compressible.has(extname(file))) headers.Vary = 'Accept-Encoding';
    if (validators) {
      headers.ETag = `W/"${stats.size.toString(36)}-${Math.round(stats.mtimeMs).toString(36)}"`;
      if (request.headers['if-none-match'] === headers.ETag) {
        response.writeHead(304, headers);
        return response.end();
      }
    }
    let body;
    if (compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      headers['Content-Encoding'] = 'gzip';
      body = gzipOf(file, stats.mtimeMs);
    }
    body ??= readFileSync(file);
    headers['Content-Length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(server)));
}
