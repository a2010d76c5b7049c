/**
 * The version store: a bare git repository with one file per rule, in
 * canonical text, named by `fileStem(title) + '.txt'`. Each decision applied
 * is one commit whose author date is the day it took effect and whose message
 * names the decision and, per rule, its items; a repeal deletes the rule's
 * file in that commit. A rule's first version (its text before any decision
 * the store knows) is a commit of its own, on the rule's own date.
 *
 * The commit message ends in trailers the store reads back:
 *   Amend-Date: 2022-01-08            (or `undated`; authoritative over the author date)
 *   Amend-Decision: 宁夏回族自治区人民政府令第119号
 *   Amend-Changes: <file> {"第三条":{"from":"第二条","changed":true,"items":["一"]},…}
 * The last says, for each article of the new text whose number or words
 * changed, what it was before (null when inserted) and the decision items
 * that changed it: what `blame` reads.
 */
import { isCalendarDate, type VersionDate } from './version-dates.ts';
import {
  compareAndSwap,
  headOid,
  openRepo,
  readCommit,
  readFlatTree,
  readText,
  writeCommit,
  writeFlatTree,
  writeText,
  type Repo,
} from './git.ts';
import { fileStem } from './names.ts';

/**
 * For each article of a new version whose number or words changed: its number
 * before (null: inserted), whether its words changed, and the decision items
 * that changed them (none when only its cross-references were renumbered).
 */
export type Provenance = Record<string, { from: string | null; changed: boolean; items: string[] }>;

export interface FileChange {
  file: string;
  /** The new canonical text; absent to delete the file (a repeal). */
  text?: string;
  provenance?: Provenance;
}

export interface PlannedCommit {
  date: VersionDate;
  /** First line of the message. */
  subject: string;
  /** Lines after it (what was amended and repealed, by which items). */
  body: string[];
  decision?: string;
  changes: FileChange[];
}

/** The file of a rule in the store. */
export function ruleFile(title: string): string {
  return `${fileStem(title)}.txt`;
}

/** How many attempts a writer makes when others keep moving the branch under it. */
const ATTEMPTS = 200;

/**
 * Add commits on top of the branch, all or nothing. `plan` is given the files
 * at the current head and returns the commits to make; if another writer
 * moves the branch meanwhile, the plan is made again on the new head, so no
 * writer's versions are lost. A commit that would change nothing is left
 * out. Returns the ids of the commits made.
 */
export async function record(storeDir: string, plan: (files: ReadonlySet<string>) => PlannedCommit[]): Promise<string[]> {
  const repo = (await openRepo(storeDir, true))!;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const head = headOid(repo);
    const files = head ? await readFlatTree(repo, (await readCommit(repo, head)).tree) : new Map<string, string>();
    let parent = head;
    const made: string[] = [];
    for (const c of plan(new Set(files.keys()))) {
      const before = new Map(files);
      for (const change of c.changes) {
        if (change.text === undefined) files.delete(change.file);
        else files.set(change.file, await writeText(repo, change.text));
      }
      if (sameFiles(before, files)) continue;
      const tree = await writeFlatTree(repo, files);
      parent = await writeCommit(repo, { message: messageOf(c), tree, parent: parent ? [parent] : [], author: signature(c.date) });
      made.push(parent);
    }
    if (parent === head) return [];
    if (await compareAndSwap(repo, head, parent!)) return made;
  }
  throw new Error(`the branch of ${storeDir} kept moving; gave up after ${ATTEMPTS} attempts`);
}

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function messageOf(c: PlannedCommit): string {
  const trailers = [`Amend-Date: ${c.date}`];
  if (c.decision) trailers.push(`Amend-Decision: ${oneLine(c.decision)}`);
  for (const ch of c.changes) if (ch.provenance) trailers.push(`Amend-Changes: ${ch.file} ${JSON.stringify(ch.provenance)}`);
  return [oneLine(c.subject), '', ...c.body.map(oneLine), ...(c.body.length ? [''] : []), ...trailers].join('\n') + '\n';
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/**
 * The author (and committer) of a version: the day it took effect, at
 * midnight China time. Git has no date before 1970 and none for "undated":
 * those are written as 1970-01-01 and the Amend-Date trailer says the truth.
 * Committer equal to author makes the store reproducible: the same decisions
 * applied to the same rules give the same commit ids.
 */
function signature(date: VersionDate): { name: string; email: string; timestamp: number; timezoneOffset: number } {
  let timestamp = 0;
  if (date !== 'undated') {
    const [y, m, d] = date.split('-').map(Number);
    timestamp = Math.max(0, Date.UTC(y, m - 1, d) / 1000 - 8 * 3600);
  }
  return { name: 'amend', email: 'amend@localhost', timestamp, timezoneOffset: -480 };
}

/** One version of a rule: a commit that added, changed or deleted its file. */
export interface Version {
  commit: string;
  date: VersionDate;
  subject: string;
  /** The message lines between subject and trailers. */
  body: string[];
  decision?: string;
  /** The file's blob; absent when this version deleted it (a repeal). */
  blob?: string;
  provenance?: Provenance;
}

/**
 * Why the store cannot be read, or undefined when its head commit and tree
 * read (or it has no commit yet): checked before anything is written beside it.
 */
export async function storeProblem(storeDir: string): Promise<string | undefined> {
  try {
    const repo = await openRepo(storeDir, false);
    const head = repo && headOid(repo);
    if (repo && head !== undefined) {
      if (!/^[0-9a-f]{40}$/.test(head)) return `the branch main names “${head.slice(0, 60)}”, not a commit`;
      await readFlatTree(repo, (await readCommit(repo, head)).tree);
    }
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The versions of one file, oldest first, in the order they were committed. */
export async function versions(storeDir: string, file: string): Promise<Version[] | undefined> {
  const repo = await openRepo(storeDir, false);
  if (!repo) return undefined;
  const chain: string[] = [];
  for (let oid = headOid(repo); oid;) {
    chain.push(oid);
    oid = (await readCommit(repo, oid)).parent[0];
  }
  const out: Version[] = [];
  const trees = new Map<string, string | undefined>();
  let previous: string | undefined;
  for (const oid of chain.reverse()) {
    const c = await readCommit(repo, oid);
    if (!trees.has(c.tree)) trees.set(c.tree, (await readFlatTree(repo, c.tree)).get(file));
    const blob = trees.get(c.tree);
    if (blob !== previous) out.push({ commit: oid, ...parseMessage(c.message, file, c.author.timestamp), ...(blob ? { blob } : {}) });
    previous = blob;
  }
  return out;
}

/** The text of one version. */
export async function versionText(storeDir: string, blob: string): Promise<string> {
  const repo = (await openRepo(storeDir, false)) as Repo;
  return readText(repo, blob);
}

function parseMessage(message: string, file: string, timestamp: number): Omit<Version, 'commit' | 'blob'> {
  const lines = message.replace(/\n+$/, '').split('\n');
  const trailer = (name: string) => lines.filter((l) => l.startsWith(`Amend-${name}: `)).map((l) => l.slice(name.length + 8));
  const stated = trailer('Date')[0];
  // A store written by hand with plain git has no trailer: its author date is the version's date.
  const date: VersionDate =
    stated === 'undated' || (stated && isCalendarDate(stated))
      ? stated
      : new Date((timestamp + 8 * 3600) * 1000).toISOString().slice(0, 10);
  const changes = trailer('Changes').find((t) => t.startsWith(`${file} `));
  let provenance: Provenance | undefined;
  try {
    provenance = changes ? (JSON.parse(changes.slice(file.length + 1)) as Provenance) : undefined;
  } catch {
    provenance = undefined;
  }
  const body = lines.slice(1).filter((l) => l !== '' && !l.startsWith('Amend-'));
  const decision = trailer('Decision')[0];
  return { date, subject: lines[0], body, ...(decision ? { decision } : {}), ...(provenance ? { provenance } : {}) };
}

/**
 * The version in force on `at` (YYYY-MM-DD): the latest-dated version dated
 * on or before it (among equal dates, the later committed). Undated versions
 * cannot be placed on a day: they are never chosen for a date, and the first
 * one committed after the chosen version is returned as `undatedAfter` so the
 * caller can say so. Without `at`, the last version committed.
 */
export function inForce(list: readonly Version[], at?: string): { version?: Version; undatedAfter?: Version } {
  if (at === undefined) return { version: list[list.length - 1] };
  let best = -1;
  list.forEach((v, i) => {
    if (v.date !== 'undated' && v.date <= at && (best < 0 || v.date >= list[best].date)) best = i;
  });
  const undatedAfter = list.slice(best + 1).find((v) => v.date === 'undated');
  return { ...(best >= 0 ? { version: list[best] } : {}), ...(undatedAfter ? { undatedAfter } : {}) };
}
