import type { Address } from '@amend/model';
import type { PhraseKind } from './phrase.ts';

/**
 * What the drafter decided to say, before it is worded: each clause is one
 * conventional form of the drafting language. Every place is in the ORIGINAL
 * numbering; `as` gives the number a new node has in the new text.
 */
export type Clause =
  /** 将第三条中的“A”修改为“B”，“C”修改为“D”; 删去…中的“A”; 在…中的“A”后增加“B”. One or more places, one or more edits. */
  | { kind: 'phrases'; scope: Address[]; edits: { kind: PhraseKind; from: string; to: string }[] }
  /** 将第三条修改为：“…”; 将第三条第二款修改为：; 将第三条第二项修改为：“（二）…” */
  | { kind: 'replace'; target: Address; lines: string[] }
  /** 删去第五条; 删去第五条第二款、第三款; 删去第三章 */
  | { kind: 'delete'; targets: Address[] }
  /** 增加一条，作为第六条：; 在第六条后增加一条，作为第六条之一：; 第三条增加一款，作为第二款：; 在第三章中增加一条… */
  | {
      kind: 'insert';
      level: 'article' | 'paragraph' | 'item' | 'subitem';
      parent?: Address;
      after?: Address;
      before?: Address;
      as: Address;
      /** Further new nodes of one insertion (增加两条，作为第五条之一、第五条之二), their text labelled in `lines`. */
      more?: Address[];
      lines: string[];
    }
  /** 增加一章，作为第三章：“第三章　…”“第十条　…” (the heading and its articles) */
  | { kind: 'insertHeading'; level: 'part' | 'chapter' | 'section'; parent?: Address; as: Address; lines: string[] }
  /** 将第八条、第九条合并为第八条，修改为：“…” */
  | { kind: 'merge'; targets: Address[]; as: Address; lines: string[] }
  /** 将第三章章名修改为“…”; 将名称修改为“…” */
  | { kind: 'rename'; target: Address; level: 'title' | 'part' | 'chapter' | 'section'; title: string }
  /** 将引言修改为：“…” */
  | { kind: 'preamble'; lines: string[] }
  /** 将第八条改为第九条 — said before the other clauses of an article whose number changes. */
  | { kind: 'renumber'; target: Address; to: Address };

/** One numbered item of the decision: the clauses about one place, in the order they are said. */
export interface DraftItem {
  clauses: Clause[];
  /** Where it goes among the items: position of what it changes in the new text (deletions just before their successor). */
  at: number;
  /** The part of the plan it came from, to make it coarser when checking finds it wrong. */
  owner: string;
}
