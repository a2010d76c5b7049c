import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '@amend/model';
import { cleanStaleBuilds, isFolderStore, isRepo, ruleFile, storeProblem, versions, type Version } from '@amend/store';
import { EXIT, type Reporter } from './context.ts';

/**
 * Where the version store of `dir` is: `dir/store` (the folder given to
 * apply --corpus --out) or `dir` itself when it is the repository. A folder
 * store of an earlier release is pointed at `amend store migrate`; a missing
 * folder is an I/O error.
 */
export function findStore(dir: string, forWriting = false): { store?: string; diagnostics: Diagnostic[] } {
  // What a killed run left beside the store goes first (a migration cut between its renames is finished).
  cleanStaleBuilds(join(dir, 'store'));
  if (!existsSync(dir) && forWriting) return { store: join(dir, 'store'), diagnostics: [] };
  if (!existsSync(dir)) return { diagnostics: [diagnostic('io/not-found', { path: dir }, { file: dir })] };
  if (!statSync(dir).isDirectory()) return { diagnostics: [diagnostic('io/not-a-folder', { path: dir }, { file: dir })] };
  if (isRepo(dir)) return { store: dir, diagnostics: [] };
  const store = join(dir, 'store');
  if (isRepo(store)) return { store, diagnostics: [] };
  for (const candidate of [store, dir]) {
    if (existsSync(candidate) && isFolderStore(candidate)) {
      return { diagnostics: [diagnostic('store/folder-store', { path: candidate, dir }, { file: candidate })] };
    }
  }
  // A writer starting at the same moment may have renamed its new repository into place since isRepo was asked.
  if (forWriting && (!existsSync(store) || readdirSync(store).length === 0 || isRepo(store))) return { store, diagnostics: [] };
  if (forWriting) return { diagnostics: [diagnostic('store/not-a-store', { path: store }, { file: store })] };
  return { diagnostics: [diagnostic('store/not-a-store', { path: dir }, { file: dir })] };
}

/**
 * The versions of a rule in the store `dir` names, for show and log; or the
 * exit code when there are none (diagnostics added to `reporter`).
 */
export async function ruleVersions(title: string, dir: string, reporter: Reporter): Promise<{ store: string; list: Version[] } | number> {
  const found = findStore(dir);
  reporter.add(found.diagnostics);
  if (!found.store) return EXIT.io;
  if (!(await readable(found.store, reporter))) return EXIT.io;
  const list = await versions(found.store, ruleFile(title));
  if (list?.length) return { store: found.store, list };
  reporter.add([diagnostic('store/no-rule', { title, path: found.store })]);
  return EXIT.inputErrors;
}

/** False (with the diagnostic added) when the store's head cannot be read. */
export async function readable(store: string, reporter: Reporter): Promise<boolean> {
  const reason = await storeProblem(store);
  if (reason) reporter.add([diagnostic('store/unreadable', { path: store, reason }, { file: store })]);
  return reason === undefined;
}
