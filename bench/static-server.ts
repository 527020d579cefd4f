/**
 * A small static file server on 127.0.0.1 for the benchmark, so that the numbers do not
 * depend on a dev server's behaviour. It serves files the way the static hosts the README
 * names do: text gzip-compressed when the browser accepts it, hashed assets cacheable, and
 * the page itself revalidated. Every load in the benchmark opens a fresh browser context,
 * so nothing is cached from one measurement to the next.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

/** Each file read (and compressed) once per server: a host sends the same bytes every time. */
const bodies = new Map<string, { mtimeMs: number; raw: Buffer; gzip: Buffer | null }>();
function bodyOf(file: string) {
  const { mtimeMs } = statSync(file);
  let body = bodies.get(file);
  if (!body || body.mtimeMs !== mtimeMs) {
    const raw = readFileSync(file);
    body = { mtimeMs, raw, gzip: COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 6 }) : null };
    bodies.set(file, body);
  }
  return body;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * @param spaFallback answer index.html for unknown paths without a file extension, as the
 *   app's static hosts do, so that deep links open the app.
 */
export async function serveStatic(
  root: string,
  spaFallback: boolean,
  /** Files compressed before the first request, so that no measured load waits for it. */
  warm: string[] = [],
): Promise<StaticServer> {
  const base = resolve(root);
  for (const path of warm) bodyOf(join(base, path));
  const fileFor = (pathname: string): string | undefined => {
    const file = resolve(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) return file;
    if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
    if (spaFallback && extname(pathname) === '') return join(base, 'index.html');
    return undefined;
  };

  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(pathname) : undefined;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = bodyOf(file);
    const gzip = body.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? body.gzip : null;
    const sent = gzip ?? body.raw;
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': sent.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
      'Cache-Control': extname(file) === '.html' ? 'no-cache' : 'max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : sent);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
