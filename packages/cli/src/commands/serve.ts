import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic } from '@amend/model';
import { DEFAULT_HOST, exampleDir, pageDir, startPreview } from '@amend/preview';
import { EXIT, Reporter, type Io } from '../context.ts';
import { say } from '../words.ts';

export interface ServeOptions {
  corpus?: string;
  port?: string;
  host?: string;
}

/**
 * `amend serve`: the drafter's preview on this machine. Serves the page built
 * with the package on 127.0.0.1 (another address only when --host says so)
 * and runs until interrupted, or until `stop` is aborted.
 */
export async function serveCommand(opts: ServeOptions, io: Io, stop?: AbortSignal): Promise<number> {
  const port = opts.port === undefined ? 4173 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || opts.port?.trim() === '') {
    io.err(say(io, 'serve-bad-port', { port: opts.port ?? '' }) + '\n');
    return EXIT.usage;
  }
  const host = opts.host ?? DEFAULT_HOST;
  const reporter = new Reporter(io);
  if (opts.corpus !== undefined && !isFolder(opts.corpus)) {
    reporter.add([diagnostic('io/not-found', { path: opts.corpus }, { file: opts.corpus })]);
    return reporter.finish(EXIT.io);
  }
  if (!existsSync(join(pageDir, 'index.html'))) {
    io.err(say(io, 'serve-not-built', { dir: pageDir }) + '\n');
    return EXIT.io;
  }
  let server;
  try {
    server = await startPreview({ assets: pageDir, example: exampleDir, corpus: opts.corpus && resolve(opts.corpus), host, port });
  } catch (e) {
    io.err(say(io, 'serve-cannot-listen', { host, port, reason: (e as Error).message }) + '\n');
    return EXIT.io;
  }
  const corpus = opts.corpus ? resolve(opts.corpus) : say(io, 'serve-example');
  io.out(say(io, 'serve-started', { url: server.url, corpus }) + '\n');
  if (opts.host !== undefined && !/^(127\.|localhost$|::1$)/.test(host)) {
    io.err(say(io, 'serve-exposed', { host }) + '\n');
  }
  await stopped(stop);
  await server.close();
  return EXIT.ok;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Resolves on Ctrl+C, on SIGTERM, or when `signal` is aborted. */
function stopped(signal?: AbortSignal): Promise<void> {
  return new Promise((res) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      signal?.removeEventListener('abort', done);
      res();
    };
    if (signal?.aborted) return done();
    signal?.addEventListener('abort', done);
    if (!signal) {
      process.on('SIGINT', done);
      process.on('SIGTERM', done);
    }
  });
}
