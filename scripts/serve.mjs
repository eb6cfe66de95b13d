#!/usr/bin/env node
// Tiny static file server on 127.0.0.1 for browser tests, the demo and the page scripts.
// Mounts: { '/': dirA, '/corpus/': dirB } maps URL prefixes to folders (longest prefix wins).
//
//   node scripts/serve.mjs DIR [PORT]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

/** Starts the server; resolves to { url, port, close() }. */
export async function serve(mounts, port = 0) {
  const table = Object.entries(typeof mounts === 'string' ? { '/': mounts } : mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return end(res, 400);
    }
    const mount = table.find(([prefix]) => pathname.startsWith(prefix));
    if (!mount) return end(res, 404);
    const [prefix, root] = mount;
    let file = path.join(root, pathname.slice(prefix.length));
    // Never serve anything outside the mounted folder.
    if (file !== root && !file.startsWith(root + path.sep)) return end(res, 403);
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) stat = statSync((file = path.join(file, 'index.html')));
    } catch {
      return end(res, 404);
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

function end(res, status) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(String(status));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = '.', port = '0'] = process.argv.slice(2);
  const s = await serve(dir, Number(port));
  console.log(`serving ${path.resolve(dir)} at ${s.url}/ (Ctrl-C to stop)`);
}
