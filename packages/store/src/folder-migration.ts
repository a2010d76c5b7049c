/**
 * `amend store migrate`: a folder store of earlier releases (one folder per
 * rule, an index.json listing dated versions, one text file per version)
 * becomes a git store. Versions are replayed in date order, one commit per
 * decision (and per day of first versions); an unknown date (written
 * 0000-00-00 then) becomes `undated`. Every file an index names is resolved
 * inside its rule's folder: a name that leads elsewhere is refused.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '@amend/model';
import { isCalendarDate, type VersionDate } from './version-dates.ts';
import { record, ruleFile, type PlannedCommit } from './history.ts';

interface OldVersion {
  date: string;
  file: string;
  source: string;
  repealed?: boolean;
}

interface Event {
  date: VersionDate;
  source: string;
  changes: { file: string; title: string; text?: string }[];
}

/** True when `dir` holds rule folders with index.json files. */
export function isFolderStore(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => existsSync(join(dir, name, 'index.json')));
  } catch {
    return false;
  }
}

/** Read a folder store completely (nothing is written unless all of it reads). */
export function readFolderStore(dir: string): { events: Event[]; rules: number; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byKey = new Map<string, Event>();
  let rules = 0;
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    const indexPath = join(folder, 'index.json');
    if (!existsSync(indexPath)) continue;
    const bad = (reason: string) => diagnostics.push(diagnostic('store/bad-index', { path: indexPath, reason }, { file: indexPath }));
    let index: { title?: unknown; versions?: unknown };
    try {
      index = JSON.parse(readFileSync(indexPath, 'utf8'));
    } catch (e) {
      bad((e as Error).message);
      continue;
    }
    const list = index?.versions;
    if (
      !Array.isArray(list) ||
      !list.every((v: OldVersion) => typeof v?.date === 'string' && typeof v.file === 'string' && typeof v.source === 'string')
    ) {
      bad('no list of dated versions');
      continue;
    }
    const title = typeof index.title === 'string' ? index.title : name;
    rules++;
    for (const v of list as OldVersion[]) {
      const path = resolve(folder, v.file);
      if (!path.startsWith(resolve(folder) + sep) || v.file.includes('/') || v.file.includes('\\')) {
        diagnostics.push(diagnostic('store/path-outside', { path: v.file, index: indexPath }, { file: indexPath }));
        continue;
      }
      let text: string | undefined;
      if (!v.repealed) {
        try {
          if (!statSync(path).isFile()) throw new Error('not a file');
          text = readFileSync(path, 'utf8');
        } catch (e) {
          diagnostics.push(diagnostic('io/unreadable', { path, reason: (e as Error).message }, { file: path }));
          continue;
        }
      }
      const date: VersionDate = isCalendarDate(v.date) ? v.date : 'undated';
      const key = `${date}\u0000${v.source}`;
      const event = byKey.get(key) ?? { date, source: v.source, changes: [] };
      event.changes.push({ file: ruleFile(title), title, ...(text === undefined ? {} : { text }) });
      byKey.set(key, event);
    }
  }
  // Undated versions first (they were sorted as year 0), then by day; a day's first versions before its decisions.
  const order = (e: Event) => `${e.date === 'undated' ? '0000' : e.date}\u0000${e.source === 'original' ? '0' : '1'}${e.source}`;
  const events = [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { events, rules, diagnostics };
}

/** Write the events of a folder store into a new git store at `target`. */
export async function writeMigrated(events: Event[], target: string): Promise<number> {
  const plan = (): PlannedCommit[] =>
    events.map((e) => ({
      date: e.date,
      subject: e.source === 'original' ? `原文 (first versions): ${e.changes.map((c) => `《${c.title}》`).join('、')}` : e.source,
      body: e.changes.map((c) =>
        c.text === undefined ? `废止《${c.title}》` : e.source === 'original' ? `《${c.title}》` : `修改《${c.title}》`,
      ),
      ...(e.source === 'original' ? {} : { decision: e.source }),
      changes: e.changes.map((c) => ({ file: c.file, ...(c.text === undefined ? {} : { text: c.text }) })),
    }));
  return (await record(target, plan)).length;
}
