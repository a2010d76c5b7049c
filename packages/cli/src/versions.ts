import { serialize } from '@amend/document';
import type { Consolidation, Decision, Document, DocumentMeta } from '@amend/model';
import { articleLabel, isoDate } from '@amend/model';
import { isCalendarDate, ruleFile, type PlannedCommit, type Provenance, type VersionDate } from '@amend/store';

/**
 * The day a decision's versions take effect: its effective date, else (自公布之日起施行
 * or nothing said) its promulgation date, else its approval or adoption date;
 * `undated` when it gives none.
 */
export function versionDate(meta: DocumentMeta): VersionDate {
  for (const d of [meta.effective?.date, meta.promulgated, meta.approved, meta.adopted]) if (d && isCalendarDate(d)) return d;
  return 'undated';
}

/** The day a rule was first made: its promulgation date, else the first date of its 题注. */
function ruleDate(doc: Document): VersionDate {
  if (doc.meta.promulgated && isCalendarDate(doc.meta.promulgated)) return doc.meta.promulgated;
  for (const note of doc.notes) {
    const d = isoDate(note.text);
    if (d) return d;
  }
  return 'undated';
}

/**
 * The commits one decision makes in the store, given the files already
 * there: the first version of each rule the store does not have yet, then the
 * decision's own commit with every amended rule's new text and every repeal.
 */
export function storeCommits(
  files: ReadonlySet<string>,
  decision: Decision,
  date: VersionDate,
  results: Consolidation[],
  repealed: Document[],
): PlannedCommit[] {
  const commits: PlannedCommit[] = [];
  for (const doc of [...results.map((c) => c.before), ...repealed]) {
    const file = ruleFile(doc.title);
    if (files.has(file)) continue;
    commits.push({
      date: ruleDate(doc),
      subject: `《${doc.title}》原文 (first version)`,
      body: [],
      changes: [{ file, text: serialize(doc) }],
    });
  }
  const name = decision.meta.docNumber ?? decision.title;
  const body: string[] = [];
  for (const c of results) body.push(`修改《${c.before.title}》：${itemsOf(c).join('、') || '—'}`);
  for (const doc of repealed) body.push(`废止《${doc.title}》`);
  commits.push({
    date,
    subject: decision.meta.docNumber ? `${decision.meta.docNumber}　${decision.title}` : decision.title,
    body,
    decision: name,
    changes: [
      ...results.map((c) => ({ file: ruleFile(c.before.title), text: serialize(c.after), provenance: provenanceOf(c) })),
      ...repealed.map((doc) => ({ file: ruleFile(doc.title) })),
    ],
  });
  return commits;
}

/** The items applied to a rule, in the decision's order, each once. */
function itemsOf(c: Consolidation): string[] {
  return [...new Set(c.applied.map((a) => a.item))];
}

/** For blame: each new article whose number or words changed, what it was numbered before and which items changed it. */
function provenanceOf(c: Consolidation): Provenance {
  const out: Provenance = {};
  for (const row of c.changes) {
    const before = row.before[0] ? articleLabel(row.before[0].num) : null;
    const wordsChanged = row.textChanged || row.status === 'inserted' || row.status === 'merged' || row.status === 'split';
    for (const a of row.after) {
      const label = articleLabel(a.num);
      if (label !== before || wordsChanged) out[label] = { from: before, changed: wordsChanged, items: wordsChanged ? row.items : [] };
    }
  }
  return out;
}
