/**
 * Serves the built site (dist/) like a static host does: files, folder index.html,
 * the 404 page, and the headers from dist/_headers (the Netlify/Cloudflare format),
 * so the Content-Security-Policy is the one a reader gets.
 *
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

interface HeaderRule {
  pattern: RegExp;
  /** A header to set, or (value undefined) one to detach that an earlier rule set: "! Name". */
  headers: [string, string | undefined][];
}

/** Parses a _headers file: a path pattern line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const glob = raw
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${glob}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const detach = /^\s*!\s*([\w-]+)\s*$/.exec(raw);
      const i = raw.indexOf(':');
      if (detach) current.headers.push([detach[1] ?? '', undefined]);
      else if (i > 0) current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Starts the server; resolves when it listens (port 0: any free port, see server.address()).
 * With `headers: false` it ignores _headers, as GitHub Pages does.
 */
export function serve(dir: string, port: number, options: { headers?: boolean } = {}): Promise<Server> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = options.headers !== false && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      path = '/404.html';
    }
    for (const rule of rules)
      if (rule.pattern.test(url.pathname))
        for (const [k, v] of rule.headers) {
          if (v === undefined) res.removeHeader(k);
          else res.setHeader(k, v);
        }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as static hosts do (Pagefind's own files are compressed already).
    if (/text|javascript|json|svg|xml|csv/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file));
        gzipped.set(file, body);
      }
      res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { 'Content-Type': type });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const port = Number(arg('--port', process.env['PORT'] ?? '4321'));
  await serve(arg('--dir', 'dist'), port);
  console.log(`Onderwijsmonitor draait op http://localhost:${String(port)}/ (Ctrl+C om te stoppen)`);
}
