import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';

/**
 * The page is built by vite into packages/preview/dist. The server serves only
 * that folder; when it is missing or older than any source it is made of
 * (the app and the packages it bundles), it is built again first.
 */

export const previewRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(previewRoot, 'dist');
export const exampleDir = resolve(previewRoot, '../../examples/decree-119');

/** Everything the page is made of: a change in any of them makes dist stale. */
const SOURCES = [
  join(previewRoot, 'index.html'),
  join(previewRoot, 'vite.config.ts'),
  join(previewRoot, 'src/app'),
  join(previewRoot, 'src/build.ts'),
  ...['model', 'document', 'decision', 'engine', 'render'].map((p) => resolve(previewRoot, '..', p, 'src')),
];

export function viteConfig(outDir = distDir): InlineConfig {
  return {
    plugins: [apiPlugin()],
    root: previewRoot,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // The engine and the docx writer are one page's worth of code; no need to warn about it.
      chunkSizeWarningLimit: 4096,
      reportCompressedSize: false,
    },
  };
}

function newest(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** True when dist is missing or older than a source of the page. */
export function isStale(dist = distDir): boolean {
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  return built === 0 || SOURCES.some((s) => newest(s) > built);
}

let pending: Promise<boolean> | undefined;

/**
 * Build the page when it is stale; resolves to whether a build ran. The build
 * goes to a temporary folder that replaces dist in one rename, so a server
 * (or a second build) never sees half a page.
 */
export function ensureBuilt(opts: { force?: boolean } = {}): Promise<boolean> {
  if (!opts.force && !isStale()) return Promise.resolve(false);
  pending ??= buildOnce().finally(() => {
    pending = undefined;
  });
  return pending;
}

async function buildOnce(): Promise<boolean> {
  const { build } = await import('vite');
  const tmp = join(previewRoot, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build(viteConfig(tmp));
    const old = `${tmp}-old`;
    if (existsSync(distDir)) renameSync(distDir, old);
    try {
      renameSync(tmp, distDir);
    } catch (e) {
      // Another process put a fresh page in place meanwhile: keep theirs.
      if (!existsSync(join(distDir, 'index.html'))) throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}

/** `vite` (the dev server) answers /api/ from the bundled example, as `amend serve` does. */
function apiPlugin(): Plugin {
  return {
    name: 'amend-preview-api',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through vite, not imported: the workspace packages are TypeScript sources,
      // which Node cannot load from the bundled config file.
      const { createHandler } = (await server.ssrLoadModule('/src/server.ts')) as typeof import('./server.ts');
      const { realFolder } = (await server.ssrLoadModule('/src/files.ts')) as typeof import('./files.ts');
      const example = realFolder(exampleDir);
      const corpus = realFolder(join(exampleDir, 'rules'));
      if (!example || !corpus) return;
      const handler = createHandler({ assets: previewRoot, corpus, example });
      server.middlewares.use('/api', (req, res) => {
        req.url = '/api' + (req.url ?? '');
        handler(req, res);
      });
    },
  };
}
