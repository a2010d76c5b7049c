import type { Address, ArticleNumber, Level } from '@amend/model';

/**
 * What one clause of an instruction says, before context is applied: the
 * visitor builds these from the CST (no token goes further), the resolver
 * turns them into operations. Offsets are into the item's Segment.
 */

export type RefLevel = 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem' | 'naturalPara' | 'duan' | 'division';

export interface Ref {
  level: RefLevel;
  num: number;
  /** Articles only: 第一百三十三条之二. */
  article?: ArticleNumber;
  /** The reference as written, and where. */
  image: string;
  from: number;
  to: number;
}

/** 一条 / 两款 / 三项: what an insertion or a division counts. */
export interface Count {
  level: Level;
  n: number;
  image: string;
}

/** `body`: 正文 (正文第二段 with a reference); `answer`: 答复内容 — parts of a reply written without articles. */
export type PlaceKind = 'refs' | 'preamble' | 'intro' | 'title' | 'qi' | 'this' | 'whole' | 'body' | 'answer';

/**
 * A place as written, one entry of a target list: 第十六条第六项, 序言第七自然段, 其, 该条 …
 * read from the target's CST node; `range` when it closes a 第X条至第Y条 range.
 */
export interface TargetItem {
  kind: PlaceKind;
  refs: Ref[];
  /** 这一条 / 这一款 / 这一自然段 … */
  thisWord?: string;
  /** The rule named before the place (《中华人民共和国某某法》第十条), without 《》. */
  law?: string;
  /** 第二句 / 后两句 / 最后一句: a part of the unit no address can name. */
  part?: string;
  /** Words after the last reference that describe nothing (an error). */
  trailing?: { image: string; from: number };
  /** 第二章的章名: the heading of the part, chapter or section named. */
  heading?: boolean;
  /** 第一款第一自然段: the words of the 款 before its 项 (its lead-in). */
  lead?: boolean;
  /** 第十一条及其后条文 (from) / 以后各条, 其后各条 (after): on to the end of the rule. */
  onward?: 'from' | 'after';
  /** 第八条（原第七条）: the number it had before, as noted (its article, when it names one). */
  was?: { image: string; article?: ArticleNumber };
  /** 第五章“供水保障”: the heading's title written after its number. */
  name?: Quote;
  /** 除本条外，其他条文: the whole rule but the article of the place named last. */
  exceptThis?: true;
  /** ；“C”均修改为“D”: no words name the place; the whole rule is read from 均 after a ；. */
  implied?: true;
  /** 修改后的第五十一条: the number the article has once the decision is applied. */
  amended?: true;
  range: boolean;
  from: number;
  to: number;
}

export interface Quote {
  text: string;
  from: number;
  to: number;
  /** 第一处“…”: only that occurrence. */
  occurrence?: number;
  /** “审批后”三个字: the number of characters the decision says the words have. */
  stated?: { n: number; image: string };
}

interface ClauseBase {
  start: number;
  end: number;
  /** A quotation of the clause states its length (“擅自”二字): the resolver checks it. */
  stating?: true;
  /** 其中 opens the clause (其中第二款分成两项, 其中将…): its places are within the place named before. */
  within?: true;
}

/** Places of a replacement, each with its own words: 第三十条中的“A”、第四十条中的“B”修改为“C”. */
export interface PhraseGroup {
  targets?: TargetItem[];
  olds: Quote[];
}

export type Clause = ClauseBase &
  (
    | { kind: 'replacePhrases'; groups: PhraseGroup[]; news: Quote[]; restated: boolean; respectively: boolean }
    /** `sentence`: the words are a sentence or provision of their own (增加一句, 增加规定). */
    | { kind: 'insertPhrase'; targets?: TargetItem[]; anchor: Quote[]; position: 'after' | 'before'; text: Quote[]; sentence: boolean }
    | { kind: 'insertEdge'; targets?: TargetItem[]; position: 'start' | 'end'; text: Quote[]; sentence: boolean }
    /** `edge`: 最后面的“…” / 最前面的“…” — the last (first) occurrence only. */
    /** `nodes`: 删去第二项中的“A”和第五项 — places deleted whole, after the words. */
    | { kind: 'deletePhrases'; groups: { targets?: TargetItem[]; phrases: Quote[] }[]; edge?: 'start' | 'end'; nodes?: TargetItem[] }
    /** 将第一款中的“…。”调整为第四款: the words leave their place to become a provision of their own. */
    | { kind: 'movePhrase'; targets?: TargetItem[]; phrases: Quote[]; to: TargetItem[] }
    /** 将“玩忽职守”调整到“滥用职权”之后: words moved beside other words of the same place. */
    | { kind: 'reorderPhrase'; targets?: TargetItem[]; phrases: Quote[]; anchor: Quote; position: 'after' | 'before' }
    /** 将第二十二条，在“A”前增加“B”: a place named for the clauses after it. */
    /** `divides`: 将第十条修改后分作第十五条和第十六条 — the article is divided by the clauses after it. */
    | { kind: 'name'; targets: TargetItem[]; divides?: true }
    /** `shown`: 删除第三款：“…” — the words the provision has, quoted to show what goes. */
    | { kind: 'deleteNodes'; targets: TargetItem[]; shown?: Quote[] }
    | {
        kind: 'replaceNode';
        targets?: TargetItem[];
        renumberTo?: TargetItem[];
        into?: TargetItem[];
        count?: Count;
        payload?: Quote[];
        /** 修改为《新名称》: a title given as a book title. */
        title?: string;
        /** 修改为：“…”，作为第二十六条第一款: the place the text takes. */
        as?: TargetItem[];
        lead?: true;
        /** 将第二款、第三款分别修改为：“…”“…”: one text to each place, in order — never one text for them all. */
        respectively?: true;
      }
    /** `verb` as written: 改为, 作为, 移作, 移至, 调整为 (the last three may move a provision). */
    /** `content`: 作为第九条的内容：“…” — the text is the whole of what the provision becomes. */
    | { kind: 'renumber'; targets: TargetItem[]; to: TargetItem[]; verb: string; payload?: Quote[]; content?: true }
    | { kind: 'renameHeading'; targets?: TargetItem[]; title: Quote }
    | { kind: 'merge'; targets: TargetItem[]; as?: TargetItem; payload?: Quote[]; title?: Quote; count?: Count }
    /** 将第三章并入第二章 */
    | { kind: 'mergeInto'; targets: TargetItem[]; into: TargetItem }
    | { kind: 'split'; targets: TargetItem[]; as: TargetItem; payload?: Quote[] }
    /** 改为两款 / 分为两款，作为第一款、第二款，修改为：… / 改为三条，分别作为…: one provision made several. */
    | { kind: 'divide'; targets?: TargetItem[]; count: Count; as?: TargetItem[]; payload?: Quote[] }
    /** 进行修改，作为第五条：“…” / 对第四十八条进行修改，分别作为第十三条: new text where the provision goes. */
    | { kind: 'rework'; targets: TargetItem[]; as: TargetItem[]; payload?: Quote[] }
    | {
        kind: 'insert';
        anchor?: { rel: 'in' | 'after' | 'before'; targets: TargetItem[] };
        count: Count;
        /** The numbers announced; none (新增一项：“…”) puts the node after the last of its kind. */
        as: TargetItem[];
        payload?: Quote[];
        /** 作为第七章“公布”: a heading's title. */
        name?: Quote;
        /** 包括第一条至第七条: the articles a new heading holds. */
        holds?: TargetItem[];
        /** 在附则中新增一条: the title of the division it goes in, last. */
        into?: string;
        /** 在本章中增加一条: into the chapter (section, part) this item adds or names. */
        intoThis?: 'part' | 'chapter' | 'section';
      }
    | { kind: 'appendParagraph'; targets?: TargetItem[]; payload: Quote[] }
    /** 在第十七条第二款第一项中增加“…”: words with no place given among the words there. */
    | { kind: 'unplaced'; targets?: TargetItem[]; text: Quote[] }
    | { kind: 'unsupported'; what: string; targets?: TargetItem[] }
    /**
     * 列入本章: what this item just renumbered or inserted goes into the heading it adds, or the article
     * it inserted stays in the heading of the article it is put beside; 列入第三章: into that heading.
     */
    | { kind: 'intoHeading'; heading?: Address }
    | { kind: 'adjustOrder' }
    | { kind: 'adjustPair'; old: Quote; now: Quote }
    | { kind: 'content'; payload: Quote[] }
    /** 第九条：“…” on its own: the text of the next of several articles an insertion announced. */
    | { kind: 'numberedText'; targets: TargetItem[]; payload: Quote[] }
  );
