import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from '@amend/cite';
import { diagnostic } from '@amend/model';
import type { Reporter } from './context.ts';

/** Notes beside a corpus, not rules of it. */
const NOT_A_RULE = /^(?:README|INDEX)\.md$/i;

/**
 * Every rule text under a folder, subfolders included (a corpus sorted by
 * category), in a stable order. Undefined when the folder cannot be read;
 * files that cannot be read are reported and left out.
 */
export function readCorpusFolder(dir: string, reporter: Reporter): CorpusFile[] | undefined {
  try {
    if (!statSync(dir).isDirectory()) {
      reporter.add([diagnostic('io/not-a-folder', { path: dir }, { file: dir })]);
      return undefined;
    }
  } catch {
    reporter.add([diagnostic('io/not-found', { path: dir }, { file: dir })]);
    return undefined;
  }
  const out: CorpusFile[] = [];
  for (const path of listTexts(dir)) {
    const source = reporter.read(path);
    if (source) out.push(source);
  }
  return out;
}

function listTexts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTexts(path));
    else if (/\.(txt|md)$/.test(name) && !NOT_A_RULE.test(name)) out.push(path);
  }
  return out;
}
