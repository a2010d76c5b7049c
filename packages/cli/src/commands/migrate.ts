import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diagnostic } from '@amend/model';
import { cleanStaleBuilds, isFolderStore, isRepo, readFolderStore, writeMigrated } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';

/**
 * `amend store migrate DIR`: convert the folder store of an earlier release
 * (DIR/store, or DIR itself) into a git store in its place. The git store is
 * built beside it first; only when it is complete is the old folder moved
 * aside (kept as store.folder, never deleted) and the new one renamed in.
 */
export async function migrateCommand(dir: string, io: Io): Promise<number> {
  const reporter = new Reporter(io);
  cleanStaleBuilds(join(dir, 'store'));
  const old = isFolderStore(join(dir, 'store')) ? join(dir, 'store') : dir;
  cleanStaleBuilds(old);
  if (!existsSync(old)) {
    reporter.add([diagnostic('io/not-found', { path: old }, { file: old })]);
    return reporter.finish(EXIT.io);
  }
  if (isRepo(old) || !isFolderStore(old)) {
    reporter.add([diagnostic('store/not-a-store', { path: old }, { file: old })]);
    return reporter.finish(EXIT.inputErrors);
  }
  const { events, rules, diagnostics } = readFolderStore(old);
  reporter.add(diagnostics);
  if (reporter.errors > 0) return reporter.finish(reporter.failureCode);
  const building = join(dirname(old), `.${basename(old)}.migrating.${process.pid}`);
  let backup = `${old}.folder`;
  for (let k = 2; existsSync(backup); k++) backup = `${old}.folder${k}`;
  let commits: number;
  try {
    rmSync(building, { recursive: true, force: true });
    commits = await writeMigrated(events, building);
    renameSync(old, backup);
    renameSync(building, old);
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(old) && existsSync(backup)) renameSync(backup, old);
    reporter.add([diagnostic('store/write-failed', { path: old, reason: (e as Error).message }, { file: old })]);
    return reporter.finish(EXIT.io);
  }
  io.out(`${rules} rule(s), ${commits} commit(s): ${old} is now a git store; the folder store is kept as ${backup}\n`);
  io.out(`共 ${rules} 部规章、${commits} 个提交：${old} 已转换为 git 版本库；原文件夹版本库保留为 ${backup}\n`);
  return reporter.finish(EXIT.ok);
}
