// The git store under kill -9 and parallel writers.
//   pnpm fuzz:store [rounds=20]
// 1. A writer committing 13 files per version is killed at a random moment,
//    `rounds` times; after each kill the repository must pass `git fsck
//    --strict`, every file at the head must be of one version (never a mix),
//    and `amend show` must print that version.
// 2. `amend apply --corpus` on decree 119 is killed at a random moment of its
//    run, `rounds` times: the store must hold nothing or all 13 amended rules,
//    and a run to completion afterwards must succeed and give every rule.
// 3. Four writers commit five versions each, in parallel, `rounds` times: all
//    twenty versions must be in the history.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.ts';
import { inForce, ruleFile, versions, versionText as textOf } from '../../packages/store/src/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const writer = join(root, 'tests/fuzz/store-writer.ts');
const bin = join(root, 'packages/cli/bin/amend.mjs');
const example = join(root, 'examples/decree-119');
const FILES = 13;

const temp = () => mkdtempSync(join(tmpdir(), 'amend-store-fuzz-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(p: ChildProcess): Promise<number | null> {
  return new Promise((done) => (p.exitCode !== null || p.signalCode !== null ? done(p.exitCode) : p.on('exit', (code) => done(code))));
}

async function amend(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'amend', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** `git fsck --strict` on the store; the reason when it is not clean. */
function fsck(store: string): string | undefined {
  try {
    execFileSync('git', ['-C', store, 'fsck', '--strict', '--no-dangling', '--no-progress'], { stdio: 'pipe' });
    return undefined;
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

/** Kill the looping writer at a random moment; check the store is whole. */
export async function killWriter(round: number): Promise<string | undefined> {
  const store = temp();
  try {
    const p = spawn(process.execPath, ['--import', 'tsx', writer, 'loop', store, String(FILES)], { stdio: 'ignore', cwd: root });
    // Start-up takes about a second; then it writes continuously.
    await sleep(900 + Math.random() * 1500);
    p.kill('SIGKILL');
    await exited(p);
    if (!existsSync(join(store, 'HEAD'))) return undefined; // killed before the repository existed
    const bad = fsck(store);
    if (bad) return `round ${round}: git fsck: ${bad}`;
    const seen = new Set<string>();
    for (let f = 0; f < FILES; f++) {
      const list = await versions(store, `f${f}.txt`);
      const latest = list?.length ? inForce(list).version : undefined;
      if (!latest?.blob) continue;
      const text = await textOf(store, latest.blob);
      const marks = new Set(text.match(/版本\d+/g));
      if (marks.size !== 1) return `round ${round}: f${f}.txt mixes ${[...marks].join(', ')}`;
      seen.add([...marks][0]);
    }
    if (seen.size > 1) return `round ${round}: the head mixes ${[...seen].join(', ')}`;
    if (existsSync(join(store, 'refs/heads/main'))) {
      const shown = await amend('show', 'f0', '--store', store);
      if (shown.code !== 0 || !shown.out.includes([...seen][0] ?? '—')) return `round ${round}: show f0 gave ${shown.code} ${shown.err}`;
    }
    // The next writer goes on from there; a lock or temporary left behind must not stop it.
    const next = spawn(process.execPath, ['--import', 'tsx', writer, 'some', store, 'next', '1'], { stdio: 'ignore', cwd: root });
    if ((await exited(next)) !== 0) return `round ${round}: the next writer failed`;
    const leftovers = readdirSync(join(store, 'objects')).filter((n) => n.startsWith('tmp_obj_'));
    if (leftovers.length) return `round ${round}: temporaries left: ${leftovers.join(', ')}`;
    return fsck(store);
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
}

/** How long a whole apply --corpus of decree 119 takes here. */
async function applyOnce(out: string): Promise<{ ms: number; code: number | null }> {
  const t = performance.now();
  const p = spawn(
    process.execPath,
    [bin, 'apply', '--corpus', join(example, 'rules'), '--decision', join(example, 'decision.md'), '--out', out],
    { stdio: 'ignore' },
  );
  const code = await exited(p);
  return { ms: performance.now() - t, code };
}

const titles = readdirSync(join(example, 'expected'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));

/** Every amended rule in the store, or none of them: the latest version of each is the expected text. */
async function checkCorpus(store: string, allowEmpty: boolean): Promise<string | undefined> {
  let present = 0;
  for (const title of titles) {
    const list = await versions(store, ruleFile(title));
    const v = list?.length ? inForce(list).version : undefined;
    if (!v?.blob) continue;
    present++;
    const expected = readFileSync(join(example, 'expected', `${title}.txt`), 'utf8');
    if ((await textOf(store, v.blob)) !== expected) return `${title}: the latest version is not the amended text`;
  }
  if (present !== titles.length && !(allowEmpty && present === 0)) return `${present} of ${titles.length} rules in the store: a mix`;
  return undefined;
}

async function killApply(round: number, full: number): Promise<string | undefined> {
  const out = temp();
  try {
    const p = spawn(
      process.execPath,
      [bin, 'apply', '--corpus', join(example, 'rules'), '--decision', join(example, 'decision.md'), '--out', out],
      { stdio: 'ignore' },
    );
    // Most of a run is reading and applying; aim at its last third, where it writes.
    await sleep(full * (0.55 + Math.random() * 0.5));
    p.kill('SIGKILL');
    await exited(p);
    const store = join(out, 'store');
    if (existsSync(join(store, 'HEAD'))) {
      const bad = fsck(store) ?? (await checkCorpus(store, true));
      if (bad) return `round ${round} (killed at ${p.signalCode ?? 'exit'}): ${bad}`;
    }
    const again = await applyOnce(out);
    if (again.code !== 0) return `round ${round}: the run after the kill exited ${again.code}`;
    return fsck(store) ?? (await checkCorpus(store, false));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function parallelWriters(round: number): Promise<string | undefined> {
  const store = temp();
  try {
    const names = ['w1', 'w2', 'w3', 'w4'];
    const codes = await Promise.all(
      names.map((n) => exited(spawn(process.execPath, ['--import', 'tsx', writer, 'some', store, n, '5'], { stdio: 'ignore', cwd: root }))),
    );
    if (codes.some((c) => c !== 0)) return `round ${round}: writers exited ${codes.join(', ')}`;
    for (const n of names) {
      const list = await versions(store, `${n}.txt`);
      if (list?.length !== 5) return `round ${round}: ${n} has ${list?.length ?? 0} of 5 versions`;
    }
    return fsck(store);
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
}

export async function storeFuzz(rounds: number, log: (s: string) => void = console.log): Promise<number> {
  let failed = 0;
  const report = (what: string, reason: string | undefined) => {
    if (reason) {
      failed++;
      log(`FAIL ${what}: ${reason}`);
    }
  };
  const full = await applyOnce(temp());
  log(`store: an apply --corpus of decree 119 takes ${full.ms.toFixed(0)} ms here`);
  for (let r = 1; r <= rounds; r++) report('kill writer', await killWriter(r));
  log(`store: writer killed ${rounds} times`);
  for (let r = 1; r <= rounds; r++) report('kill apply', await killApply(r, full.ms));
  log(`store: apply --corpus killed ${rounds} times`);
  for (let r = 1; r <= rounds; r++) report('parallel writers', await parallelWriters(r));
  log(`store: 4 parallel writers, ${rounds} times`);
  log(`store: ${rounds * 3 - failed} passed, ${failed} failed`);
  return failed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = (await storeFuzz(Number(process.argv[2] ?? 20))) ? 1 : 0;
}
