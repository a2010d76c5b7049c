/**
 * The few git operations the store needs, on a bare repository, through
 * isomorphic-git (pure JavaScript: the CLI and the preview read it alike).
 *
 * Two things isomorphic-git leaves to its caller are done here the way git
 * itself does them, so that a process killed at any moment leaves the
 * previous commit and nothing torn:
 * - objects are written to a temporary file and renamed into place (git's own
 *   `tmp_obj_` convention), so an object file is either whole or absent;
 * - the branch moves by git's ref locking: `refs/heads/main.lock` is created
 *   exclusively, the ref is compared with what the new commit was built on,
 *   and the lock is renamed over the ref — compare-and-swap, the same protocol
 *   the git CLI follows, so concurrent writers (ours or git's) are serialised.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import git from 'isomorphic-git';

export const BRANCH = 'refs/heads/main';

/** node:fs with atomic object writes, for isomorphic-git. */
function atomicFs(gitdir: string) {
  const objects = join(gitdir, 'objects') + '/';
  const p = nodeFs.promises;
  const writeFile = async (path: string, data: Uint8Array | string, options?: nodeFs.WriteFileOptions): Promise<void> => {
    if (!String(path).startsWith(objects)) return p.writeFile(path, data, options);
    const tmp = join(gitdir, 'objects', `tmp_obj_amend_${process.pid}_${randomBytes(6).toString('hex')}`);
    const handle = await p.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await p.rename(tmp, path);
    } catch (e) {
      await p.rm(tmp, { force: true });
      throw e;
    }
  };
  return { promises: { ...p, writeFile } };
}

export interface Repo {
  gitdir: string;
  fs: ReturnType<typeof atomicFs>;
  cache: object;
}

/** A repository handle; `create` makes the bare repository when the folder has none. */
export async function openRepo(gitdir: string, create: boolean): Promise<Repo | undefined> {
  const fs = atomicFs(gitdir);
  const repo = { gitdir, fs, cache: {} };
  cleanStaleBuilds(gitdir);
  if (isRepo(gitdir)) {
    cleanStaleObjects(gitdir);
    return repo;
  }
  if (!create) return undefined;
  // Made beside it and renamed into place, so no other writer ever sees half a repository.
  const building = `${gitdir.replace(/[\\/]+$/, '')}.init.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    nodeFs.mkdirSync(dirname(gitdir), { recursive: true });
    await git.init({ fs: atomicFs(building), gitdir: building, bare: true, defaultBranch: 'main' });
    nodeFs.renameSync(building, gitdir);
  } catch (e) {
    nodeFs.rmSync(building, { recursive: true, force: true });
    // Another writer made it first: use theirs.
    if (!isRepo(gitdir)) throw e;
  }
  return repo;
}

/** A bare git repository (or a .git folder): HEAD, objects/ and refs/. */
export function isRepo(gitdir: string): boolean {
  return ['HEAD', 'objects', 'refs'].every((f) => nodeFs.existsSync(join(gitdir, f)));
}

/** A folder store moved aside by `amend store migrate`: STORE.folder, STORE.folder2, … */
const FOLDER_BACKUP = /^\.folder\d*$/;

/**
 * Remove what a killed run left beside the store `gitdir`: a repository
 * being made (`STORE.init.<pid>.<hex>`, see `openRepo`) or a migration being
 * built (`.STORE.migrating.<pid>`, see `amend store migrate`), when their
 * process no longer runs. A migration killed between its two renames — the
 * folder store already moved aside to STORE.folder, the complete repository
 * not yet renamed in — is finished instead: its repository takes the store's
 * place.
 */
export function cleanStaleBuilds(gitdir: string): void {
  const path = resolve(gitdir);
  const [dir, base] = [dirname(path), basename(path)];
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  const hasBackup = names.some((n) => n.startsWith(base) && FOLDER_BACKUP.test(n.slice(base.length)));
  for (const name of names) {
    const init = name.startsWith(`${base}.init.`) ? /^(\d+)\.[0-9a-f]+$/.exec(name.slice(base.length + 6)) : null;
    const migrating = name.startsWith(`.${base}.migrating.`) ? /^(\d+)$/.exec(name.slice(base.length + 12)) : null;
    const pid = Number((init ?? migrating)?.[1]);
    if (!pid || processAlive(pid)) continue;
    const stale = join(dir, name);
    try {
      if (migrating && hasBackup && !nodeFs.existsSync(path) && isRepo(stale)) nodeFs.renameSync(stale, path);
      else nodeFs.rmSync(stale, { recursive: true, force: true });
    } catch {
      // another run is cleaning the same folder: leave it to that one
    }
  }
}

/** Temporaries of object writes whose process has died. */
function cleanStaleObjects(gitdir: string): void {
  const dir = join(gitdir, 'objects');
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^tmp_obj_amend_(\d+)_/.exec(name);
    if (m && !processAlive(Number(m[1]))) nodeFs.rmSync(join(dir, name), { force: true });
  }
}

/** Whether a process still runs: temporaries and locks of dead ones may be cleaned. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The commit the branch points at, or undefined in a new repository. */
export function headOid(repo: Repo): string | undefined {
  const loose = join(repo.gitdir, BRANCH);
  try {
    return nodeFs.readFileSync(loose, 'utf8').trim();
  } catch {
    // `git gc` may have packed it
  }
  try {
    const packed = nodeFs.readFileSync(join(repo.gitdir, 'packed-refs'), 'utf8');
    const line = packed.split('\n').find((l) => l.endsWith(' ' + BRANCH));
    return line?.slice(0, 40);
  } catch {
    return undefined;
  }
}

/** A lock older than this was left by a killed process: the locked step takes milliseconds. */
const STALE_LOCK_MS = 10_000;

/**
 * Move the branch from `expected` to `next` if it still points at
 * `expected`; false when another writer moved it first (the caller rebuilds
 * on the new head and tries again).
 */
export async function compareAndSwap(repo: Repo, expected: string | undefined, next: string): Promise<boolean> {
  const ref = join(repo.gitdir, BRANCH);
  const lock = `${ref}.lock`;
  nodeFs.mkdirSync(join(repo.gitdir, 'refs', 'heads'), { recursive: true });
  let fd: number | undefined;
  for (let wait = 5; fd === undefined; wait = Math.min(wait * 2, 100)) {
    try {
      fd = nodeFs.openSync(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - nodeFs.statSync(lock).mtimeMs > STALE_LOCK_MS) nodeFs.rmSync(lock, { force: true });
      } catch {
        // gone meanwhile
      }
      await new Promise((r) => setTimeout(r, wait + Math.random() * wait));
    }
  }
  let renamed = false;
  try {
    if (headOid(repo) !== expected) return false;
    nodeFs.writeSync(fd, `${next}\n`);
    nodeFs.fsyncSync(fd);
    nodeFs.closeSync(fd);
    fd = undefined;
    nodeFs.renameSync(lock, ref);
    renamed = true;
    return true;
  } finally {
    if (fd !== undefined) nodeFs.closeSync(fd);
    if (!renamed) nodeFs.rmSync(lock, { force: true });
  }
}

export interface Signature {
  name: string;
  email: string;
  timestamp: number;
  timezoneOffset: number;
}

export interface CommitInfo {
  oid: string;
  message: string;
  tree: string;
  parent: string[];
  author: Signature;
}

export async function readCommit(repo: Repo, oid: string): Promise<CommitInfo> {
  const { commit } = await git.readCommit({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache });
  return { oid, message: commit.message, tree: commit.tree, parent: commit.parent, author: commit.author };
}

/** The files of a (flat) tree: name → blob id. */
export async function readFlatTree(repo: Repo, oid: string): Promise<Map<string, string>> {
  const { tree } = await git.readTree({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache });
  return new Map(tree.filter((e) => e.type === 'blob').map((e) => [e.path, e.oid]));
}

export async function readText(repo: Repo, oid: string): Promise<string> {
  const { blob } = await git.readBlob({ fs: repo.fs, gitdir: repo.gitdir, oid, cache: repo.cache });
  return new TextDecoder().decode(blob);
}

export async function writeText(repo: Repo, text: string): Promise<string> {
  return git.writeBlob({ fs: repo.fs, gitdir: repo.gitdir, blob: new TextEncoder().encode(text) });
}

export async function writeFlatTree(repo: Repo, files: Map<string, string>): Promise<string> {
  // git sorts tree entries by name, byte-wise; isomorphic-git does too, but say it here.
  const tree = [...files]
    .sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map(([path, oid]) => ({ mode: '100644', path, oid, type: 'blob' as const }));
  return git.writeTree({ fs: repo.fs, gitdir: repo.gitdir, tree });
}

export async function writeCommit(
  repo: Repo,
  commit: { message: string; tree: string; parent: string[]; author: Signature },
): Promise<string> {
  return git.writeCommit({ fs: repo.fs, gitdir: repo.gitdir, commit: { ...commit, committer: commit.author } });
}
