import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic, type Diagnostic } from '@amend/model';
import { fileStem } from '@amend/store';

/**
 * A simple on-disk version store: one folder per rule, one canonical text
 * per version, and an index.json listing the versions with the date each
 * took effect, so the text in force on any day can be found.
 *
 *   store/<title>/index.json
 *   store/<title>/<date>.txt
 */
export interface VersionEntry {
  /** YYYY-MM-DD the version took effect ('0000-00-00' when unknown). */
  date: string;
  file: string;
  /** What made it: 'original', or the decision's title / number. */
  source: string;
  repealed?: boolean;
}

export interface VersionIndex {
  title: string;
  versions: VersionEntry[];
}

export function ruleFolder(store: string, title: string): string {
  return join(store, fileStem(title));
}

/**
 * The index of a rule in the store: undefined when the rule has none yet, a
 * diagnostic when the file is there but is not an index (never an exception).
 */
export function readIndex(store: string, title: string): { index?: VersionIndex; diagnostics: Diagnostic[] } {
  const path = join(ruleFolder(store, title), 'index.json');
  if (!existsSync(path)) return { diagnostics: [] };
  const bad = (reason: string) => ({ diagnostics: [diagnostic('io/unreadable', { path, reason }, { file: path })] });
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return bad(`not a version index: ${(e as Error).message}`);
  }
  const v = value as Partial<VersionIndex> | null;
  const ok =
    typeof v === 'object' && v !== null && Array.isArray(v.versions) &&
    v.versions.every((x) => typeof x?.date === 'string' && typeof x.file === 'string' && typeof x.source === 'string');
  return ok ? { index: { title: typeof v.title === 'string' ? v.title : title, versions: v.versions! }, diagnostics: [] } : bad('not a version index: no list of dated versions');
}

/** Add a version (replacing one of the same date and source) and keep the list sorted by date. */
export function withVersion(index: VersionIndex | undefined, title: string, entry: VersionEntry): VersionIndex {
  const versions = (index?.versions ?? []).filter((v) => !(v.date === entry.date && v.source === entry.source));
  versions.push(entry);
  versions.sort((a, b) => a.date.localeCompare(b.date));
  return { title, versions };
}

/** The version in force on a day: the last one that took effect on or before it. */
export function versionAt(index: VersionIndex, date?: string): VersionEntry | undefined {
  if (!date) return index.versions[index.versions.length - 1];
  let found: VersionEntry | undefined;
  for (const v of index.versions) if (v.date <= date) found = v;
  return found;
}
