import type { Address, Diagnostic, Operation, RuleAmendment } from '@amend/model';
import { addressLabel, diagnostic } from '@amend/model';
import { inside, renamed } from './decision-numbering.ts';

/**
 * 在修改后的第十二条中… in an item that does not itself give an article that
 * number: the item reader reports it (`decision/amended-number-unknown`, with
 * the number in `data.article`) and reads the place as written. An earlier
 * item of the same rule that states it (将第十条改为第十二条, 移作第十二条)
 * names the article meant: the item's places from there on are read as that
 * article, and the error becomes a note. With none, the error stands and the
 * clause's operations go (no guess from what insertions and deletions would
 * make of the numbering: that is the engine's to work out).
 */
export function followAmendedNumbers(amendments: RuleAmendment[], diagnostics: Diagnostic[]): void {
  const notes = diagnostics.filter((d) => d.ruleId === 'decision/amended-number-unknown' && typeof d.data?.article === 'number' && d.span);
  if (!notes.length) return;
  for (const amendment of amendments) {
    // New number → the original article an item gave it, and which item.
    const given = new Map<number, { original: number; item: string }>();
    for (const item of amendment.items) {
      // 修改后的第二条、第三条: every number read at once, so the first renamed is not renamed again by the second.
      const follows: { start: number; n: number; original: number }[] = [];
      for (const note of notes) {
        if (!inside(note.span!, item.span)) continue;
        const n = note.data!.article as number;
        const from = given.get(n);
        const i = diagnostics.indexOf(note);
        if (!from) {
          // The clause read the place as written: what it and the item after it made of that place goes with the error.
          const start = note.span!.start.offset;
          item.operations = item.operations.filter((op) => op.span.start.offset < start || (!inside(op.span, note.span!) && !names(op, n)));
          continue;
        }
        follows.push({ start: note.span!.start.offset, n, original: from.original });
        const data = {
          target: String(note.data!.target),
          original: addressLabel({ article: { n: from.original } }),
          item: from.item,
          sentence: String(note.data!.sentence),
        };
        diagnostics[i] = diagnostic('decision/amended-number-followed', data, { file: note.file, span: note.span });
      }
      if (follows.length) {
        item.operations = item.operations.map((op) => {
          const names = new Map(follows.filter((f) => op.span.start.offset >= f.start).map((f) => [f.n, f.original]));
          return names.size ? renamed(op, names) : op;
        });
      }
      for (const op of item.operations) {
        const to = op.kind === 'renumber' ? op.to : op.kind === 'move' ? op.to : undefined;
        const from = op.kind === 'renumber' ? op.target : op.kind === 'move' ? op.source : undefined;
        const n = articleOnly(to);
        const original = articleOnly(from);
        if (n !== undefined && original !== undefined) given.set(n, { original, item: item.path });
      }
    }
  }
}

/** The article an address names when it names nothing else (no 之一: a 修改后 number is a plain one). */
function articleOnly(a: Address | undefined): number | undefined {
  return a?.article && !a.article.sub && a.paragraph === undefined && a.item === undefined && a.subitem === undefined
    ? a.article.n
    : undefined;
}

/** Whether the operation names article `n` (as the top of one of its places in the original numbering). */
function names(op: Operation, n: number): boolean {
  return JSON.stringify(renamed(op, new Map([[n, 0]]))) !== JSON.stringify(op);
}
