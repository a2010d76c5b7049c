import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { readInput } from '@amend/word';
import { listCorpus, lookup, readBytes, realFolder, RULE_FILE } from './files.ts';

/**
 * The preview's loopback server: the built page, and a small read-only JSON
 * API over one corpus folder and the bundled example. It never lists a
 * directory, never follows a path out of its folders, and refuses request
 * bodies over `maxBody` (it has no use for bodies at all).
 */

export interface PreviewOptions {
  /** The built page (vite's outDir). */
  assets: string;
  /** Folder of rule files offered in the page; defaults to the example's rules. */
  corpus?: string;
  /** The bundled example: a folder holding decision.md and rules/. */
  example: string;
  /** Defaults to 127.0.0.1: the preview is for the person at this machine. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBody?: number;
}

export interface PreviewServer {
  url: string;
  host: string;
  port: number;
  corpus: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const MAX_BODY = 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // CodeMirror injects its theme as <style>; nothing else inline is allowed.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
};

export async function startPreview(opts: PreviewOptions): Promise<PreviewServer> {
  const corpusDir = opts.corpus ?? join(opts.example, 'rules');
  const assets = realFolder(opts.assets);
  const corpus = realFolder(corpusDir);
  if (!assets) throw new Error(`no built page in ${opts.assets}`);
  if (!corpus) throw new Error(`not a folder: ${corpusDir}`);
  const host = opts.host ?? DEFAULT_HOST;
  const roots = { assets, corpus, example: realFolder(opts.example), own: opts.corpus !== undefined };
  const handler = createHandler(roots, { maxBody: opts.maxBody, host });
  const server = createServer(handler);
  await listen(server, opts.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    host,
    port,
    corpus: corpusDir,
    close: () =>
      new Promise<void>((res) => {
        server.close(() => res());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((res, rej) => {
    server.once('error', rej);
    server.listen(port, host, () => {
      server.off('error', rej);
      res();
    });
  });
}

/** Real paths of the folders the server may read from. */
export interface Roots {
  assets: string;
  corpus: string;
  example?: string;
  /** The corpus is the user's own folder (`--corpus`), not the bundled example's rules. */
  own?: boolean;
}

/** The request handler (also mounted by the vite dev server, see vite-config.ts). */
export function createHandler(roots: Roots, opts: { maxBody?: number; host?: string } = {}) {
  const maxBody = opts.maxBody ?? MAX_BODY;
  const loopback = isLoopback(opts.host ?? DEFAULT_HOST);
  return (req: IncomingMessage, res: ServerResponse): void => {
    // A page on another site must not reach this server through a DNS name
    // that resolves to 127.0.0.1: on loopback, only loopback Host headers.
    if (loopback && !isLoopback(hostName(req.headers.host ?? ''))) return send(res, 403, 'forbidden host\n');
    if (Number(req.headers['content-length'] ?? 0) > maxBody) return refuseBody(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return drain(req, maxBody, (tooBig) => {
        if (tooBig) return refuseBody(req, res);
        res.setHeader('Allow', 'GET, HEAD');
        send(res, 405, 'method not allowed\n');
      });
    }
    const segments = splitPath(req.url ?? '/');
    if (!segments) return send(res, 400, 'bad request\n');
    route(segments, roots, res);
  };
}

function route(segments: string[], roots: Roots, res: ServerResponse): void {
  if (segments[0] === 'api') {
    const [, what, ...rest] = segments;
    if (what === 'corpus' && rest.length === 0) return json(res, { files: listCorpus(roots.corpus), own: roots.own === true });
    if (what === 'corpus') return textFile(roots.corpus, rest, res);
    if (what === 'example' && rest.length === 0) return example(roots.example, res);
    return refuse(res, 404);
  }
  const found = lookup(roots.assets, segments.length === 0 ? ['index.html'] : segments);
  if (!found.ok) return refuse(res, found.status);
  // Node leaves the body out of HEAD responses by itself.
  send(res, 200, readBytes(found.path), TYPES[extname(found.path)] ?? 'application/octet-stream');
}

/** A rule file as text: decoded (UTF-8 or GB18030) or read from a Word document, as the CLI reads it. */
function textFile(root: string, segments: string[], res: ServerResponse): void {
  const found = lookup(root, segments);
  if (!found.ok) return refuse(res, found.status);
  // Only the rule files the listing offers: no nested folders, no other files.
  if (segments.length !== 1 || !RULE_FILE.test(segments[0])) return refuse(res, 404);
  const decoded = readInput(readBytes(found.path), segments[0]);
  if (decoded.value === undefined) return json(res, { diagnostics: decoded.diagnostics }, 422);
  send(res, 200, decoded.value.text, TYPES['.txt']);
}

/** The bundled example: the decision and every rule beside it. */
function example(root: string | undefined, res: ServerResponse): void {
  const decision = root ? lookup(root, ['decision.md']) : undefined;
  if (!root || !decision?.ok) return refuse(res, 404);
  const rulesRoot = realFolder(join(root, 'rules'));
  const rules: { name: string; text: string }[] = [];
  for (const e of rulesRoot ? listCorpus(rulesRoot) : []) {
    const text = readInput(readBytes(join(rulesRoot!, e.name)), e.name).value?.text;
    if (text !== undefined) rules.push({ name: e.name, text });
  }
  const text = readInput(readBytes(decision.path), 'decision.md').value?.text ?? '';
  json(res, { decision: { name: 'decision.md', text }, rules });
}

/**
 * The request path as decoded segments, or undefined when it cannot be
 * decoded. Done on the raw URL, not through `new URL`, which would quietly
 * resolve `..` and `%2e%2e` before anyone could refuse them.
 */
export function splitPath(url: string): string[] | undefined {
  const path = url.split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    try {
      out.push(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
  }
  return out;
}

function hostName(header: string): string {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return m ? m[1].toLowerCase() : '';
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function drain(req: IncomingMessage, limit: number, done: (tooBig: boolean) => void): void {
  let size = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit && !over) {
      over = true;
      done(true);
    }
  });
  req.on('end', () => {
    if (!over) done(false);
  });
}

function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  send(res, 413, 'request body too large\n');
  // Stop reading: whatever the client still sends goes away with the socket.
  res.on('finish', () => req.destroy());
}

function refuse(res: ServerResponse, status: 403 | 404): void {
  send(res, status, status === 403 ? 'forbidden\n' : 'not found\n');
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, JSON.stringify(value), TYPES['.json']);
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, type = TYPES['.txt']): void {
  if (res.headersSent) return;
  res.statusCode = status;
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}
