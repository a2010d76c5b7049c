#!/usr/bin/env node
// `pnpm build` (also run by `pnpm install`): every package compiled to its dist/,
// then the preview's page. Incremental: a package whose sources did not change is
// not compiled again, and the page is rebuilt only when a source of it changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const configs = readdirSync(join(root, 'packages'))
  .map((p) => join('packages', p, 'tsconfig.build.json'))
  .filter((f) => existsSync(join(root, f)));

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// tsc -b orders the packages by their references.
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', ...configs]);
run(process.execPath, ['--import', 'tsx', 'packages/preview/scripts/build-page.ts']);
