import type { Address, ArticleNumber, InsertNodeOp, Level, MessageId, MoveOp, Operation, ReplaceNodeOp, Span } from '@amend/model';
import { addressLabel, diagnostic } from '@amend/model';
import type { TargetItem } from './clauses.ts';
import type { Described } from './described-division.ts';
import type { PayloadEnv } from './payload-fragment.ts';
import { Places } from './place-context.ts';

/**
 * What resolving one decision item keeps as it goes (item-resolver.ts reads
 * the clauses; phrase-, node-, numbering- and insert-clauses.ts turn each
 * family into operations): the places named so far, the operations made,
 * and what the item itself numbered, made or divided.
 */

export interface ResolveEnv extends PayloadEnv {
  rule: string;
  item: string;
  /** The sentence being resolved, for messages. */
  sentence: string;
}

/** What every operation of a clause carries. */
export type Base = { rule: string; item: string; span: Span };

/** An insertion or replacement still waiting for its text (内容如下), kept in place among the item's operations. */
export interface Draft {
  op:
    | (Omit<InsertNodeOp, 'content'> & { content?: InsertNodeOp['content'] })
    | (Omit<ReplaceNodeOp, 'content'> & { content?: ReplaceNodeOp['content'] });
  as: Address[];
  /** A provision that goes where the text puts it: filled with the payload's article of its number. */
  number?: number;
  filled: boolean;
}

export const HEADINGS = new Set<Level>(['part', 'chapter', 'section']);

const NO_NUMBERS: ReadonlyMap<number, Address> = new Map();

export class ItemState {
  readonly at: Places;
  readonly out: (Operation | Draft)[] = [];
  /** The text replacement a bare “C”修改为“D” joins. */
  lastText: Operation | undefined;
  /** 将第十条修改后分作第十五条和第十六条: the article the item divides (its first part keeps being it). */
  divided: Address | undefined;
  /** The 款 the clause just before made one article (将第十条第一款至第三款改为第十五条): what a bare 修改为 restates. */
  joined: Address[] | undefined;
  /**
   * The places of the renumberings just made, one clause after another joined by ， (for 其中 after
   * them all), and where the last of them ends in the item's text.
   */
  renumberRun: { places: Address[]; end: number } | undefined;
  /** New article numbers this item gives (将第四条…作为第十条): the original each one names (made on the first: most items give none). */
  private numbers: Map<number, Address> | undefined;
  /** A provision divided with no text given (分解为两款): a move of its words must follow. */
  dividing: { target: Address; what: string; span: Span } | undefined;
  /** 其中第二款分成两项 with its text still to come: what the restatement of the place named before is checked against. */
  described: Described | undefined;
  /** Moves of a restated 项 within its 款, whose new number is known once the item is read (numbering-clauses.ts). */
  settle: MoveOp[] | undefined;
  /** A new article this item makes of a provision (第三条第三项…作为第六条), and the 款 it adds to it. */
  made: { n: number; source: Address; added: Set<number> } | undefined;
  /** 增加四条，分别作为第八条：“…” then 第九条：“…”…: the articles announced, the number of the next, how many are left. */
  announced: { draft: Draft; count: number; next: number; left: number; span: Span } | undefined;

  constructor(readonly env: ResolveEnv) {
    this.at = new Places(this);
  }

  /** New article numbers this item gives, each with the original it names. */
  get renumbered(): ReadonlyMap<number, Address> {
    return this.numbers ?? NO_NUMBERS;
  }

  /** This item gives the article `original` the number `n`. */
  renumber(n: number, original: Address): void {
    (this.numbers ??= new Map()).set(n, original);
  }

  /**
   * Places as written → original addresses. A bare 第二款 right after this item
   * made a new article of a provision and added 款 to it (第三条第三项…作为第六条，
   * 并增加一款，作为第六条第一款 / 在第二款“…”前增加) names that provision.
   */
  places(items: TargetItem[], span: Span): Address[] | undefined {
    const made = this.made;
    if (made && items.length === 1 && items[0].kind === 'refs') {
      const refs = items[0].refs;
      if (refs.length === 1 && refs[0].level === 'paragraph' && !made.added.has(refs[0].num) && made.added.size === refs[0].num - 1) {
        this.at.last = made.source;
        this.at.scope = [made.source];
        return [made.source];
      }
    }
    const list = this.at.places(items, span);
    if (list && items.some((t) => t.amended)) return this.amendedPlaces(items, list, span);
    for (let i = 0; i < items.length; i++) {
      if (!items[i].was) continue;
      const original = this.originalNumber(items[i], span);
      // 将第七条改为第八条，将第八条（原第七条）修改为: the article this item renumbered.
      if (original && list && list.length === items.length) {
        list[i] = { ...list[i], article: original };
        this.at.last = list[i];
      }
    }
    return list;
  }

  /**
   * 修改后的第五十一条: the article this item itself gave that number (原第四十八条改为第五十一条).
   * Any other is reported with its number and read as written: an earlier item that gives an article
   * that number names it (amended-numbers.ts, once every item is read); with none the error stands.
   */
  private amendedPlaces(items: TargetItem[], list: Address[], span: Span): Address[] | undefined {
    if (list.length !== items.length) return undefined;
    const out: Address[] = [];
    for (let i = 0; i < list.length; i++) {
      const addr = list[i];
      const n = addr.article && !addr.article.sub ? addr.article.n : undefined;
      const original = n === undefined ? undefined : this.renumbered.get(n)?.article;
      if (!original) {
        const target = items[i].refs.map((r) => r.image).join('');
        if (n === undefined) {
          this.error('decision/amended-number-unknown', { target }, span);
          return undefined;
        }
        this.error('decision/amended-number-unknown', { target, article: n }, span);
        out.push(addr);
        continue;
      }
      out.push({ ...addr, article: original });
    }
    this.at.last = out[out.length - 1];
    this.at.scope = out;
    return out;
  }

  /**
   * 第八条（原第七条）: when this item itself gave 第七条 the number 第八条 the
   * note names that article (in the original numbering); when it numbers
   * either otherwise the two disagree (a warning, read as written); else the
   * place is read as written, in the numbering of the rule amended (an
   * earlier amendment renumbered it), and the note is reported.
   */
  private originalNumber(sel: TargetItem, span: Span): ArticleNumber | undefined {
    const was = sel.was!;
    const written = sel.refs.find((r) => r.level === 'article')?.article;
    const target = sel.refs.map((r) => r.image).join('');
    const given = written && !written.sub ? this.renumbered.get(written.n) : undefined;
    const numbered =
      was.article && [...this.renumbered.entries()].find(([, a]) => a.article?.n === was.article!.n && a.article?.sub === was.article!.sub);
    const agrees = given?.article && was.article && given.article.n === was.article.n && given.article.sub === was.article.sub;
    if (!agrees && (given || numbered)) {
      const other = given ? addressLabel(given) : `第${numbered![0]}条`;
      this.error('decision/original-number-conflict', { target, was: was.image, other }, span);
      return undefined;
    }
    if (agrees) return given.article;
    const sentence = this.env.sentence.replace(/\s+/g, ' ');
    // The numbers too, for a later look at what the decision's earlier items renumbered (decision-numbering.ts).
    const numbers: Record<string, number> =
      written && !written.sub && was.article && !was.article.sub ? { article: written.n, original: was.article.n } : {};
    this.env.diagnostics.push(
      diagnostic('decision/original-number-noted', { target, was: was.image, sentence, ...numbers }, { file: this.env.file, span }),
    );
    return undefined;
  }

  push(op: Operation): void {
    this.out.push(op);
  }

  /** Every problem names the sentence it was found in (in `data.sentence`). */
  error(id: MessageId, data: Record<string, string | number>, span: Span): void {
    const sentence = this.env.sentence.replace(/\s+/g, ' ');
    this.env.diagnostics.push(diagnostic(id, { ...data, sentence }, { file: this.env.file, span }));
  }

  /**
   * The places of a clause on whole provisions (修改为：“…”, 删去, 分为, 合并): the rule named alone (《某条例》,
   * 本办法: no place, the whole rule for words) is an error there, not an empty list of provisions.
   */
  provisions(targets: Address[] | undefined, what: string, span: Span): Address[] | undefined {
    if (!targets || targets.length) return targets;
    this.error('decision/rule-as-provision', { what }, span);
    return undefined;
  }

  /** An instruction read but not carried out (a part of a sentence, a move no address can name). */
  unsupported(id: 'decision/unsupported-instruction' | 'decision/unsupported-move', what: string, span: Span): void {
    this.error(id, { what }, span);
  }
}

export function isDraft(o: Operation | Draft): o is Draft {
  return 'op' in o && 'filled' in o;
}
