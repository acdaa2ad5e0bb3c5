// A small static server for the web build, bound to 127.0.0.1 only, that
// does what the README asks of a static host (used by `scripts/run-app.sh`,
// the tests and the figures):
//   - a path that is not a file gets the nearest pre-rendered page above it
//     (`/c/1/pupils/en/school` gets `/c/1/pupils/en/index.html`), else
//     `404.html` with status 404 (a build without pre-rendered pages: `index.html`);
//   - a file with a `.br` or `.gz` beside it is sent compressed when the
//     browser accepts it (Content-Encoding, Vary);
//   - the headers of the build's `_headers` file (Content-Security-Policy and
//     the others, Netlify/Cloudflare Pages format) are sent with every answer.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
};

const isFile = (p) => stat(p).then((s) => s.isFile(), () => false);

/**
 * Reads a `_headers` file: blocks of a path pattern (`/*` or an exact path,
 * a `*` matching the rest) followed by indented `Name: value` lines.
 * Returns a function from a request path to the headers that apply.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  const matches = (pattern, path) => pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return (path) => Object.fromEntries(rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers));
}

/** The file that answers `path` under `root`, with its status; null for a missing asset. */
async function resolve(root, path) {
  const file = normalize(join(root, path));
  if (await isFile(file)) return { target: file, status: 200 };
  if (await isFile(join(file, 'index.html'))) return { target: join(file, 'index.html'), status: 200 };
  // A missing asset (with an extension) is a 404; an app route gets a page.
  if (extname(path)) return null;
  for (let dir = dirname(file); dir.length > normalize(root).length; dir = dirname(dir)) {
    if (await isFile(join(dir, 'index.html'))) return { target: join(dir, 'index.html'), status: 200 };
  }
  if (await isFile(join(root, '404.html'))) return { target: join(root, '404.html'), status: 404 };
  return { target: join(root, 'index.html'), status: 200 };
}

/**
 * Starts serving `root`; resolves to { url, close }. Port 0 picks a free port.
 * `extra` maps paths to pages (a string) or to { type, body }; it may grow later.
 */
export function serve(root, port = 0, extra = {}) {
  root = normalize(root + sep);
  const headersFor = readFile(join(root, '_headers'), 'utf8').then(parseHeaders, () => () => ({}));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const site = (await headersFor)(path);
    if (extra[path]) {
      const { type = 'text/html; charset=utf-8', body } = typeof extra[path] === 'string' ? { body: extra[path] } : extra[path];
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    if (!normalize(join(root, path)).startsWith(root.slice(0, -1))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const found = await resolve(root, path);
      if (!found) throw new Error('missing');
      const accepts = String(req.headers['accept-encoding'] ?? '');
      let body = null;
      let encoding = null;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accepts.includes(enc) && await isFile(found.target + ext)) {
          body = await readFile(found.target + ext);
          encoding = enc;
          break;
        }
      }
      body ??= await readFile(found.target);
      res.writeHead(found.status, {
        ...site,
        'content-type': TYPES[extname(found.target)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        vary: 'Accept-Encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { ...site, 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      done({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root, port = '8080'] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node serve.mjs <dir> [port]');
    process.exit(2);
  }
  const { url } = await serve(root, Number(port));
  console.log(`Eén Entree is served at ${url}/ (Ctrl+C stops)`);
}
