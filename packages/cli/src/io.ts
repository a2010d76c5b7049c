import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '@amend/model';
import { processAlive } from '@amend/store';
import type { Source } from '@amend/pipeline';
import { readInput } from '@amend/word';

/** Read and decode a file (text or Word, told apart by content); every failure is a diagnostic naming the file. */
export function readSource(path: string): { source?: Source; diagnostics: Diagnostic[] } {
  const file = path;
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return { diagnostics: [diagnostic('io/is-directory', { path }, { file })] };
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { diagnostics: [diagnostic('io/not-found', { path }, { file })] };
    return { diagnostics: [diagnostic('io/unreadable', { path, reason: reasonOf(e) }, { file })] };
  }
  const read = readInput(bytes, file);
  const diagnostics = read.diagnostics.map((d) => ({ ...d, file: d.file ?? file }));
  if (read.value === undefined) return { diagnostics };
  const { text, paragraphs } = read.value;
  return { source: paragraphs ? { file, text, paragraphs } : { file, text }, diagnostics };
}

/** Write one file atomically; see `writeAllAtomic`. */
export function writeAtomic(path: string, data: string | Uint8Array, inputs: readonly string[] = []): Diagnostic[] {
  return writeAllAtomic([{ path, data }], inputs);
}

/**
 * Write several files as one unit. Every file is first written to a
 * temporary file beside its target; only when all are staged do they replace
 * their targets, each by one rename. Any failure undoes everything this call
 * did: temporary files removed, replaced files put back, folders it made
 * removed — so a failed write leaves nothing partial behind. Refuses to
 * write over any of the inputs.
 */
export function writeAllAtomic(files: { path: string; data: string | Uint8Array }[], inputs: readonly string[] = []): Diagnostic[] {
  const folders: string[] = [];
  const staged: { tmp: string; target: string; backup?: string; done?: boolean }[] = [];
  const undo = (): void => {
    for (const s of [...staged].reverse()) {
      try {
        if (s.done) rmSync(s.target, { force: true });
        if (s.backup && existsSync(s.backup)) renameSync(s.backup, s.target);
      } catch {
        // best effort: keep undoing the rest
      }
      rmSync(s.tmp, { force: true });
    }
    for (const dir of [...folders].reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty (someone else wrote there) or already gone: leave it
      }
    }
  };
  const fail = (path: string, reason: string): Diagnostic[] => {
    undo();
    return [diagnostic('io/write-failed', { path, reason }, { file: path })];
  };
  const targets = new Set<string>();
  for (const f of files) {
    const target = resolve(f.path);
    if (inputs.some((i) => samePath(i, target))) return fail(f.path, 'it is one of the inputs, which are never modified');
    if (targets.has(target)) return fail(f.path, 'two outputs would have this name');
    targets.add(target);
    if (isFolder(target)) return fail(f.path, 'it is a folder');
    // A FIFO, a device or a symbolic link is never replaced by a regular file (as root, -o /dev/full would be).
    const kind = specialKind(target);
    if (kind) {
      undo();
      return [diagnostic('io/not-regular-file', { path: f.path, kind }, { file: f.path })];
    }
  }
  for (const dir of new Set([...targets].map((t) => dirname(t)))) cleanStale(dir);
  for (const f of files) {
    const target = resolve(f.path);
    const problem = makeFolders(dirname(target), folders);
    if (problem) return fail(f.path, problem);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${staged.length}.tmp`);
    try {
      staged.push({ tmp, target });
      writeFileSync(tmp, f.data);
    } catch (e) {
      return fail(f.path, reasonOf(e));
    }
  }
  for (const s of staged) {
    try {
      if (existsSync(s.target)) {
        s.backup = `${s.tmp}.old`;
        renameSync(s.target, s.backup);
      }
      renameSync(s.tmp, s.target);
      s.done = true;
    } catch (e) {
      return fail(s.target, reasonOf(e));
    }
  }
  for (const s of staged) if (s.backup) rmSync(s.backup, { force: true });
  return [];
}

/** What a path is when it is there and is not a regular file or a folder: 'fifo', 'device', 'symlink', 'socket'. */
function specialKind(path: string): string | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined; // absent: fine
  }
  if (st.isFile() || st.isDirectory()) return undefined;
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  return 'device';
}

/** The temporaries `writeAllAtomic` names: `.<target>.<pid>.<n>.tmp`, and `.tmp.old` for a target moved aside. */
const TEMPORARY = /^\.(.+)\.(\d+)\.(\d+)\.tmp(\.old)?$/;

/**
 * Remove what a killed run left in `dir`: its staged temporaries, and its
 * backups — put back first when the target they were moved aside from is
 * missing (the run died between its two renames). Only files of processes
 * that no longer exist are touched.
 */
function cleanStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m || processAlive(Number(m[2]))) continue;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isFile()) continue;
      const target = join(dir, m[1]);
      if (m[4] && !existsSync(target)) renameSync(path, target);
      else rmSync(path, { force: true });
    } catch {
      // another run is cleaning the same folder: leave it to that one
    }
  }
}

/** Make `dir` and its missing parents, recording each folder made; a reason when it cannot be. */
function makeFolders(dir: string, made: string[]): string | undefined {
  const missing: string[] = [];
  let cur = dir;
  while (!existsSync(cur)) {
    missing.unshift(cur);
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  if (existsSync(cur) && !isFolder(cur)) return `${cur} is a file, not a folder`;
  for (const m of missing) {
    try {
      mkdirSync(m);
      made.push(m);
    } catch (e) {
      return `cannot make the folder ${m}: ${reasonOf(e)}`;
    }
  }
  return undefined;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The system's reason in plain words. */
function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return err.message ?? String(e);
  }
}

function samePath(a: string, b: string): boolean {
  const ra = resolve(a);
  if (ra === b) return true;
  try {
    return realpathSync(ra) === realpathSync(b);
  } catch {
    return false;
  }
}
