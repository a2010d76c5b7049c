#!/usr/bin/env node
// `pnpm check:packages` (run by .ci/run): the packages as a user gets them.
// Every package is packed with `pnpm -r pack` and checked with publint; the
// tarballs are installed into an empty folder with `npm install ./*.tgz`, and
// there `npx amend` must start, amend a rule of the bundled example exactly as
// the expected text says, and serve the preview page it was built with.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'amend-packages-'));
const packs = join(work, 'packs');
const app = join(work, 'app');
const example = join(root, 'examples/decree-119');
const RULE = '宁夏回族自治区行政执法证件管理办法';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    console.error(`✗ ${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    process.exit(1);
  }
  return r.stdout;
}

// pnpm itself: the one running this script, or the pinned one through npx.
const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, process.env.npm_execpath] : ['npx', '-y', 'pnpm@10'];

try {
  run(pnpm[0], [...pnpm.slice(1), '-r', 'pack', '--pack-destination', packs], { cwd: root });
  const tarballs = readdirSync(packs)
    .filter((f) => f.endsWith('.tgz'))
    .sort();
  const packages = readdirSync(join(root, 'packages')).filter((p) => !p.startsWith('.'));
  if (tarballs.length !== packages.length)
    throw new Error(`${packages.length} packages but ${tarballs.length} tarballs: ${tarballs.join(', ')}`);
  for (const t of tarballs) run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), 'run', '--strict', join(packs, t)]);
  console.log(`✓ publint: ${tarballs.length} tarballs`);

  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{ "name": "amend-install-check", "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.map((t) => join(packs, t))], { cwd: app });
  const version = run('npx', ['--no-install', 'amend', '--version'], { cwd: app }).trim();
  const expectedVersion = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
  if (version !== expectedVersion) throw new Error(`amend --version printed “${version}”, expected ${expectedVersion}`);
  console.log(`✓ npx amend --version: ${version}`);

  const out = join(app, 'amended.txt');
  run(
    'npx',
    [
      '--no-install',
      'amend',
      'apply',
      '--rule',
      join(example, 'rules', `${RULE}.txt`),
      '--decision',
      join(example, 'decision.md'),
      '-o',
      out,
    ],
    { cwd: app },
  );
  const expected = readFileSync(join(example, 'expected', `${RULE}.txt`), 'utf8');
  if (readFileSync(out, 'utf8') !== expected)
    throw new Error(`npx amend apply: ${out} differs from examples/decree-119/expected/${RULE}.txt`);
  console.log('✓ npx amend apply: the expected text of decree 119 for', RULE);

  await checkServe();
  console.log('✓ npx amend serve: the built page and the bundled example');
} catch (e) {
  console.error(`✗ ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** `amend serve --port 0` from the installed package: the page and the example are there. */
async function checkServe() {
  // The installed bin itself (not through npx), so that the signal reaches the server.
  const child = spawn(join(app, 'node_modules/.bin/amend'), ['serve', '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    for (let i = 0; i < 300 && !/http:\/\/\S+\//.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/\S+\//.exec(out)?.[0];
    if (!url) throw new Error(`amend serve printed no address: ${out}`);
    const page = await fetch(url);
    if (!page.ok || !(await page.text()).includes('<script')) throw new Error(`${url}: ${page.status}, not the page`);
    const ex = await (await fetch(url + 'api/example')).json();
    if (!ex.decision?.text?.includes('宁夏回族自治区人民政府') || ex.rules?.length !== 13)
      throw new Error('the bundled example is not served whole');
  } finally {
    child.kill('SIGTERM');
  }
}
