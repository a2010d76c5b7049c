import type { Address, InsertNodeOp, Level, MessageId, Operation, Span } from '@amend/model';
import { addressLabel, diagnostic, fromChinese, oneLine } from '@amend/model';
import type { IToken } from 'chevrotain';
import { above, levelOf, moveKind, own, sameAddress, STRUCTURE } from './address.ts';
import { LEVEL_WORD } from './describe.ts';
import { Places, sentenceOf } from './places.ts';
import type { Clause, Quote, TargetItem } from './clauses.ts';
import { closed, fragmentOf, splitFragment, splitUnits, unitCount, type PayloadEnv } from './payload.ts';
import * as T from './tokens.ts';
import { articleOfText } from './visitor.ts';

/**
 * Clauses → operations. Context flows through one decision item: a bare
 * 第二款 belongs to the article named last, 其中 means the places named last,
 * a bare “C”修改为“D” joins the replacement before it, and an insertion
 * announced without text waits for 内容如下：.
 */

export interface ResolveEnv extends PayloadEnv {
  rule: string;
  item: string;
  /** The sentence being resolved, for messages. */
  sentence: string;
}

const COUNT_LEVEL = new Map<unknown, Level>([
  [T.CountArticle, 'article'], [T.CountParagraph, 'paragraph'], [T.CountItem, 'item'], [T.CountSubitem, 'subitem'],
  [T.CountSection, 'section'], [T.CountChapter, 'chapter'], [T.CountPart, 'part'],
]);

type Base = { rule: string; item: string; span: Span };

/** An insertion still waiting for its text, kept in place among the item's operations. */
interface Draft {
  op: Omit<InsertNodeOp, 'content'> & { content?: InsertNodeOp['content'] };
  as: Address[];
}

export class ItemResolver {
  private readonly at: Places;
  private readonly out: (Operation | Draft)[] = [];
  private lastText: Operation | undefined;

  constructor(private readonly env: ResolveEnv) {
    this.at = new Places((id, data, span) => this.error(id, data, span), (from, to) => env.span(from, to));
  }

  resolve(clauses: Clause[], env: Partial<ResolveEnv> = {}): void {
    Object.assign(this.env, env);
    for (const c of clauses) this.clause(c);
  }

  /** Operations of the item; insertions that never got their text are reported. */
  finish(): Operation[] {
    const ops: Operation[] = [];
    for (const o of this.out) {
      if (!('as' in o && 'op' in o)) ops.push(o);
      else if (o.op.content) ops.push(o.op as InsertNodeOp);
      else this.error('decision/missing-payload', { what: `增加的${LEVEL_WORD[o.op.level]}` }, o.op.span);
    }
    return ops;
  }

  private clause(c: Clause): void {
    const span = this.env.span(c.start, c.end);
    const base = { rule: this.env.rule, item: this.env.item, span };
    const explicit = 'targets' in c && c.targets !== undefined;
    if (c.kind !== 'replacePhrases') this.lastText = undefined;
    if (this.namesPart(c, span)) return;
    switch (c.kind) {
      case 'insertPhrase': {
        // 在第五条中的“县级”后增加“以上”: one insertion beside each phrase.
        const scope = c.targets ? this.at.places(c.targets, span) : (this.at.scope ?? []);
        if (!scope) return;
        if (c.targets) this.at.scope = scope;
        const text = closed(c.text, c.sentence, 'end');
        for (const a of c.anchor) this.push({ kind: 'insertText', ...base, scope, text, position: c.position === 'after' ? { after: a.text } : { before: a.text } });
        return;
      }
      case 'insertEdge': {
        const scope = explicit ? this.at.places(c.targets!, span) : this.at.contextTarget(span);
        if (scope) this.push({ kind: 'insertText', ...base, scope, text: closed(c.text, c.sentence, c.position), position: c.position });
        return;
      }
      case 'replacePhrases': {
        const scope = c.targets ? this.at.places(c.targets, span) : (this.at.scope ?? []);
        if (!scope) return;
        if (c.targets) this.at.scope = scope;
        let pairs: { from: string; to: string }[] | undefined;
        if (c.olds.length === c.news.length) {
          // “A”、“B”分别修改为“C”、“D”: in order, in every place named.
          pairs = c.olds.map((f, i) => ({ from: f.text, to: c.news[i].text }));
        } else if (c.news.length === 1) {
          pairs = c.olds.map((f) => ({ from: f.text, to: c.news[0].text }));
        } else if (c.respectively && c.olds.length === 1 && scope.length === c.news.length) {
          // 将第三条、第五条中的“A”分别修改为“B”、“C”: one new phrase per place.
          scope.forEach((place, i) => this.push({ kind: 'replaceText', ...base, scope: [place], pairs: [{ from: c.olds[0].text, to: c.news[i].text }] }));
          return;
        } else if (c.restated && scope.length === 1) {
          // 宪法第十五条：“A”“B”修改为：“C”“D”“E”: the whole provision restated.
          this.replaceNodes([scope[0]], c.news, base);
          return;
        } else {
          this.error('decision/pair-mismatch', { from: c.olds.length, to: c.news.length }, span);
          return;
        }
        if (!explicit && this.lastText?.kind === 'replaceText') {
          this.lastText.pairs.push(...pairs);
          return;
        }
        const op: Operation = { kind: 'replaceText', ...base, scope, pairs };
        this.push(op);
        this.lastText = op;
        return;
      }
      case 'deletePhrases':
        for (const g of c.groups) {
          const scope = g.targets ? this.at.places(g.targets, span) : (this.at.scope ?? []);
          if (!scope) return;
          if (g.targets) this.at.scope = scope;
          this.push({ kind: 'deleteText', ...base, scope, phrases: g.phrases.map((q) => q.text) });
        }
        return;
      case 'deleteNodes': {
        const targets = this.at.places(c.targets, span);
        for (const target of targets ?? []) this.push({ kind: 'deleteNode', ...base, level: levelOrSentence(target), target });
        return;
      }
      case 'replaceNode': {
        const targets = explicit ? this.at.places(c.targets!, span) : this.at.contextTarget(span);
        if (!targets) return;
        if (c.lead) {
          // Only the words before the 项: an insertion announced into the article still stands.
          if (!c.payload || c.count || c.into || c.renumberTo || targets.length !== 1) {
            this.unsupported('decision/unsupported-instruction', '条首部分修改为', span);
            return;
          }
          const target = targets[0];
          this.push({ kind: 'replaceNode', ...base, level: levelOf(target), target, content: fragmentOf(c.payload, 'paragraph', this.env), leadIn: true });
          return;
        }
        if (c.renumberTo) this.renumber(targets, c.renumberTo, base);
        if (c.payload && c.count && targets.length === 1) this.replaceCounted(targets[0], c.count, c.payload, base);
        else if (c.payload && c.into && targets.length === 1) this.replaceInto(targets[0], c.into, c.payload, base);
        else if (c.payload) this.replaceNodes(targets, c.payload, base);
        else if (!c.renumberTo) this.error('decision/missing-payload', { what: '修改为' }, span);
        return;
      }
      case 'renumber': {
        const targets = this.at.places(c.targets, span);
        if (targets) this.renumberOrMove(targets, c.to, c.verb, base);
        return;
      }
      case 'renameHeading': {
        const target = this.at.places(c.targets, span)?.[0];
        if (target) this.push({ kind: 'renameHeading', ...base, level: levelOf(target), target, title: c.title.text });
        return;
      }
      case 'merge': {
        const targets = this.at.places(c.targets, span);
        if (!targets?.length) return;
        const as = c.as ? own(this.at.fresh(c.as)) : own(targets[0]);
        const level = levelOf(targets[0]);
        const op: Operation = { kind: 'merge', ...base, level, targets, as };
        // Without new text (合并为一款) the merged node keeps the words of its parts.
        if (c.payload) op.content = fragmentOf(c.payload, level, this.env);
        this.push(op);
        return;
      }
      case 'split': {
        const source = this.at.places(c.targets, span)?.[0];
        if (!source) return;
        const as = own(this.at.fresh(c.as));
        const level = levelOf(as);
        const op: Operation = { kind: 'split', ...base, level, source, as };
        if (c.payload) op.content = fragmentOf(c.payload, level, this.env);
        this.push(op);
        return;
      }
      case 'insert':
        this.insert(c, base);
        return;
      case 'appendParagraph': {
        const parent = explicit ? this.at.places(c.targets!, span)?.[0] : this.at.contextTarget(span)?.[0];
        if (!parent) return;
        // No number is announced: `as` without a 款 number means "after the last 款".
        const content = fragmentOf(c.payload, 'paragraph', this.env);
        this.push({ kind: 'insertNode', ...base, level: 'paragraph', parent, as: {}, content });
        return;
      }
      case 'unsupported':
        // The place still counts as named: 第五条条首部分修改为…；并增加一项 adds to 第五条.
        if (c.targets) this.at.places(c.targets, span);
        this.unsupported('decision/unsupported-instruction', c.what, span);
        return;
      case 'adjustOrder':
        return;
      case 'adjustPair': {
        const from = articleOfText(c.old.text);
        const to = articleOfText(c.now.text);
        if (from && to) this.push({ kind: 'renumber', ...base, level: 'article', target: { article: from }, to: { article: to } });
        else this.error('decision/unexpected-token', { found: c.old.text }, span);
        return;
      }
      case 'content':
        this.content(c.payload, span);
        return;
      default: {
        const never: never = c;
        return never;
      }
    }
  }

  private push(op: Operation): void {
    this.out.push(op);
  }

  /** Every problem names the sentence it was found in (in `data.sentence`). */
  private error(id: MessageId, data: Record<string, string | number>, span: Span): void {
    const sentence = oneLine(this.env.sentence);
    this.env.diagnostics.push(diagnostic(id, { ...data, sentence }, { file: this.env.file, span }));
  }

  private replaceNodes(targets: Address[], payload: Quote[], base: Base): void {
    // A replaced article already holds the 款 an announced insertion would add (在第X条中增加一款…，将该条修改为).
    for (const t of targets) if (t.sentence === undefined) this.dropDraftsUnder(t);
    if (targets.length === 1) {
      const target = targets[0];
      const level = levelOrSentence(target);
      if (target.special === 'title' && target.paragraph === undefined) {
        this.push({ kind: 'renameHeading', ...base, level: 'title', target, title: payload.map((q) => q.text).join('') });
        return;
      }
      this.push({ kind: 'replaceNode', ...base, level, target, content: fragmentOf(payload, level, this.env) });
      return;
    }
    const level = levelOf(targets[0]);
    const parts = splitUnits(payload, targets.length, level === 'article' ? 'article' : 'paragraph', this.env);
    if (!parts) {
      const units = fragmentOf(payload, 'paragraph', this.env);
      const n = units.level === 'paragraphs' ? units.paragraphs.length : 1;
      this.error('decision/payload-count-mismatch', { targets: targets.length, units: n }, base.span);
      return;
    }
    targets.forEach((target, i) => this.push({ kind: 'replaceNode', ...base, level: levelOrSentence(target), target, content: parts[i] }));
  }

  /**
   * 将第十条修改为两条，作为第十条、第十一条：the first new article replaces
   * the old one, the others are inserted after it with the numbers announced.
   */
  private replaceInto(target: Address, into: TargetItem[], payload: Quote[], base: Base): void {
    const as = this.at.expand(into.map((t) => ({ addr: own(this.at.fresh(t.sel)), range: t.range })), base.span);
    const level = levelOf(target);
    const parts = as && as.length > 1 ? splitUnits(payload, as.length, level, this.env) : undefined;
    if (!as || !parts) {
      this.replaceNodes([target], payload, base);
      return;
    }
    this.push({ kind: 'replaceNode', ...base, level, target, content: parts[0] });
    for (let i = 1; i < as.length; i++) this.push({ kind: 'insertNode', ...base, level, after: target, as: as[i], content: parts[i] });
  }

  /**
   * 将第十条修改为两款：“…”“…” / 将第三项修改为两项：… — the count must match
   * the payload. 修改为两条 needs the new articles' numbers, which only their
   * own labels (第十条…“第十一条…) can give.
   */
  private replaceCounted(target: Address, count: IToken, payload: Quote[], base: Base): void {
    const countLevel = COUNT_LEVEL.get(count.tokenType);
    const n = fromChinese(count.image.slice(0, -1)) ?? 0;
    const level = levelOf(target);
    const content = fragmentOf(payload, level, this.env);
    const units = unitCount(content);
    if (countLevel === 'article' && n > 1 && level === 'article') {
      const parts = splitFragment(content, n);
      if (!parts) return this.error('decision/payload-count-mismatch', { targets: n, units }, base.span);
      const nums = parts.map((f) => (f.level === 'articles' && /^第/.test(f.text) ? f.articles[0].num : undefined));
      if (!nums.every((x) => x !== undefined)) return this.error('decision/unnumbered-articles', { count: count.image }, base.span);
      this.push({ kind: 'replaceNode', ...base, level, target, content: parts[0] });
      for (let i = 1; i < n; i++) this.push({ kind: 'insertNode', ...base, level, after: target, as: { article: nums[i] }, content: parts[i] });
      return;
    }
    if (countLevel !== 'article' && units !== n) return this.error('decision/payload-count-mismatch', { targets: n, units }, base.span);
    this.dropDraftsUnder(target);
    this.push({ kind: 'replaceNode', ...base, level, target, content });
  }

  /**
   * 第八条改为第九条 states a new number. A 款 or 项 given an article's number
   * (将第八条第三款移作第四十九条, …作为第四十九条) becomes an article of its own:
   * a split that keeps its words. One moved (移作, 移至, 调整为) into another
   * article or 款, or to another level, cannot be expressed by any operation
   * kind: an error, rather than a renumbering that would leave it where it was.
   */
  private renumberOrMove(targets: Address[], toItems: TargetItem[], verb: string, base: Base): void {
    const dests = toItems.map((t) => this.at.fresh(t.sel));
    const kinds = targets.map((target, i) =>
      toItems[i] && !toItems[i].range && targets.length === toItems.length ? moveKind(target, dests[i], verb) : 'renumber',
    );
    if (kinds.every((k) => k === 'renumber')) {
      this.renumber(targets, toItems, base);
      return;
    }
    targets.forEach((target, i) => {
      const dest = dests[i];
      if (kinds[i] === 'split') this.push({ kind: 'split', ...base, level: 'article', source: target, as: own(dest) });
      else if (kinds[i] === 'renumber') this.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: own(dest) });
      else this.unsupported('decision/unsupported-move', `${addressLabel(target)}${verb}${addressLabel(dest)}`, base.span);
    });
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
    if (c.kind === 'replacePhrases' || c.kind === 'insertPhrase' || c.kind === 'deletePhrases') return false;
    const targets = 'targets' in c ? c.targets : c.kind === 'insert' ? c.anchor?.targets : undefined;
    const part = targets?.find((t) => t.sel.part)?.sel.part;
    if (!part) return false;
    if (c.kind === 'insertEdge' && (c.position === 'end' ? part === '最后一句' : /^(?:第一句|前一句)$/.test(part))) {
      for (const t of targets ?? []) t.sel.part = undefined;
      return false;
    }
    const whole = c.kind === 'deleteNodes' || (c.kind === 'replaceNode' && !c.count && !c.into && !c.renumberTo) || c.kind === 'insertEdge';
    if (whole && sentenceOf(part) !== undefined) return false;
    this.unsupported('decision/unsupported-instruction', part, span);
    return true;
  }

  private unsupported(id: 'decision/unsupported-instruction' | 'decision/unsupported-move', what: string, span: Span): void {
    const sentence = oneLine(this.env.sentence);
    this.env.diagnostics.push(diagnostic(id, { what, sentence }, { file: this.env.file, span }));
  }

  private renumber(targets: Address[], toItems: TargetItem[], base: Base): void {
    const to = this.at.expand(toItems.map((t) => ({ addr: own(this.at.fresh(t.sel)), range: t.range })), base.span);
    if (!to) return;
    if (to.length !== targets.length) {
      this.error('decision/count-mismatch', { from: targets.length, to: to.length }, base.span);
      return;
    }
    targets.forEach((target, i) => this.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: to[i] }));
  }

  private insert(c: Extract<Clause, { kind: 'insert' }>, base: Base): void {
    const level = COUNT_LEVEL.get(c.count.tokenType) ?? 'article';
    const full = c.as.map((t) => ({ addr: this.at.fresh(t.sel), range: t.range }));
    const as = this.at.expand(full.map((f) => ({ addr: own(f.addr), range: f.range })), base.span);
    if (!as?.length) return;
    const op: Draft['op'] = { kind: 'insertNode', ...base, level, as: as[0] };
    // 作为第三章第二节: the levels above the new node's own number name its container.
    const container = above(full[0].addr, level);
    if (c.anchor) {
      const anchor = this.at.places(c.anchor.targets, base.span)?.[0];
      if (!anchor) return;
      // 在第X条第二款后增加一项: an anchor above the new node's level is its container.
      const shallower = STRUCTURE.indexOf(levelOf(anchor)) < STRUCTURE.indexOf(level);
      if (c.anchor.rel === 'in' || shallower) op.parent = anchor;
      else op[c.anchor.rel] = anchor;
    } else if (Object.keys(container).length) {
      op.parent = container;
    } else if (level === 'paragraph' || level === 'item' || level === 'subitem') {
      const ctx = this.at.contextTarget(base.span)?.[0];
      if (!ctx) return;
      op.parent = above(ctx, level);
    }
    const draft: Draft = { op, as };
    this.out.push(draft);
    if (c.payload) this.fill(draft, c.payload);
  }

  private fill(draft: Draft, payload: Quote[]): void {
    const { op, as } = draft;
    if (as.length > 1 && op.level !== 'article') {
      const parts = splitUnits(payload, as.length, op.level, this.env);
      if (parts) {
        // 增加两款，作为第二款、第三款：one insertion per new 款.
        const i = this.out.indexOf(draft);
        const ops = as.map((a, k) => ({ ...op, as: a, content: parts[k] }) as InsertNodeOp);
        this.out.splice(i, 1, ...ops);
        return;
      }
    }
    op.content = fragmentOf(payload, op.level, this.env);
  }

  /** 内容如下：“…” completes the insertions announced before it. */
  private content(payload: Quote[], span: Span): void {
    const drafts = this.out.filter((o): o is Draft => 'op' in o && !o.op.content);
    const heading = drafts.find((d) => d.op.level === 'chapter' || d.op.level === 'section' || d.op.level === 'part');
    const containers = this.out.filter((o): o is Draft => 'op' in o && o.op.content?.level === 'heading');
    const container = heading ?? containers[containers.length - 1];
    if (container) {
      // 增加一节…；增加五条…。内容如下：the text is the new section, heading and articles.
      container.op.content = fragmentOf(payload, container.op.level, this.env);
      for (const d of drafts) if (d !== container) this.out.splice(this.out.indexOf(d), 1);
      return;
    }
    if (!drafts.length) {
      this.error('decision/missing-payload', { what: '内容如下' }, span);
      return;
    }
    for (const d of drafts) this.fill(d, payload);
  }

  private dropDraftsUnder(target: Address): void {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const o = this.out[i];
      if ('op' in o && !o.op.content && o.op.parent && sameAddress(above(o.op.parent, 'paragraph'), target)) this.out.splice(i, 1);
    }
  }
}

/** A target naming a sentence (第二款第二句) acts on that sentence, not its 款. */
function levelOrSentence(target: Address): Level {
  return target.sentence !== undefined ? 'sentence' : levelOf(target);
}
