import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../packages/preview/src/index.ts';

/**
 * The preview server's safety rules, over plain HTTP: it serves its page and
 * the corpus folder's rule files and nothing else, and refuses big bodies.
 * Requests are sent with node:http so the path goes out exactly as written
 * (fetch and `new URL` would resolve `..` and `%2e%2e` on our side first).
 */

const SECRET = 'SECRET-OUTSIDE-THE-CORPUS';
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'amend-preview-'));
  const assets = join(base, 'dist');
  mkdirSync(join(assets, 'assets'), { recursive: true });
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(assets, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  const corpus = join(base, 'corpus');
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  writeFileSync(join(corpus, '甲办法.txt'), '甲办法\n\n第一条　内容。\n');
  // In GB18030 乙 is D2D2 and 第一条 B5DA D2BB CCF5: not valid UTF-8.
  writeFileSync(join(corpus, 'gb.txt'), Buffer.from([0xd2, 0xd2, 0x0a, 0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x0a]));
  writeFileSync(join(corpus, 'notes.pdf'), '%PDF');
  writeFileSync(join(corpus, 'sub', 'nested.txt'), 'nested');
  symlinkSync(join(base, 'secret.txt'), join(corpus, 'link.txt'));
  const example = join(base, 'example');
  mkdirSync(join(example, 'rules'), { recursive: true });
  writeFileSync(join(example, 'decision.md'), '关于修改的决定\n');
  writeFileSync(join(example, 'rules', '丙办法.txt'), '丙办法\n\n第一条　内容。\n');
  server = await startPreview({ assets, corpus, example, port: 0 });
});

afterAll(async () => {
  await server?.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(method: string, path: string, opts: { body?: Buffer; chunked?: boolean; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: opts.host ?? `127.0.0.1:${server.port}` };
    if (opts.body && !opts.chunked) headers['content-length'] = opts.body.length;
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may close the socket while a refused body is still going out.
    req.on('error', (e) => (e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : reject(e)));
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const get = (path: string) => send('GET', path);

describe('preview server', () => {
  it('listens on the loopback address by default', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves its page with content types and safety headers', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>page</title>');
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await send('HEAD', '/');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('lists no directory', async () => {
    for (const path of ['/assets', '/assets/', '/api/corpus/sub', '/api/corpus/sub/']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('lists the rule files of the corpus and reads them, GB18030 included', async () => {
    const list = await get('/api/corpus');
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    // Sorted by code unit; notes.pdf is not a rule file, sub/ is a folder, link.txt leads out.
    expect(JSON.parse(list.body).files.map((f: { name: string }) => f.name)).toEqual(['gb.txt', '甲办法.txt']);
    const rule = await get('/api/corpus/' + encodeURIComponent('甲办法.txt'));
    expect([rule.status, rule.headers['content-type'], rule.body]).toEqual([
      200,
      'text/plain; charset=utf-8',
      '甲办法\n\n第一条　内容。\n',
    ]);
    expect((await get('/api/corpus/gb.txt')).body).toBe('乙\n第一条\n');
    expect((await get('/api/corpus/none.txt')).status).toBe(404);
    expect((await get('/api/corpus/notes.pdf')).status).toBe(404);
  });

  it('gives the bundled example: the decision and its rules', async () => {
    const ex = JSON.parse((await get('/api/example')).body);
    expect(ex.decision).toEqual({ name: 'decision.md', text: '关于修改的决定\n' });
    expect(ex.rules).toEqual([{ name: '丙办法.txt', text: '丙办法\n\n第一条　内容。\n' }]);
  });

  it.each([
    '/api/corpus/../../secret.txt',
    '/api/corpus/%2e%2e%2fsecret.txt',
    '/api/corpus/%2e%2e/secret.txt',
    '/api/corpus/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/api/corpus/..%2fsecret.txt',
    '/api/corpus/..%5csecret.txt',
    '/api/corpus/sub%2f..%2f..%2fsecret.txt',
    '/api/corpus/%2fetc%2fpasswd',
    '/api/corpus/link.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2fetc%2fpasswd',
    '/api/corpus/.%2e/secret.txt',
    '/api/corpus/%00secret.txt',
  ])('refuses %s', async (path) => {
    const r = await get(path);
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain('root:');
  });

  it('refuses a path it cannot decode', async () => {
    expect((await get('/api/corpus/%E0%A4%A')).status).toBe(400);
  });

  it('refuses request bodies over 1 MB with 413, declared or streamed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0x61);
    expect((await send('POST', '/api/corpus', { body: big })).status).toBe(413);
    expect((await send('POST', '/api/corpus', { body: big, chunked: true })).status).toBe(413);
    expect((await send('PUT', '/api/corpus/x.txt', { body: big })).status).toBe(413);
    // A small body is read, and the method still refused: the API is read-only.
    const small = await send('POST', '/api/corpus', { body: Buffer.from('{}') });
    expect([small.status, small.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('answers only to loopback host names (no DNS rebinding)', async () => {
    expect((await send('GET', '/api/corpus', { host: 'evil.example' })).status).toBe(403);
    expect((await send('GET', '/api/corpus', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});
