import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultClientConditions, type InlineConfig, type Plugin } from 'vite';
import { exampleDir, pageDir, previewRoot } from '../src/paths.ts';

/**
 * The page is built by vite into dist/page when the package is built (and by
 * the browser tests when a source changed since); the bundled example is
 * copied beside it into dist/example. `amend serve` only reads them.
 * Run directly (`node --import tsx scripts/build-page.ts`) it builds when stale.
 */

const repoExample = resolve(previewRoot, '../../examples/decree-119');

/** Everything the page is made of: a change in any of them makes the build stale. */
const SOURCES = [
  join(previewRoot, 'index.html'),
  join(previewRoot, 'vite.config.ts'),
  join(previewRoot, 'src/app'),
  join(previewRoot, 'scripts/build-page.ts'),
  repoExample,
  ...['model', 'document', 'decision', 'engine', 'render', 'pipeline', 'draft'].map((p) => resolve(previewRoot, '..', p, 'src')),
];

export function viteConfig(outDir = pageDir): InlineConfig {
  return {
    plugins: [apiPlugin()],
    root: previewRoot,
    base: './',
    configFile: false,
    logLevel: 'warn',
    // Bundle the workspace packages from their sources (see the README's Development section).
    resolve: { conditions: ['amend-source', ...defaultClientConditions] },
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

/** True when the page or the example is missing or older than a source. */
export function isStale(): boolean {
  const stamp = join(pageDir, 'index.html');
  const built = existsSync(stamp) && existsSync(join(exampleDir, 'decision.md')) ? statSync(stamp).mtimeMs : 0;
  return built === 0 || SOURCES.some((s) => newest(s) > built);
}

let pending: Promise<boolean> | undefined;

/**
 * Build the page when it is stale; resolves to whether a build ran. The build
 * goes to a temporary folder that replaces dist/page in one rename, so a
 * server (or a second build) never sees half a page.
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
  const dist = join(previewRoot, 'dist');
  mkdirSync(dist, { recursive: true });
  const tmp = join(dist, `.page-${process.pid}-${Date.now()}`);
  try {
    // The example first: the page's stamp (index.html) is written last.
    replace(exampleDir, `${tmp}-example`, (to) => {
      cpSync(join(repoExample, 'decision.md'), join(to, 'decision.md'));
      cpSync(join(repoExample, 'rules'), join(to, 'rules'), { recursive: true });
    });
    await build(viteConfig(tmp));
    replace(pageDir, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return true;
}

/** Put `tmp` (filled by `fill` when given) in place of `target` with renames. */
function replace(target: string, tmp: string, fill?: (dir: string) => void): void {
  if (fill) {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    fill(tmp);
  }
  const old = `${tmp}-old`;
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    // Another process put a fresh copy in place meanwhile: keep theirs.
    if (!existsSync(target)) throw e;
  }
  rmSync(old, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}

/** `vite` (the dev server) answers /api/ from the bundled example, as `amend serve` does. */
function apiPlugin(): Plugin {
  return {
    name: 'amend-preview-api',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through vite, so the dev server runs the sources as the page does.
      const { createHandler } = (await server.ssrLoadModule('/src/server.ts')) as typeof import('../src/server.ts');
      const { realFolder } = (await server.ssrLoadModule('/src/files.ts')) as typeof import('../src/files.ts');
      const example = realFolder(repoExample);
      const corpus = realFolder(join(repoExample, 'rules'));
      if (!example || !corpus) return;
      const handler = createHandler({ assets: previewRoot, corpus, example });
      server.middlewares.use('/api', (req, res) => {
        req.url = '/api' + (req.url ?? '');
        handler(req, res);
      });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = await ensureBuilt();
  if (built) console.log(`built the preview page in ${pageDir}`);
}
