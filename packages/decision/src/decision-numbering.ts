import type { Address, Diagnostic, Operation, RuleAmendment, Span } from '@amend/model';
import { addressLabel, diagnostic } from '@amend/model';

/**
 * How a decision's numbers are read across its items. Every item names the
 * rule's provisions by their ORIGINAL numbers; a new provision is announced
 * by its new number (增加一条，作为第十二条). Two readings follow from that:
 * 第八条（原第七条） (below), and ranges running on to the end of the rule.
 */
export function readNumbering(
  amendments: RuleAmendment[],
  diagnostics: Diagnostic[],
  file: string | undefined,
  /** The amendments an operation of which names a range (`namesRange`). */
  ranged: ReadonlySet<RuleAmendment>,
): void {
  followOriginalNumbers(amendments, diagnostics);
  for (const amendment of amendments) if (ranged.has(amendment)) rangesOverNewText(amendment, diagnostics, file);
}

/**
 * 第十一条及其后条文中的“A”修改为“B”: 第十一条 is the rule's own 第十一条, and
 * the range its own articles from there on, wherever the decision moves
 * them. An article the same decision adds is written in the decision's own
 * words and is not rewritten (as 本条例中的“A” does not rewrite it either);
 * where one that goes after the range's start holds the words, the reader is
 * told, since the drafter may have meant them changed too.
 */
function rangesOverNewText(amendment: RuleAmendment, diagnostics: Diagnostic[], file: string | undefined): void {
  const ops = amendment.items.flatMap((i) => i.operations);
  const added = ops.filter((o) => o.kind === 'insertNode' && o.level === 'article');
  if (!added.length) return;
  const shifts = new Shifts();
  for (const op of ops) shifts.add(op);
  for (const op of ops) {
    if (op.kind !== 'replaceText' && op.kind !== 'deleteText') continue;
    const phrases = op.kind === 'replaceText' ? op.pairs.map((p) => p.from) : op.phrases;
    for (const scope of op.scope) {
      const start = scope.onward && scope.article && !scope.article.sub ? scope.article.n : undefined;
      if (start === undefined) continue;
      for (const add of added) {
        if (add.kind !== 'insertNode' || !after(add, start, shifts)) continue;
        const phrase = phrases.find((p) => add.content.text.includes(p));
        if (phrase === undefined) continue;
        const range = `${addressLabel({ article: scope.article })}${scope.onward === 'from' ? '及其后条文' : '以后各条'}`;
        const data = { range, phrase, article: addressLabel(add.as), item: add.item };
        diagnostics.push(diagnostic('decision/range-leaves-new-text', data, { file, span: op.span }));
      }
    }
  }
}

/**
 * Whether an operation names a range (第十一条及其后条文中的…). Most decisions name none, and their numbering is
 * worked out only for one that does; the item reader asks as it makes the operations (a pass over every operation
 * of the decision afterwards reads them again from memory, at about a tenth of a millisecond for the bench).
 */
export function namesRange(operations: readonly Operation[]): boolean {
  for (const o of operations) {
    if (o.kind !== 'replaceText' && o.kind !== 'deleteText') continue;
    for (const a of o.scope) if (a.onward) return true;
  }
  return false;
}

/** Whether a new article goes after original article `start`: by its anchor, else by its new number. */
function after(add: Extract<Operation, { kind: 'insertNode' }>, start: number, shifts: Shifts): boolean {
  const anchor = add.after?.article ?? add.before?.article;
  if (anchor) return add.after ? anchor.n >= start : anchor.n > start;
  const at = shifts.numberOf(start);
  return at !== undefined && add.as.article !== undefined && add.as.article.n > at;
}

/**
 * 第八条（原第七条）after earlier items of the same decision added or removed
 * articles before it. A decision names the rule's provisions by their
 * original numbers (docs/decision-grammar.md §4); a drafter who writes the
 * new number adds the original in the note. When the items before it give
 * original 第七条 exactly the number 第八条, the note names the article meant:
 * the place is read as 第七条. Otherwise (nothing before it shifts the
 * numbering, or shifts it otherwise) the note is an earlier amendment's and
 * the place is read as written, as the item reader left it.
 */
function followOriginalNumbers(amendments: RuleAmendment[], diagnostics: Diagnostic[]): void {
  const notes = diagnostics.filter((d) => d.ruleId === 'decision/original-number-noted' && typeof d.data?.original === 'number' && d.span);
  if (!notes.length) return;
  for (const amendment of amendments) {
    const earlier: Operation[] = [];
    for (const item of amendment.items) {
      for (const note of notes) {
        if (!inside(note.span!, item.span)) continue;
        const written = note.data!.article as number;
        const original = note.data!.original as number;
        // The items before it, and the clauses of its own item before it (在第三条后增加一条…；将第八条（原第七条）…).
        const shifts = new Shifts();
        for (const op of earlier) shifts.add(op);
        for (const op of item.operations) if (op.span.end.offset <= note.span!.start.offset) shifts.add(op);
        if (shifts.numberOf(original) !== written) continue;
        // The item's own operations are its reader's; new ones, so that nothing read once is changed.
        item.operations = item.operations.map((op) => (inside(op.span, note.span!) ? renamed(op, new Map([[written, original]])) : op));
        const i = diagnostics.indexOf(note);
        const data = { target: String(note.data!.target), was: String(note.data!.was), sentence: String(note.data!.sentence) };
        diagnostics[i] = diagnostic('decision/original-number-followed', data, { file: note.file, span: note.span });
      }
      earlier.push(...item.operations);
    }
  }
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
}

/** The article numbers the items read so far give: removed originals, new articles by their new number, stated renumberings. */
class Shifts {
  private readonly removed = new Set<number>();
  private readonly added: number[] = [];
  private readonly stated = new Map<number, number>();

  add(op: Operation): void {
    const only = (a: Address | undefined): number | undefined =>
      a?.article && !a.article.sub && Object.keys(a).length === 1 ? a.article.n : undefined;
    if (op.kind === 'deleteNode' && op.level === 'article') {
      const n = only(op.target);
      if (n !== undefined) this.removed.add(n);
    } else if (op.kind === 'insertNode' && op.level === 'article') {
      const n = only(op.as);
      // 增加两条，作为第十条、第十一条：one insertion, as many articles as its text numbers.
      const count = op.content?.level === 'articles' ? op.content.articles.filter((a) => !a.num.sub).length : 1;
      if (n !== undefined) for (let k = 0; k < Math.max(count, 1); k++) this.added.push(n + k);
    } else if (op.kind === 'renumber' && op.level === 'article') {
      const from = only(op.target);
      const to = only(op.to);
      if (from !== undefined && to !== undefined) this.stated.set(from, to);
    } else if (op.kind === 'merge' && op.level === 'article') {
      for (const t of op.targets.slice(1)) {
        const n = only(t);
        if (n !== undefined) this.removed.add(n);
      }
    }
  }

  /** The number original article `n` has once these items are applied (undefined when removed). */
  numberOf(n: number): number | undefined {
    if (this.stated.has(n)) return this.stated.get(n);
    if (this.removed.has(n)) return undefined;
    let at = n - [...this.removed].filter((r) => r < n).length;
    for (const m of [...this.added].sort((a, b) => a - b)) if (m <= at) at++;
    return at;
  }
}

/**
 * An operation with every address of an article `names` has (as the top of the address) read as the article
 * it maps to: all at once, so 2→3 and 3→4 never make 2 into 4.
 */
export function renamed(op: Operation, names: ReadonlyMap<number, number>): Operation {
  const fix = (a: Address): Address => {
    const to = a.article && !a.article.sub ? names.get(a.article.n) : undefined;
    return to === undefined ? a : { ...a, article: { n: to } };
  };
  const out = { ...op } as Record<string, unknown>;
  for (const key of ['target', 'parent', 'after', 'before', 'source'] as const) {
    const a = out[key] as Address | undefined;
    if (a && typeof a === 'object') out[key] = fix(a);
  }
  for (const key of ['scope', 'targets'] as const) {
    const list = out[key] as Address[] | undefined;
    if (Array.isArray(list)) out[key] = list.map(fix);
  }
  return out as unknown as Operation;
}
