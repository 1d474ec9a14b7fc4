// A small static file server on 127.0.0.1 for a built Storybook or a folder of test pages.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * Serves the files of `dir` on a free port of 127.0.0.1.
 */
export async function serveStatic(dir: string): Promise<{ url: string, close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Read whole before answering: an unreadable file (permissions, removed meanwhile, a read error) is that
    // page's 403/500, not a crash of the audit nor a truncated 200.
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': types[(extname(file).toLowerCase() as keyof typeof types)] ?? 'application/octet-stream' }).end(body),
      (e: NodeJS.ErrnoException) => res.writeHead(e.code === 'EACCES' || e.code === 'EPERM' ? 403 : 500, { 'content-type': 'text/plain' }).end(`cannot read ${path}: ${e.code ?? 'error'}`),
    );
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  const address = (server.address() as import('node:net').AddressInfo);
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
