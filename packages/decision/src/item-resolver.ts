import type { Operation, Span } from '@amend/model';
import { addressLabel } from '@amend/model';
import { compareAddresses, levelOf, levelOrSentence, own } from './address-rules.ts';
import type { Clause, Quote, TargetItem } from './clauses.ts';
import { LEVEL_WORD } from './describe-operation.ts';
import { announcedLeft, content, insert, intoHeading, intoThisDivision, numberedText } from './insert-clauses.ts';
import { articleOfText } from './reference-words.ts';
import { isDraft, ItemState, type ResolveEnv } from './item-state.ts';
import { divide, merge, replaceNode, replaceNodes, rework } from './node-clauses.ts';
import { renumberOrMove, restateJoined, settleMoves } from './numbering-clauses.ts';
import { closed, fragmentOf } from './payload-fragment.ts';
import { sentenceOf } from './place-context.ts';
import { exceptions, movePhrase, reorderPhrase, replacePhrases } from './phrase-clauses.ts';

export type { ResolveEnv } from './item-state.ts';

/**
 * Clauses → operations. Context flows through one decision item: a bare
 * 第二款 belongs to the article named last, 其中 means the places named last,
 * a bare “C”修改为“D” joins the replacement before it, an insertion announced
 * without text waits for 内容如下：, and a number the item itself gives an
 * article (将第四条…作为第十条) names that article in what follows.
 */

export class ItemResolver {
  private readonly state: ItemState;

  constructor(env: ResolveEnv) {
    this.state = new ItemState(env);
  }

  /** The clauses of one sentence, in order; `sentence` is its text, for messages. */
  resolve(clauses: Clause[], sentence: string): void {
    this.state.env.sentence = sentence;
    for (const c of clauses) this.clause(c);
  }

  /** Operations of the item; provisions that never got their text are reported. */
  finish(): Operation[] {
    const s = this.state;
    if (s.dividing) s.error('decision/missing-payload', { what: s.dividing.what }, s.dividing.span);
    settleMoves(s);
    announcedLeft(s);
    // Most items leave no provision waiting for its text: their list is their operations.
    if (!s.out.some(isDraft)) return s.out as Operation[];
    const ops: Operation[] = [];
    for (const o of s.out) {
      if (!isDraft(o)) ops.push(o);
      else if (o.filled) ops.push(o.op as Operation);
      else
        s.error(
          'decision/missing-payload',
          { what: o.op.kind === 'insertNode' ? `增加的${LEVEL_WORD[o.op.level]}` : addressLabel(o.op.target) },
          o.op.span,
        );
    }
    return ops;
  }

  private clause(c: Clause): void {
    const s = this.state;
    const span = s.env.span(c.start, c.end);
    const base = { rule: s.env.rule, item: s.env.item, span };
    // A load, not `in`: clauses come in many shapes, and a missing field reads as undefined.
    const explicit =
      c.kind === 'replacePhrases' ? c.groups[0].targets !== undefined : (c as { targets?: TargetItem[] }).targets !== undefined;
    if (c.kind !== 'replacePhrases') s.lastText = undefined;
    const run = s.renumberRun;
    s.renumberRun = undefined;
    const joined = s.joined;
    s.joined = undefined;
    if (c.stating) this.checkLengths(c, span);
    if (this.namesPart(c, span)) return;
    switch (c.kind) {
      case 'insertPhrase': {
        // 在第五条中的“县级”后增加“以上”: one insertion beside each phrase.
        // 除本条外，其他条文中的“A”前均增加“B”: the article named last left out, as for a replacement.
        const except = exceptions(s, c.targets, span);
        if (except === null) return;
        const scope = c.targets ? s.places(c.targets, span) : (s.at.scope ?? []);
        if (!scope) return;
        if (c.targets) s.at.scope = scope;
        const text = closed(c.text, c.sentence, 'end');
        for (const a of c.anchor) {
          const op: Operation = {
            kind: 'insertText',
            rule: base.rule,
            item: base.item,
            span: base.span,
            scope,
            text,
            position: c.position === 'after' ? { after: a.text } : { before: a.text },
          };
          if (except) op.except = except;
          s.push(op);
        }
        return;
      }
      case 'insertEdge': {
        const scope = explicit ? s.places(c.targets!, span) : s.at.contextTarget(span);
        if (scope) s.push({ kind: 'insertText', ...base, scope, text: closed(c.text, c.sentence, c.position), position: c.position });
        return;
      }
      case 'replacePhrases':
        replacePhrases(s, c, base, explicit);
        return;
      case 'deletePhrases':
        for (const g of c.groups) {
          // 删除最后面的“A”: the end of a place, so one must be named (the whole rule's last words are not meant).
          const except = exceptions(s, g.targets, span);
          if (except === null) return;
          const scope = g.targets ? s.places(g.targets, span) : (s.at.scope ?? (c.edge ? s.at.contextTarget(span) : []));
          if (!scope) return;
          if (g.targets) s.at.scope = scope;
          const op: Operation = {
            kind: 'deleteText',
            rule: base.rule,
            item: base.item,
            span: base.span,
            scope,
            phrases: g.phrases.map((q) => q.text),
          };
          if (c.edge) op.edge = c.edge;
          if (except) op.except = except;
          s.push(op);
        }
        // 删去第二项中的“A”和第五项: then the places that go whole.
        if (c.nodes) this.clause({ kind: 'deleteNodes', targets: c.nodes, start: c.start, end: c.end });
        return;
      case 'movePhrase':
        movePhrase(s, c, base);
        return;
      case 'name': {
        const named = s.places(c.targets, span);
        if (c.divides && named?.length === 1 && levelOf(named[0]) === 'article') s.divided = named[0];
        return;
      }
      case 'reorderPhrase':
        reorderPhrase(s, c, base);
        return;
      case 'deleteNodes': {
        const targets = s.provisions(s.places(c.targets, span), '删去', span);
        // 删除第三款：“…”: the words shown are checked against the provision (one place with all the
        // quotations, or one quotation a place).
        if (!targets) return;
        const shown = c.shown;
        for (let i = 0; i < targets.length; i++) {
          const target = targets[i];
          const op: Operation = {
            kind: 'deleteNode',
            rule: base.rule,
            item: base.item,
            span: base.span,
            level: levelOrSentence(target),
            target,
          };
          if (shown && targets.length === 1) op.shown = shown.map((q) => q.text).join('\n');
          else if (shown && shown.length === targets.length) op.shown = shown[i].text;
          s.push(op);
        }
        return;
      }
      case 'replaceNode':
        // 将第十条第一款至第三款改为第十五条，修改为：“…”: the new article's text, over the 款 that make it.
        if (
          !explicit &&
          joined &&
          c.payload &&
          !c.count &&
          !c.into &&
          !c.renumberTo &&
          !c.lead &&
          c.title === undefined &&
          restateJoined(s, joined, c.payload)
        )
          return;
        replaceNode(s, c, base, explicit);
        return;
      case 'renumber': {
        const targets = s.places(c.targets, span);
        if (!targets) return;
        // 原第四十七条改为第五十条，原第四十八条改为第五十一条，其中的“A”: 其中 names every place of the run
        // (joined by ，: after a ； or 。 the renumbering stands alone, as does its 其中).
        if (run && c.targets.every((t) => t.kind === 'refs') && joinedByComma(s.env.text, run.end, c.start))
          s.at.scope = [...run.places, ...targets];
        s.renumberRun = s.at.scope && { places: s.at.scope, end: c.end };
        const before = s.out.length;
        renumberOrMove(s, targets, c.to, c.verb, base);
        // 增加一条，将第五条第二款作为第九条的内容：“…”: the 款 becomes the article announced, with this text.
        if (c.content && c.payload && splitWithText(s, before, c.payload)) return;
        // 将第八条改为第七条：“…” — restated where it goes.
        if (c.payload) replaceNodes(s, targets, c.payload, base);
        return;
      }
      case 'renameHeading': {
        const target = s.provisions(c.targets ? s.places(c.targets, span) : s.at.contextTarget(span), '修改', span)?.[0];
        if (target) s.push({ kind: 'renameHeading', ...base, level: levelOf(target), target, title: c.title.text });
        return;
      }
      case 'merge':
        merge(s, c.targets, c.as, c.payload, c.title, base, c.count);
        return;
      case 'mergeInto': {
        // 将第三章并入第二章: the merged node is the one merged into, its heading kept.
        const into = s.at.fresh(c.into);
        const targets = s.places(c.targets, span);
        if (!targets?.length) return;
        const all = [into, ...targets].sort(compareAddresses);
        s.push({ kind: 'merge', ...base, level: levelOf(into), targets: all, as: own(into) });
        return;
      }
      case 'split': {
        const source = s.provisions(s.places(c.targets, span), '单列', span)?.[0];
        if (!source) return;
        const as = own(s.at.fresh(c.as));
        const level = levelOf(as);
        const op: Operation = { kind: 'split', ...base, level, source, as };
        if (c.payload) op.content = fragmentOf(c.payload, level, s.env);
        s.push(op);
        if (as.article) s.made = { n: as.article.n, source, added: new Set() };
        return;
      }
      case 'divide':
        divide(s, c, base, explicit);
        return;
      case 'rework':
        rework(s, c, base);
        return;
      case 'insert':
        insert(s, c, base);
        if (c.intoThis) intoThisDivision(s, c.intoThis, span);
        return;
      case 'appendParagraph': {
        const parent = s.provisions(explicit ? s.places(c.targets!, span) : s.at.contextTarget(span), '增加', span)?.[0];
        if (!parent) return;
        // No number is announced: `as` without a 款 number means "after the last 款".
        const content = fragmentOf(c.payload, 'paragraph', s.env);
        s.push({ kind: 'insertNode', ...base, level: 'paragraph', parent, as: {}, content });
        return;
      }
      case 'unplaced': {
        const scope = c.targets ? s.places(c.targets, span) : undefined;
        const place = scope?.map(addressLabel).join('、') ?? '';
        s.error('decision/unplaced-insertion', { place, text: c.text.map((q) => q.text).join('') }, span);
        return;
      }
      case 'unsupported':
        // The place still counts as named: 第五条条首部分修改为…；并增加一项 adds to 第五条.
        if (c.targets) s.places(c.targets, span);
        s.unsupported('decision/unsupported-instruction', c.what, span);
        return;
      case 'intoHeading':
        intoHeading(s, span, c.heading);
        return;
      case 'adjustOrder':
        return;
      case 'adjustPair': {
        const from = articleOfText(c.old.text);
        const to = articleOfText(c.now.text);
        if (from && to) s.push({ kind: 'renumber', ...base, level: 'article', target: { article: from }, to: { article: to } });
        else s.error('decision/unexpected-token', { found: c.old.text }, span);
        return;
      }
      case 'content':
        content(s, c.payload, span);
        return;
      case 'numberedText':
        numberedText(s, c, base);
        return;
      default: {
        const never: never = c;
        return never;
      }
    }
  }

  /** 删除“审批后”三个字: a stated length is a check of the words quoted. */
  private checkLengths(c: Clause, span: Span): void {
    const s = this.state;
    for (const q of statedQuotes(c, [])) {
      const count = [...q.text].length;
      if (q.stated && q.stated.n !== count)
        s.error('decision/stated-length-mismatch', { phrase: q.text, stated: q.stated.image, count }, span);
    }
  }

  /**
   * 删去第五条第二款第二句 / 将第三条第一句修改为：… / 在第一句后增加一句 /
   * 第一句中的“A”修改为“B”: the address names the sentence (Address.sentence).
   * An edge that is the 款's own (第一句前, 最后一句后) is the 款's edge. Where
   * several sentences are named (后两句) only quoted words can locate the
   * change; any other instruction on a sentence (增加一款 after it, 改为) has
   * no operation.
   */
  private namesPart(c: Clause, span: Span): boolean {
    const s = this.state;
    if (
      c.kind === 'replacePhrases' ||
      c.kind === 'insertPhrase' ||
      c.kind === 'deletePhrases' ||
      c.kind === 'movePhrase' ||
      c.kind === 'reorderPhrase'
    )
      return false;
    const targets = c.kind === 'insert' ? c.anchor?.targets : (c as { targets?: TargetItem[] }).targets;
    if (!targets) return false;
    let part: string | undefined;
    for (let i = 0; i < targets.length && !part; i++) part = targets[i].part;
    if (!part) return false;
    if (c.kind === 'insertEdge' && (c.position === 'end' ? part === '最后一句' : /^(?:第一句|前一句)$/.test(part))) {
      for (const t of targets) t.part = undefined;
      return false;
    }
    const whole = c.kind === 'deleteNodes' || (c.kind === 'replaceNode' && !c.count && !c.into && !c.renumberTo) || c.kind === 'insertEdge';
    if (whole && sentenceOf(part) !== undefined) return false;
    s.unsupported('decision/unsupported-instruction', part, span);
    return true;
  }
}

/**
 * 增加一条，将第五条第二款作为第九条的内容：“…”: when the clause made one new
 * article of a provision (a `split`), the text is that article's, and the
 * article 增加一条 announced without number or text is this one.
 */
function splitWithText(s: ItemState, from: number, payload: Quote[]): boolean {
  const made = s.out.slice(from);
  const split = made[0];
  if (made.length !== 1 || isDraft(split) || split.kind !== 'split' || split.level !== 'article') return false;
  split.content = fragmentOf(payload, 'article', s.env);
  const announced = s.out.findIndex(
    (o) => isDraft(o) && !o.filled && o.op.kind === 'insertNode' && o.op.level === 'article' && !o.op.as.article,
  );
  if (announced >= 0) s.out.splice(announced, 1);
  return true;
}

/**
 * The quotations of a clause that state their length, in the order its fields
 * hold them; a walk that allocates nothing (it runs on every clause). Places
 * (a target's `refs` and the words after them) hold only the words naming a heading,
 * which state no length, so the walk does not enter them.
 */
function statedQuotes(value: unknown, out: Quote[]): Quote[] {
  if (!value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) statedQuotes(value[i], out);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text === 'string' && typeof o.from === 'number') {
    if (o.stated) out.push(o as unknown as Quote);
    return out;
  }
  if (o.refs !== undefined) return out;
  for (const k in o) statedQuotes(o[k], out);
  return out;
}

/** Only a ， (and perhaps 将) between two clauses of the item's text: one run of clauses. */
function joinedByComma(text: string | undefined, from: number, to: number): boolean {
  return text !== undefined && from <= to && /^\s*[，,]\s*(?:将|把)?\s*$/.test(text.slice(from, to));
}
