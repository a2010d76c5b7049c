import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';

/**
 * File access for the preview server. Every path a request names is checked
 * twice: lexically (one plain file name, no separators, no dot segments) and
 * after resolving symlinks (the real path must still lie inside the folder),
 * so neither `../`, its encodings, absolute paths nor a symlink pointing out
 * can reach anything else on the machine.
 */

export type Lookup = { ok: true; path: string } | { ok: false; status: 403 | 404 };

/** Rule files of a corpus folder: plain files named *.txt or *.md, or Word documents, not hidden. */
export const RULE_FILE = /^[^/\\\0]+\.(txt|md|docx|docm|dotx|dotm)$/i;

/** A name that could only be meant to leave the folder or hide a path in it. */
export function suspicious(name: string): boolean {
  return (
    name === '' ||
    name === '.' ||
    name === '..' ||
    name.includes('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('.') ||
    isAbsolute(name) ||
    /^[a-zA-Z]:/.test(name)
  );
}

/** The real path of a folder, or undefined when it is not one. */
export function realFolder(dir: string): string | undefined {
  try {
    const real = realpathSync(dir);
    return statSync(real).isDirectory() ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Find `relative` (already split into decoded segments) inside `root` (a real
 * path): 403 when it tries to leave, 404 when there is no such regular file.
 */
export function lookup(root: string, segments: readonly string[]): Lookup {
  if (segments.length === 0 || segments.some(suspicious)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = realpathSync(join(root, ...segments));
  } catch {
    return { ok: false, status: 404 };
  }
  if (!real.startsWith(root + sep)) return { ok: false, status: 403 };
  try {
    if (!statSync(real).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  return { ok: true, path: real };
}

export interface CorpusEntry {
  name: string;
  size: number;
}

/** The rule files of a corpus folder (symlinks leading out of it are left out). */
export function listCorpus(root: string): CorpusEntry[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const out: CorpusEntry[] = [];
  for (const name of names.sort()) {
    if (!RULE_FILE.test(name) || suspicious(name)) continue;
    const found = lookup(root, [name]);
    if (found.ok) out.push({ name, size: statSync(found.path).size });
  }
  return out;
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
