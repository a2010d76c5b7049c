import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decode } from '@amend/document';
import { diagnostic, type Diagnostic } from '@amend/model';

/** A text input: where it came from and its decoded text. */
export interface Source {
  file: string;
  text: string;
}

/** Read and decode a file; every failure is a diagnostic naming the file. */
export function readSource(path: string): { source?: Source; diagnostics: Diagnostic[] } {
  const file = path;
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { diagnostics: [diagnostic('io/is-directory', { path }, { file })] };
    bytes = readFileSync(path);
  } catch {
    return { diagnostics: [diagnostic('io/not-found', { path }, { file })] };
  }
  const decoded = decode(bytes, file);
  const diagnostics = decoded.diagnostics.map((d) => ({ ...d, file: d.file ?? file }));
  if (decoded.value === undefined) return { diagnostics };
  return { source: { file, text: decoded.value }, diagnostics };
}

/**
 * Write a file atomically: the data goes to a temporary file beside the
 * target, then replaces it in one rename, so a failure never leaves a
 * partial output. Refuses to overwrite any of the given input paths.
 */
export function writeAtomic(path: string, data: string | Uint8Array, inputs: readonly string[] = []): Diagnostic[] {
  const target = resolve(path);
  for (const input of inputs) {
    if (samePath(input, target)) {
      return [diagnostic('io/write-failed', { path, reason: 'it is one of the inputs, which are never modified' }, { file: path })];
    }
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, target);
    return [];
  } catch (e) {
    rmSync(tmp, { force: true });
    return [diagnostic('io/write-failed', { path, reason: (e as Error).message }, { file: path })];
  }
}

/**
 * Write several files as one unit: all are staged first and renamed only when
 * every one was staged, so a failure leaves none of them behind.
 */
export function writeAllAtomic(files: { path: string; data: string | Uint8Array }[], inputs: readonly string[] = []): Diagnostic[] {
  const staged: { tmp: string; target: string }[] = [];
  const fail = (path: string, reason: string): Diagnostic[] => {
    for (const s of staged) rmSync(s.tmp, { force: true });
    return [diagnostic('io/write-failed', { path, reason }, { file: path })];
  };
  for (const f of files) {
    const target = resolve(f.path);
    if (inputs.some((i) => samePath(i, target))) return fail(f.path, 'it is one of the inputs, which are never modified');
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(tmp, f.data);
      staged.push({ tmp, target });
    } catch (e) {
      return fail(f.path, (e as Error).message);
    }
  }
  for (const s of staged) renameSync(s.tmp, s.target);
  return [];
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
