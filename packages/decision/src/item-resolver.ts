import type { Address, ArticleNumber, InsertNodeOp, Level, MessageId, Operation, ReplaceNodeOp, Span } from '@amend/model';
import { addressLabel, diagnostic, fromChinese, HEADING_LABEL } from '@amend/model';
import { above, levelOf, moveKind, own, sameAddress, STRUCTURE } from './address-rules.ts';
import type { Clause, Count, Quote, Sel, TargetItem } from './clauses.ts';
import { LEVEL_WORD } from './describe-operation.ts';
import { articleOfText } from './instruction-visitor.ts';
import { closed, fragmentOf, splitFragment, splitUnits, unitCount, type PayloadEnv } from './payload-fragment.ts';
import { Places, sentenceOf } from './place-context.ts';

/**
 * Clauses → operations. Context flows through one decision item: a bare
 * 第二款 belongs to the article named last, 其中 means the places named last,
 * a bare “C”修改为“D” joins the replacement before it, an insertion announced
 * without text waits for 内容如下：, and a number the item itself gives an
 * article (将第四条…作为第十条) names that article in what follows.
 */

export interface ResolveEnv extends PayloadEnv {
  rule: string;
  item: string;
  /** The sentence being resolved, for messages. */
  sentence: string;
}

type Base = { rule: string; item: string; span: Span };

/** An insertion or replacement still waiting for its text (内容如下), kept in place among the item's operations. */
interface Draft {
  op: (Omit<InsertNodeOp, 'content'> & { content?: InsertNodeOp['content'] }) | (Omit<ReplaceNodeOp, 'content'> & { content?: ReplaceNodeOp['content'] });
  as: Address[];
  /** A provision that goes where the text puts it: filled with the payload's article of its number. */
  number?: number;
  filled: boolean;
}

const HEADINGS = new Set<Level>(['part', 'chapter', 'section']);

export class ItemResolver {
  private readonly at: Places;
  private readonly out: (Operation | Draft)[] = [];
  private lastText: Operation | undefined;
  /** New article numbers this item gives (将第四条…作为第十条): the original each one names. */
  private readonly renumbered = new Map<number, Address>();
  /** A provision divided with no text given (分解为两款): a move of its words must follow. */
  private dividing: { target: Address; what: string; span: Span } | undefined;
  /** A new article this item makes of a provision (第三条第三项…作为第六条), and the 款 it adds to it. */
  private made: { n: number; source: Address; added: Set<number> } | undefined;

  constructor(private readonly env: ResolveEnv) {
    this.at = new Places((id, data, span) => this.error(id, data, span), (from, to) => env.span(from, to));
  }

  resolve(clauses: Clause[], env: Partial<ResolveEnv> = {}): void {
    Object.assign(this.env, env);
    for (const c of clauses) this.clause(c);
  }

  /** Operations of the item; provisions that never got their text are reported. */
  finish(): Operation[] {
    const ops: Operation[] = [];
    if (this.dividing) this.error('decision/missing-payload', { what: this.dividing.what }, this.dividing.span);
    for (const o of this.out) {
      if (!isDraft(o)) ops.push(o);
      else if (o.filled) ops.push(o.op as Operation);
      else this.error('decision/missing-payload', { what: o.op.kind === 'insertNode' ? `增加的${LEVEL_WORD[o.op.level]}` : addressLabel(o.op.target) }, o.op.span);
    }
    return ops;
  }

  private clause(c: Clause): void {
    const span = this.env.span(c.start, c.end);
    const base = { rule: this.env.rule, item: this.env.item, span };
    const explicit = c.kind === 'replacePhrases' ? c.groups[0].targets !== undefined : 'targets' in c && c.targets !== undefined;
    if (c.kind !== 'replacePhrases') this.lastText = undefined;
    this.checkLengths(c, span);
    if (this.namesPart(c, span)) return;
    switch (c.kind) {
      case 'insertPhrase': {
        // 在第五条中的“县级”后增加“以上”: one insertion beside each phrase.
        const scope = c.targets ? this.places(c.targets, span) : (this.at.scope ?? []);
        if (!scope) return;
        if (c.targets) this.at.scope = scope;
        const text = closed(c.text, c.sentence, 'end');
        for (const a of c.anchor) this.push({ kind: 'insertText', ...base, scope, text, position: c.position === 'after' ? { after: a.text } : { before: a.text } });
        return;
      }
      case 'insertEdge': {
        const scope = explicit ? this.places(c.targets!, span) : this.at.contextTarget(span);
        if (scope) this.push({ kind: 'insertText', ...base, scope, text: closed(c.text, c.sentence, c.position), position: c.position });
        return;
      }
      case 'replacePhrases':
        this.replacePhrases(c, base, explicit);
        return;
      case 'deletePhrases':
        for (const g of c.groups) {
          // 删除最后面的“A”: the end of a place, so one must be named (the whole rule's last words are not meant).
          const scope = g.targets ? this.places(g.targets, span) : (this.at.scope ?? (c.edge ? this.at.contextTarget(span) : []));
          if (!scope) return;
          if (g.targets) this.at.scope = scope;
          this.push({ kind: 'deleteText', ...base, scope, phrases: g.phrases.map((q) => q.text), ...(c.edge ? { edge: c.edge } : {}) });
        }
        return;
      case 'movePhrase':
        this.movePhrase(c, base);
        return;
      case 'name':
        this.places(c.targets, span);
        return;
      case 'reorderPhrase':
        this.reorderPhrase(c, base);
        return;
      case 'deleteNodes': {
        const targets = this.places(c.targets, span);
        for (const target of targets ?? []) this.push({ kind: 'deleteNode', ...base, level: levelOrSentence(target), target });
        return;
      }
      case 'replaceNode':
        this.replaceNode(c, base, explicit);
        return;
      case 'renumber': {
        const targets = this.places(c.targets, span);
        if (!targets) return;
        this.renumberOrMove(targets, c.to, c.verb, base);
        // 将第八条改为第七条：“…” — restated where it goes.
        if (c.payload) this.replaceNodes(targets, c.payload, base);
        return;
      }
      case 'renameHeading': {
        const target = c.targets ? this.places(c.targets, span)?.[0] : this.at.contextTarget(span)?.[0];
        if (target) this.push({ kind: 'renameHeading', ...base, level: levelOf(target), target, title: c.title.text });
        return;
      }
      case 'merge':
        this.merge(c.targets, c.as, c.payload, c.title, base);
        return;
      case 'mergeInto': {
        // 将第三章并入第二章: the merged node is the one merged into, its heading kept.
        const into = this.at.fresh(c.into);
        const targets = this.places(c.targets, span);
        if (!targets?.length) return;
        const all = [into, ...targets].sort(compareAddresses);
        this.push({ kind: 'merge', ...base, level: levelOf(into), targets: all, as: own(into) });
        return;
      }
      case 'split': {
        const source = this.places(c.targets, span)?.[0];
        if (!source) return;
        const as = own(this.at.fresh(c.as));
        const level = levelOf(as);
        const op: Operation = { kind: 'split', ...base, level, source, as };
        if (c.payload) op.content = fragmentOf(c.payload, level, this.env);
        this.push(op);
        if (as.article) this.made = { n: as.article.n, source, added: new Set() };
        return;
      }
      case 'divide':
        this.divide(c, base, explicit);
        return;
      case 'rework':
        this.rework(c, base);
        return;
      case 'insert':
        this.insert(c, base);
        return;
      case 'appendParagraph': {
        const parent = explicit ? this.places(c.targets!, span)?.[0] : this.at.contextTarget(span)?.[0];
        if (!parent) return;
        // No number is announced: `as` without a 款 number means "after the last 款".
        const content = fragmentOf(c.payload, 'paragraph', this.env);
        this.push({ kind: 'insertNode', ...base, level: 'paragraph', parent, as: {}, content });
        return;
      }
      case 'unplaced': {
        const scope = c.targets ? this.places(c.targets, span) : undefined;
        const place = scope?.map(addressLabel).join('、') ?? '';
        this.error('decision/unplaced-insertion', { place, text: c.text.map((q) => q.text).join('') }, span);
        return;
      }
      case 'unsupported':
        // The place still counts as named: 第五条条首部分修改为…；并增加一项 adds to 第五条.
        if (c.targets) this.places(c.targets, span);
        this.unsupported('decision/unsupported-instruction', c.what, span);
        return;
      case 'intoHeading':
        this.intoHeading(span, c.heading);
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

  /** 删除“审批后”三个字: a stated length is a check of the words quoted. */
  private checkLengths(c: Clause, span: Span): void {
    for (const q of statedQuotes(c, [])) {
      const count = [...q.text].length;
      if (q.stated && q.stated.n !== count) this.error('decision/stated-length-mismatch', { phrase: q.text, stated: q.stated.image, count }, span);
    }
  }

  /**
   * Places as written → original addresses. A bare 第二款 right after this item
   * made a new article of a provision and added 款 to it (第三条第三项…作为第六条，
   * 并增加一款，作为第六条第一款 / 在第二款“…”前增加) names that provision.
   */
  private places(items: TargetItem[], span: Span): Address[] | undefined {
    const made = this.made;
    if (made && items.length === 1 && items[0].sel.kind === 'refs') {
      const refs = items[0].sel.refs;
      if (refs.length === 1 && refs[0].level === 'paragraph' && !made.added.has(refs[0].num) && made.added.size === refs[0].num - 1) {
        this.at.last = made.source;
        this.at.scope = [made.source];
        return [made.source];
      }
    }
    const list = this.at.places(items, span);
    items.forEach((item, i) => {
      if (!item.sel.was) return;
      const original = this.originalNumber(item.sel, span);
      // 将第七条改为第八条，将第八条（原第七条）修改为: the article this item renumbered.
      if (original && list && list.length === items.length) {
        list[i] = { ...list[i], article: original };
        this.at.last = list[i];
      }
    });
    return list;
  }

  /**
   * 第八条（原第七条）: when this item itself gave 第七条 the number 第八条 the
   * note names that article (in the original numbering); when it numbers
   * either otherwise the two disagree (a warning, read as written); else the
   * place is read as written, in the numbering of the rule amended (an
   * earlier amendment renumbered it), and the note is reported.
   */
  private originalNumber(sel: Sel, span: Span): ArticleNumber | undefined {
    const was = sel.was!;
    const written = sel.refs.find((r) => r.level === 'article')?.article;
    const target = sel.refs.map((r) => r.image).join('');
    const given = written && !written.sub ? this.renumbered.get(written.n) : undefined;
    const numbered = was.article && [...this.renumbered.entries()].find(([, a]) => a.article?.n === was.article!.n && a.article?.sub === was.article!.sub);
    const agrees = given?.article && was.article && given.article.n === was.article.n && given.article.sub === was.article.sub;
    if (!agrees && (given || numbered)) {
      const other = given ? addressLabel(given) : `第${numbered![0]}条`;
      this.error('decision/original-number-conflict', { target, was: was.image, other }, span);
      return undefined;
    }
    if (agrees) return given.article;
    const sentence = this.env.sentence.replace(/\s+/g, ' ');
    // The numbers too, for a later look at what the decision's earlier items renumbered (decision-numbering.ts).
    const numbers: Record<string, number> = written && !written.sub && was.article && !was.article.sub ? { article: written.n, original: was.article.n } : {};
    this.env.diagnostics.push(diagnostic('decision/original-number-noted', { target, was: was.image, sentence, ...numbers }, { file: this.env.file, span }));
    return undefined;
  }

  private push(op: Operation): void {
    this.out.push(op);
  }

  /** Every problem names the sentence it was found in (in `data.sentence`). */
  private error(id: MessageId, data: Record<string, string | number>, span: Span): void {
    const sentence = this.env.sentence.replace(/\s+/g, ' ');
    this.env.diagnostics.push(diagnostic(id, { ...data, sentence }, { file: this.env.file, span }));
  }

  private replacePhrases(c: Extract<Clause, { kind: 'replacePhrases' }>, base: Base, explicit: boolean): void {
    const span = base.span;
    if (!explicit && this.renamesHeading(c, base)) return;
    for (const [g, group] of c.groups.entries()) {
      let scope = group.targets ? this.places(group.targets, span) : (this.at.scope ?? []);
      if (!scope) return;
      // 将第六章“常务委员会办公厅”修改为“常务委员会办公室”: words of the heading, right after its number.
      if (c.restated && scope.length && scope.every((a) => HEADINGS.has(levelOf(a)))) scope = scope.map((a) => ({ ...a, special: 'heading' as const }));
      if (group.targets) this.at.scope = scope;
      const olds = group.olds;
      let pairs: { from: string; to: string; occurrence?: number }[] | undefined;
      if (olds.length === c.news.length) {
        // “A”、“B”分别修改为“C”、“D”: in order, in every place named.
        pairs = olds.map((f, i) => pair(f, c.news[i]));
      } else if (c.news.length === 1) {
        pairs = olds.map((f) => pair(f, c.news[0]));
      } else if (c.respectively && olds.length === 1 && scope.length === c.news.length) {
        // 将第三条、第五条中的“A”分别修改为“B”、“C”: one new phrase per place.
        scope.forEach((place, i) => this.push({ kind: 'replaceText', ...base, scope: [place], pairs: [pair(olds[0], c.news[i])] }));
        continue;
      } else if (c.restated && scope.length === 1 && c.groups.length === 1) {
        // 宪法第十五条：“A”“B”修改为：“C”“D”“E”: the whole provision restated.
        this.replaceNodes([scope[0]], c.news, base);
        return;
      } else {
        this.error('decision/pair-mismatch', { from: olds.length, to: c.news.length }, span);
        return;
      }
      if (!explicit && g === 0 && this.lastText?.kind === 'replaceText') {
        this.lastText.pairs.push(...pairs);
        continue;
      }
      const op: Operation = { kind: 'replaceText', ...base, scope, pairs };
      this.push(op);
      this.lastText = op;
    }
  }

  /** 将“第二章立法规划”修改为“第二章立法规划和计划”: a heading named by its number and title. */
  private renamesHeading(c: Extract<Clause, { kind: 'replacePhrases' }>, base: Base): boolean {
    if (c.groups.length !== 1 || c.groups[0].olds.length !== 1 || c.news.length !== 1) return false;
    const from = headingOf(c.groups[0].olds[0].text);
    const to = headingOf(c.news[0].text);
    if (!from || !to || from.level !== to.level || from.n !== to.n) return false;
    const target: Address = { [from.level]: from.n };
    this.push({ kind: 'renameHeading', ...base, level: from.level, target, title: to.title });
    this.at.last = target;
    return true;
  }

  /** 将第一款中的“…。”调整为第四款: the words go, and come back as a 款 of their own. */
  private movePhrase(c: Extract<Clause, { kind: 'movePhrase' }>, base: Base): void {
    const scope = c.targets ? this.places(c.targets, base.span) : (this.at.scope ?? this.at.contextTarget(base.span));
    if (!scope?.length) return;
    const dest = c.to.map((t) => this.at.fresh(t.sel))[0];
    const level = levelOf(dest);
    if (level !== 'paragraph' && level !== 'item') {
      this.unsupported('decision/unsupported-move', `“${c.phrases.map((q) => q.text).join('')}”调整为${addressLabel(dest)}`, base.span);
      return;
    }
    this.push({ kind: 'deleteText', ...base, scope, phrases: c.phrases.map((q) => q.text) });
    const parent = Object.keys(above(dest, level)).length ? above(dest, level) : above(scope[0], level);
    if (this.dividing && sameAddress(this.dividing.target, parent)) this.dividing = undefined;
    // The words quoted without their final mark (“…的安全距离”的规定) make a provision that has one.
    const words = [{ ...c.phrases[0], text: closed(c.phrases, true, 'end') }];
    this.push({ kind: 'insertNode', ...base, level, parent, as: own(dest), content: fragmentOf(words, level, this.env) });
  }

  /**
   * 将第五十条中的“玩忽职守”调整到“滥用职权”之后: the words leave their place
   * and go beside the other words. How a list's marks stay put (甲、乙和丙)
   * depends on the rule's text, so the engine rearranges them (`moved`).
   */
  private reorderPhrase(c: Extract<Clause, { kind: 'reorderPhrase' }>, base: Base): void {
    const scope = c.targets ? this.places(c.targets, base.span) : (this.at.scope ?? this.at.contextTarget(base.span));
    if (!scope?.length) return;
    if (c.targets) this.at.scope = scope;
    const text = c.phrases.map((q) => q.text).join('、');
    const position = c.position === 'after' ? { after: c.anchor.text } : { before: c.anchor.text };
    this.push({ kind: 'insertText', ...base, scope, text, position, moved: true });
  }

  private replaceNode(c: Extract<Clause, { kind: 'replaceNode' }>, base: Base, explicit: boolean): void {
    const span = base.span;
    const targets = explicit ? this.places(c.targets!, span) : this.at.contextTarget(span);
    if (!targets) return;
    const lead = c.lead || c.targets?.some((t) => t.sel.lead);
    if (lead) {
      // Only the words before the 项: an insertion announced into the article still stands.
      if (!c.payload || c.count || c.into || c.renumberTo || targets.length !== 1) {
        this.unsupported('decision/unsupported-instruction', '条首部分修改为', span);
        return;
      }
      const target = targets[0];
      this.push({ kind: 'replaceNode', ...base, level: levelOf(target), target, content: fragmentOf(c.payload, 'paragraph', this.env), leadIn: true });
      return;
    }
    if (c.title !== undefined) {
      // 将《条例》名称修改为《…》
      this.push({ kind: 'renameHeading', ...base, level: 'title', target: { special: 'title' }, title: c.title });
      return;
    }
    if (c.renumberTo) this.renumberOrMove(targets, c.renumberTo, '修改为', base);
    if (c.payload && c.count && targets.length === 1) this.replaceCounted(targets[0], c.count, c.payload, base);
    else if (c.payload && c.into && targets.length === 1) this.replaceInto(targets[0], c.into, c.payload, base);
    else if (c.payload) this.replaceNodes(targets, c.payload, base);
    else if (!c.renumberTo) this.error('decision/missing-payload', { what: '修改为' }, span);
    // 修改为：“…”，作为第二十六条第一款: the replaced article is that 款 of itself (the item adds the others).
    if (c.as && targets.length === 1) {
      const dest = this.at.fresh(c.as[0].sel);
      const target = targets[0];
      if (!(dest.article && target.article && dest.article.n === target.article.n)) this.renumberOrMove(targets, c.as, '作为', base);
    }
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
      // 将第七十三条第一、二款修改为：“…” (one 款 of text): the 款 named become that one.
      const together = targets.every((t) => levelOf(t) === level && sameAddress(above(t, level), above(targets[0], level)));
      if (n === 1 && together && level !== 'article') {
        this.push({ kind: 'merge', ...base, level, targets, as: own(targets[0]), content: fragmentOf(payload, level, this.env) });
        return;
      }
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
  private replaceCounted(target: Address, count: Count, payload: Quote[], base: Base): void {
    const level = levelOf(target);
    const content = fragmentOf(payload, level, this.env);
    const units = unitCount(content);
    if (count.level === 'article' && count.n > 1 && level === 'article') {
      const parts = splitFragment(content, count.n);
      if (!parts) return this.error('decision/payload-count-mismatch', { targets: count.n, units }, base.span);
      const nums = parts.map((f) => (f.level === 'articles' && /^第/.test(f.text) ? f.articles[0].num : undefined));
      if (!nums.every((x) => x !== undefined)) return this.error('decision/unnumbered-articles', { count: count.image }, base.span);
      this.push({ kind: 'replaceNode', ...base, level, target, content: parts[0] });
      for (let i = 1; i < count.n; i++) this.push({ kind: 'insertNode', ...base, level, after: target, as: { article: nums[i] }, content: parts[i] });
      return;
    }
    if (count.level !== 'article' && units !== count.n) return this.error('decision/payload-count-mismatch', { targets: count.n, units }, base.span);
    this.dropDraftsUnder(target);
    this.push({ kind: 'replaceNode', ...base, level, target, content });
  }

  /**
   * 改为两款 / 分为两款，修改为：… / 改为三条，作为第十二条、第十三条、第十四条，修改为：… /
   * 改为两条，分别作为第十五条、第十六条 (text given by 内容如下): one provision made several.
   */
  private divide(c: Extract<Clause, { kind: 'divide' }>, base: Base, explicit: boolean): void {
    const targets = explicit ? this.places(c.targets!, base.span) : this.at.contextTarget(base.span);
    if (!targets || targets.length !== 1) return;
    const target = targets[0];
    if (c.payload) {
      if (c.as?.length && c.count.level === levelOf(target)) this.replaceInto(target, c.as, c.payload, base);
      else this.replaceCounted(target, c.count, c.payload, base);
      return;
    }
    if (!c.as?.length) {
      // 分解为两款，将其中“…”的规定调整作为第二款: the words the item moves next make the division.
      this.dividing = { target, what: c.count.image, span: base.span };
      return;
    }
    // The text comes with 内容如下: the first new number is the provision's own, the others follow it.
    const as = this.at.expand(c.as.map((t) => ({ addr: own(this.at.fresh(t.sel)), range: t.range })), base.span);
    if (!as) return;
    const level = levelOf(target);
    as.forEach((a, i) => {
      if (i === 0) {
        this.push({ kind: 'move', ...base, level, source: target, to: this.withNewHeading(a) });
        this.out.push({ op: { kind: 'replaceNode', ...base, level, target }, as: [a], number: a.article?.n, filled: false });
      } else {
        this.out.push({ op: { kind: 'insertNode', ...base, level, after: target, as: a }, as: [a], number: a.article?.n, filled: false });
      }
    });
  }

  /**
   * 进行修改，作为第五条：“…” — a provision given new text where it goes: a 项
   * or 款 that becomes an article is a split with that text; an article that
   * takes another number moves there (into a new chapter of this item: its
   * text may come with 内容如下); an article that becomes a 款 of the article
   * it is renumbered to (将第四条进行修改，作为第十条第三款) keeps its words.
   */
  private rework(c: Extract<Clause, { kind: 'rework' }>, base: Base): void {
    const targets = this.places(c.targets, base.span);
    if (!targets) return;
    const dests = this.at.expand(c.as.map((t) => ({ addr: this.at.fresh(t.sel), range: t.range })), base.span);
    if (!dests || dests.length !== targets.length) {
      this.error('decision/count-mismatch', { from: targets.length, to: dests?.length ?? 0 }, base.span);
      return;
    }
    targets.forEach((target, i) => {
      const dest = dests[i];
      const from = levelOf(target);
      const to = levelOf(dest);
      if (to === 'article' && from !== 'article') {
        const op: Operation = { kind: 'split', ...base, level: 'article', source: target, as: own(dest) };
        if (c.payload) op.content = fragmentOf(c.payload, 'article', this.env);
        this.push(op);
        this.made = { n: dest.article!.n, source: target, added: new Set() };
        return;
      }
      if (from === 'article' && dest.article) {
        if (dest.article.n !== target.article!.n) {
          this.push({ kind: 'renumber', ...base, level: 'article', target, to: { article: dest.article } });
          this.renumbered.set(dest.article.n, target);
        }
        this.at.last = target;
        if (to !== 'article') return;
        if (c.payload) {
          this.push({ kind: 'replaceNode', ...base, level: 'article', target, content: fragmentOf(c.payload, 'article', this.env) });
          return;
        }
        // The text comes with 内容如下, and the article goes where it is numbered (a new chapter of this item).
        this.out.splice(this.out.findIndex((o) => !isDraft(o) && o.kind === 'renumber' && o.target === target), 1);
        this.push({ kind: 'move', ...base, level: 'article', source: target, to: this.withNewHeading(own(dest)) });
        this.out.push({ op: { kind: 'replaceNode', ...base, level: 'article', target }, as: [own(dest)], number: dest.article.n, filled: false });
        return;
      }
      this.renumberOrMove([target], [c.as[i] ?? c.as[0]], '作为', base);
    });
  }

  /** An article numbered into a chapter this item adds goes into that chapter. */
  private withNewHeading(to: Address): Address {
    const chapter = this.out.find((o): o is Draft => isDraft(o) && o.op.kind === 'insertNode' && o.op.level === 'chapter');
    return chapter?.as[0]?.chapter ? { chapter: chapter.as[0].chapter, ...to } : to;
  }

  private merge(targetItems: TargetItem[], asSel: Sel | undefined, payload: Quote[] | undefined, title: Quote | undefined, base: Base): void {
    const targets = this.places(targetItems, base.span);
    if (!targets?.length) return;
    const as = asSel ? own(this.at.fresh(asSel)) : own(targets[0]);
    if (payload && as.article && this.mergeAcross(targets, as, payload, base)) return;
    const level = levelOf(targets[0]);
    const op: Operation = { kind: 'merge', ...base, level, targets, as };
    // Without new text (合并为一款) the merged node keeps the words of its parts; 章名修改为 names a merged chapter.
    if (payload) op.content = fragmentOf(payload, level, this.env);
    else if (title) op.content = { level: 'heading', text: title.text };
    this.push(op);
  }

  /**
   * 将第七条第一款和第十条第二款合并，作为第十四条，修改为：… / 将第四十五条第一款和
   * 第四十八条合并，作为第五十二条: parts of different articles made one new
   * article with the text given. The articles merged keep their place (a single
   * one is restated and renumbered); with none, the first 款 becomes the article.
   * The other parts go.
   */
  private mergeAcross(targets: Address[], as: Address, payload: Quote[], base: Base): boolean {
    const articles = targets.filter((t) => levelOf(t) === 'article');
    const parts = targets.filter((t) => levelOf(t) !== 'article');
    const containers = new Set(parts.map((t) => JSON.stringify(above(t, levelOf(t)))));
    if (!parts.length || (!articles.length && containers.size < 2)) return false;
    const content = fragmentOf(payload, 'article', this.env);
    if (articles.length > 1) this.push({ kind: 'merge', ...base, level: 'article', targets: articles, as, content });
    else if (articles.length === 1) {
      const target = articles[0];
      if (target.article!.n !== as.article!.n) this.push({ kind: 'renumber', ...base, level: 'article', target, to: as });
      this.push({ kind: 'replaceNode', ...base, level: 'article', target, content });
    } else this.push({ kind: 'split', ...base, level: 'article', source: parts[0], as, content });
    for (const t of articles.length ? parts : parts.slice(1)) this.push({ kind: 'deleteNode', ...base, level: levelOf(t), target: t });
    return true;
  }

  /**
   * 第八条改为第九条 states a new number. A 款 or 项 given an article's number
   * (将第八条第三款移作第四十九条, …作为第四十九条) becomes an article of its own:
   * a split that keeps its words. One given a place in another container or
   * at another level (移作第七条第二款, 原第六项修改为第二款第一项) moves there.
   * An article given a 款 of the article it is renumbered to (将第四十二条改为
   * 第四十三条第二款) keeps being that article: the item's own insertions make
   * the other 款.
   */
  private renumberOrMove(targets: Address[], toItems: TargetItem[], verb: string, base: Base): void {
    const dests = toItems.map((t) => this.at.fresh(t.sel));
    // 将第三十条改为第三十七条第一款、第二款: the article is those 款 of its new number.
    const intoParagraphs = dests[0]?.article && dests.every((d, i) => d.paragraph !== undefined && !d.item && (i === 0 || !d.article || d.article.n === dests[0].article!.n));
    if (targets.length === 1 && levelOf(targets[0]) === 'article' && intoParagraphs) {
      const target = targets[0];
      const n = dests[0].article!.n;
      if (n !== target.article!.n) this.push({ kind: 'renumber', ...base, level: 'article', target, to: { article: dests[0].article } });
      this.renumbered.set(n, target);
      this.at.last = target;
      return;
    }
    if (targets.length > 1 && dests.length === 1 && levelOf(dests[0]) === 'article' && this.paragraphsToArticle(targets, dests[0], base)) return;
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
      else if (heads(target, dest)) {
        // 将第四十三条第二款改为第四十八条第一款: the 款 heads an article of its own; the item may add its other 款.
        const as = { article: dest.article };
        this.push({ kind: 'split', ...base, level: 'article', source: target, as });
        this.made = { n: dest.article!.n, source: target, added: new Set([1]) };
      } else if (kinds[i] === 'renumber') this.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: own(dest) });
      else this.push({ kind: 'move', ...base, level: levelOf(target), source: target, to: this.destination(target, dest) });
    });
  }

  /**
   * 将第七条第二款、第三款改为第十五条: the first 款 becomes the new article,
   * the others follow it there as its further 款.
   */
  private paragraphsToArticle(targets: Address[], dest: Address, base: Base): boolean {
    const first = targets[0];
    if (!targets.every((t) => levelOf(t) === 'paragraph' && sameAddress(above(t, 'paragraph'), above(first, 'paragraph')))) return false;
    const as = own(dest);
    this.push({ kind: 'split', ...base, level: 'article', source: first, as });
    targets.slice(1).forEach((t, i) => this.push({ kind: 'move', ...base, level: 'paragraph', source: t, to: { article: as.article, paragraph: i + 2 } }));
    this.made = { n: as.article!.n, source: first, added: new Set(targets.map((_, i) => i + 1)) };
    return true;
  }

  /** Where a moved node goes, in full: a 项 given 第二款第一项 stays in its article. */
  private destination(target: Address, dest: Address): Address {
    // 将第二十九条第三款改为第三十七条第三款, after 将第三十条改为第三十七条第一款: the article this item renumbered.
    const renumbered = dest.article && !dest.article.sub ? this.renumbered.get(dest.article.n) : undefined;
    if (renumbered && dest.paragraph !== undefined) return { ...dest, ...renumbered };
    if (dest.article || dest.chapter || dest.part) return dest;
    const level = STRUCTURE.find((l) => dest[l as keyof Address] !== undefined) as Level | undefined;
    return level ? { ...above(target, level), ...dest } : dest;
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
    if (c.kind === 'replacePhrases' || c.kind === 'insertPhrase' || c.kind === 'deletePhrases' || c.kind === 'movePhrase' || c.kind === 'reorderPhrase') return false;
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
    const sentence = this.env.sentence.replace(/\s+/g, ' ');
    this.env.diagnostics.push(diagnostic(id, { what, sentence }, { file: this.env.file, span }));
  }

  private renumber(targets: Address[], toItems: TargetItem[], base: Base): void {
    const to = this.at.expand(toItems.map((t) => ({ addr: own(this.at.fresh(t.sel)), range: t.range })), base.span);
    if (!to) return;
    if (to.length !== targets.length) {
      this.error('decision/count-mismatch', { from: targets.length, to: to.length }, base.span);
      return;
    }
    targets.forEach((target, i) => {
      this.push({ kind: 'renumber', ...base, level: levelOf(target), target, to: to[i] });
      if (to[i].article && levelOf(target) === 'article') this.renumbered.set(to[i].article!.n, target);
    });
  }

  private insert(c: Extract<Clause, { kind: 'insert' }>, base: Base): void {
    const level = c.count.level;
    const full = c.as.map((t) => ({ addr: this.at.fresh(t.sel), range: t.range }));
    const as = full.length ? this.at.expand(full.map((f) => ({ addr: own(f.addr), range: f.range })), base.span) : [{}];
    if (!as?.length) return;
    const op: Extract<Draft['op'], { kind: 'insertNode' }> = { kind: 'insertNode', ...base, level, as: as[0] };
    // 作为第三章第二节 / 作为第六条第一款: the levels above the new node's own number name its container.
    const container = full.length ? this.container(above(full[0].addr, level)) : {};
    if (c.anchor) {
      const anchor = this.places(c.anchor.targets, base.span)?.[0];
      if (!anchor) return;
      // 在第X条第二款后增加一项: an anchor above the new node's level is its container.
      const shallower = STRUCTURE.indexOf(levelOf(anchor)) < STRUCTURE.indexOf(level);
      if (c.anchor.rel === 'in' || shallower) op.parent = anchor;
      else op[c.anchor.rel] = anchor;
    } else if (Object.keys(container).length) {
      op.parent = container;
      // 增加一款，作为第九条第一款：… then 删除第三款: a bare 款 after it is of 第九条.
      if (!this.at.last) this.at.last = container;
    } else if (level === 'paragraph' || level === 'item' || level === 'subitem') {
      const ctx = this.at.contextTarget(base.span)?.[0];
      if (!ctx) return;
      op.parent = above(ctx, level);
    }
    if (this.made && level === 'paragraph' && op.parent && sameAddress(op.parent, this.made.source)) {
      for (const a of as) if (a.paragraph) this.made.added.add(a.paragraph);
    }
    if (c.holds?.length && HEADINGS.has(level)) {
      const holds = this.at.expand(c.holds.map((t) => ({ addr: own(this.at.fresh(t.sel)), range: t.range })), base.span);
      if (holds?.length) op.holds = { from: holds[0], to: holds[holds.length - 1] };
    }
    const draft: Draft = { op, as, filled: false };
    this.out.push(draft);
    if (c.payload) this.fill(draft, c.payload);
    else if (c.name && HEADINGS.has(level)) {
      // 增加一章，作为第七章“公布”: the heading, which 内容如下 may complete with its articles.
      op.content = { level: 'heading', text: c.name.text };
      draft.filled = true;
    }
  }

  /**
   * 增加一章，作为第九章“附则”，将第五十四条改为第六十六条，列入本章 (or
   * ；增加一条，作为第六十六条：“…”，列入本章): the new heading holds the
   * articles renumbered or added since it was announced.
   * 增加一条，作为第九条：“…”，列入第四章: the new article goes into that heading
   * (original numbering), where its number puts it there: the heading named
   * outweighs an article it was to be put beside. 列入本章 after such an
   * insertion: the heading of the article it is put beside, where it goes.
   */
  private intoHeading(span: Span, named: Address | undefined): void {
    const i = named ? -1 : this.out.findLastIndex((o) => isDraft(o) && o.op.kind === 'insertNode' && HEADINGS.has(o.op.level));
    const heading = i < 0 ? undefined : (this.out[i] as Draft);
    const held = this.out.slice(i + 1).flatMap(heldArticle);
    // Only a heading announced alone (增加一章，作为第九章“附则”) waits for the articles put into it.
    if (heading?.op.kind === 'insertNode' && (!heading.filled || heading.op.content?.level === 'heading') && held.length) {
      const prev = heading.op.holds;
      heading.op.holds = { from: prev?.from ?? { article: held[0] }, to: { article: held[held.length - 1] } };
      return;
    }
    const article = this.out.findLast((o): o is Draft => isDraft(o) && o.op.kind === 'insertNode' && o.op.level === 'article');
    if (heading || article?.op.kind !== 'insertNode') {
      this.error('decision/no-context', {}, span);
      return;
    }
    if (!named) return;
    article.op.parent = named;
    delete article.op.after;
    delete article.op.before;
  }

  /**
   * The container an insertion names, in the original numbering: an article
   * this item renumbered (将第四条…作为第十条, 增加两款，作为第十条第一款、第二款)
   * is named by its new number; one it made of a 项 (作为第六条) by that 项.
   */
  private container(addr: Address): Address {
    const n = addr.article && !addr.article.sub ? addr.article.n : undefined;
    if (n === undefined || Object.keys(addr).length !== 1) return addr;
    if (this.made?.n === n) return this.made.source;
    return this.renumbered.get(n) ?? addr;
  }

  private fill(draft: Draft, payload: Quote[]): void {
    const { op, as } = draft;
    if (op.kind !== 'insertNode') {
      op.content = fragmentOf(payload, op.level, this.env);
      draft.filled = true;
      return;
    }
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
    draft.filled = true;
  }

  /** 内容如下：“…” completes the provisions announced before it. */
  private content(payload: Quote[], span: Span): void {
    const drafts = this.out.filter((o): o is Draft => isDraft(o) && !o.filled);
    const numbered = this.out.filter((o): o is Draft => isDraft(o) && o.number !== undefined && !o.filled);
    const heading = this.out.find((o): o is Draft => isDraft(o) && o.op.kind === 'insertNode' && HEADINGS.has(o.op.level) && (!o.filled || o.op.content?.level === 'heading'));
    if (numbered.length && heading) {
      // 在第一章后增加一章…；对第四十八条…进行修改，分别作为第十三条…。内容如下: the heading to the chapter, each article to its own.
      this.distribute(payload, heading, numbered, span);
      return;
    }
    if (heading) {
      // 增加一节…；增加五条…。内容如下：the text is the new section, heading and articles.
      this.fill(heading, payload);
      for (const d of drafts) if (d !== heading && d.op.kind === 'insertNode') this.out.splice(this.out.indexOf(d), 1);
      return;
    }
    if (!drafts.length) {
      // 第十八条改为第十九条，内容为：“…” — the place named before, restated.
      const last = this.at.last;
      if (last) this.replaceNodes([last], payload, { rule: this.env.rule, item: this.env.item, span });
      else this.error('decision/missing-payload', { what: '内容如下' }, span);
      return;
    }
    for (const d of drafts) this.fill(d, payload);
  }

  /** A payload of a heading and numbered articles, shared out by number. */
  private distribute(payload: Quote[], heading: Draft, numbered: Draft[], span: Span): void {
    const whole = fragmentOf(payload, 'chapter', this.env);
    const articles = whole.level === 'articles' ? whole.articles : [];
    const title = whole.level === 'articles' ? (whole.divisions?.[0]?.title ?? '') : whole.text;
    if (heading.op.kind === 'insertNode') {
      heading.op.content = { level: 'heading', text: title };
      const nums = numbered.map((d) => d.number!).sort((a, b) => a - b);
      heading.op.holds = { from: { article: { n: nums[0] } }, to: { article: { n: nums[nums.length - 1] } } };
    }
    heading.filled = true;
    const lines = whole.text.split('\n');
    for (const d of numbered) {
      const article = articles.find((a) => a.num.n === d.number && !a.num.sub);
      if (!article) {
        this.error('decision/missing-payload', { what: `第${d.number}条` }, span);
        continue;
      }
      const text = articleText(lines, d.number!);
      d.op.content = { level: 'articles', text, articles: [article] };
      d.filled = true;
    }
  }

  private dropDraftsUnder(target: Address): void {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const o = this.out[i];
      if (isDraft(o) && !o.filled && o.op.kind === 'insertNode' && o.op.parent && sameAddress(above(o.op.parent, 'paragraph'), target)) this.out.splice(i, 1);
    }
  }
}

/** 第二章立法规划 / 第三节　监督 → the heading's level, number and title. */
const HEADING_TITLE = new RegExp(`^${HEADING_LABEL}[\\s\\u3000]*(\\S.*)$`);

function headingOf(text: string): { level: 'part' | 'chapter' | 'section'; n: number; title: string } | undefined {
  const m = HEADING_TITLE.exec(text);
  const n = m ? fromChinese(m[1]) : undefined;
  if (!m || n === undefined || m[2] === '分编') return undefined;
  return { level: /[编編]/.test(m[2]) ? 'part' : m[2] === '章' ? 'chapter' : 'section', n, title: m[3] };
}

/** A 款 or 项 given the first 款 of an article (第Y条第一款) starts that article. */
function heads(target: Address, dest: Address): boolean {
  const from = levelOf(target);
  return (from === 'paragraph' || from === 'item') && dest.article !== undefined && dest.paragraph === 1 && dest.item === undefined && !sameAddress(above(target, 'article'), { article: dest.article });
}

/**
 * The quotations of a clause that state their length, in the order its fields
 * hold them; a walk that allocates nothing (it runs on every clause). Places
 * (a target's `sel`, a Sel's `refs`) hold only the words naming a heading,
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
  if (o.sel !== undefined || o.refs !== undefined) return out;
  for (const k in o) statedQuotes(o[k], out);
  return out;
}

/** The new number (NEW numbering, as `holds` counts) of an article renumbered or added by one of an item's operations. */
function heldArticle(o: Operation | Draft): NonNullable<Address['article']>[] {
  if (!isDraft(o)) return o.kind === 'renumber' && o.level === 'article' && o.to.article ? [o.to.article] : [];
  if (o.op.kind !== 'insertNode' || o.op.level !== 'article' || !o.op.as.article) return [];
  // 增加两条，作为第十条、第十一条：“第十条…”“第十一条…”: one insertion, numbered by its payload.
  const many = o.op.content?.level === 'articles' ? o.op.content.articles.map((a) => a.num) : [];
  return many.length > 1 ? many : [o.op.as.article];
}

function isDraft(o: Operation | Draft): o is Draft {
  return 'op' in o && 'filled' in o;
}

function pair(from: Quote, to: Quote): { from: string; to: string; occurrence?: number } {
  return from.occurrence ? { from: from.text, to: to.text, occurrence: from.occurrence } : { from: from.text, to: to.text };
}

/** The lines of one article of a payload, from its 第X条 to the next article or heading. */
function articleText(lines: string[], n: number): string {
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const m = /^第([零〇一二两三四五六七八九十百千0-9]+)条/.exec(line);
    if (m || /^第[零〇一二两三四五六七八九十百千0-9]+[章节编]/.test(line)) inside = !!m && fromChinese(m[1]) === n;
    if (inside) out.push(line);
  }
  return out.join('\n');
}

/** Document order of two addresses of one level. */
function compareAddresses(a: Address, b: Address): number {
  for (const l of STRUCTURE) {
    const x = a[l as keyof Address];
    const y = b[l as keyof Address];
    const nx = typeof x === 'object' ? x.n * 1000 + (x.sub ?? 0) : (x as number | undefined);
    const ny = typeof y === 'object' ? y.n * 1000 + (y.sub ?? 0) : (y as number | undefined);
    if (nx !== ny) return (nx ?? 0) - (ny ?? 0);
  }
  return 0;
}

/** A target naming a sentence (第二款第二句) acts on that sentence, not its 款. */
function levelOrSentence(target: Address): Level {
  return target.sentence !== undefined ? 'sentence' : levelOf(target);
}
