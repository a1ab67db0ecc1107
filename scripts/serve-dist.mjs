#!/usr/bin/env node
// A tiny static file server for the built site in dist/, on loopback only. It serves the same
// files at the site root and under a sub-path (/nodescope/ by default), the way a project page
// is hosted, so the browser tests prove dist/ works from any folder.
//
//   node scripts/serve-dist.mjs [--port 8081] [--dir dist] [--base /nodescope/]
//
// Also importable: `const server = await serveDist({ dir, port: 0 })` gives `server.url` and
// `server.close()`.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Starts the server; resolves once it listens. `port: 0` picks a free port. */
export async function serveDist({ dir = 'dist', port = 0, host = '127.0.0.1', base = '/nodescope/' } = {}) {
  const root = resolve(dir);
  const subPath = base.endsWith('/') ? base : `${base}/`;

  const server = createServer(async (request, response) => {
    const send = (status, body, headers = {}) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'method not allowed\n');

    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    if (`${path}/` === subPath) return send(301, '', { location: subPath + query });
    if (path.startsWith(subPath)) path = `/${path.slice(subPath.length)}`;
    if (path.endsWith('/')) path += 'index.html';

    const file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden\n');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, `not found: ${path}\n`);
    }
    if (info.isDirectory()) return send(301, '', { location: `${request.url.split('?')[0]}/${query}` });

    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
      // As static hosts such as GitHub Pages do: a sandboxed embed (an iframe without
      // allow-same-origin) has an opaque origin and fetches the module and the wasm with CORS.
      'access-control-allow-origin': '*',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, resolveListen);
  });
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    url: `${origin}${subPath}`,
    rootUrl: `${origin}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = { port: 8081 };
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--port') options.port = Number(value);
    else if (flag === '--dir') options.dir = value;
    else if (flag === '--base') options.base = value;
    else {
      console.error(`usage: serve-dist.mjs [--port N] [--dir DIR] [--base /sub/path/]`);
      process.exit(2);
    }
  }
  const server = await serveDist(options);
  console.log(`serving ${options.dir ?? 'dist'} at ${server.rootUrl} and ${server.url}`);
}
