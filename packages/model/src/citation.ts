import type { ArticleChange } from './consolidation.ts';
import type { Span } from './position.ts';
import type { ArticleNumber } from './tree.ts';

/**
 * Citations of one rule by another (公司法第一百八十三条), the old→new map of
 * a rule's provisions across an amendment, and the impact of that amendment
 * on every document that cites the rule. Specified in docs/citations.md.
 */

/** What a citation names: 第十二条, 第十二条第一款, 第十二条第一款第三项, 第十二条第三项 (no 款 written). */
export interface Provision {
  article: ArticleNumber;
  paragraph?: number;
  item?: number;
  subitem?: number;
}

/** How the cited rule was named. */
export type LawNaming =
  /** 《中华人民共和国公司法》, 《最高人民法院关于适用〈…〉的解释》 */
  | 'title'
  /** 公司法, 民事诉讼法: a name without book-title marks */
  | 'short'
  /** a name the document defines itself: （以下简称民诉法解释） */
  | 'alias'
  /** 该法, 该条例: the rule mentioned last */
  | 'anaphora';

export interface CitedLaw {
  /** The name as written (《中华人民共和国公司法》, 公司法, 该法). */
  written: string;
  naming: LawNaming;
  /** The name the citation stands for, marks removed: 中华人民共和国公司法, 公司法. */
  name: string;
  /** The title of the rule of the corpus it resolves to, when one does. */
  title?: string;
  /** 修正前, 修订前, 原, 1997年: the citation names an earlier text of the rule on purpose. */
  qualifier?: string;
}

/** One provision of a citation's list; `through` closes a range (第八条至第十条). */
export interface CitationTarget {
  provision: Provision;
  through?: Provision;
  /** The atom as written (第一百五十一条第二款), and its offsets in the unit's text. */
  text: string;
  start: number;
  end: number;
  /**
   * Written in a shortened list, its numbers sharing one 第 or one level word
   * with the others (第四、六项, 第三至五项, 、三十八条, 第（一）至（三）项): its text
   * is not a label of its own, so a rewrite writes the list out in full.
   */
  shared?: true;
}

export interface Citation {
  /** Name and list as written: 公司法第七十一条第二款、第三款 */
  text: string;
  law: CitedLaw;
  targets: CitationTarget[];
  /** Id of the 款, 项 or 目 whose text holds it. */
  where: string;
  /** Offsets in that unit's text (end exclusive). */
  start: number;
  end: number;
  /**
   * A citation broken by a line break (依照公司法第一百 / 八十三条): the ids of the
   * units it runs on into. `end` then counts through the units' words joined.
   */
  runsOn?: string[];
  /** Where it is in the source file, when the document was read from one. */
  span?: Span;
}

/** A 款, 项 or 目 of an old article, and where its words went. */
export interface ProvisionLink {
  before: Provision;
  /** Empty when nothing in the new version holds its words. */
  after: Provision[];
  /** 0…1: 1 for identical words or a decision's own statement. */
  confidence: number;
  textChanged: boolean;
}

/** One row of a map: an ArticleChange with how sure the pairing is. */
export interface MapRow extends ArticleChange {
  /** 0…1: 1 for identical words or a decision's own statement. */
  confidence: number;
  /** Paired out of order: the article moved past others (a 修订 reordering chapters). */
  moved: boolean;
  /** The 款 and 项 of the old articles, where they went. */
  provisions: ProvisionLink[];
}

export interface MapVersion {
  /** YYYY-MM-DD, when known. */
  date?: string;
  file?: string;
}

/** The old→new map of one rule's provisions across an amendment. */
export interface VersionMap {
  /** The rule's title. */
  law: string;
  from: MapVersion;
  to: MapVersion;
  /** `decision`: the engine applied it; `alignment`: two versions compared article by article. */
  basis: 'decision' | 'alignment';
  /** The decision's title, for a decision map. */
  decision?: string;
  rows: MapRow[];
}

/** What an amendment does to one cited provision. */
export type ImpactStatus = 'renumbered' | 'deleted' | 'text-changed' | 'unchanged';

export interface TargetImpact {
  before: Provision;
  through?: Provision;
  status: ImpactStatus;
  /** Where the provision is now (several when it was split); empty when deleted. */
  after: Provision[];
  /** The atom rewritten in the new numbering, when there is one. */
  newText?: string;
  textChanged: boolean;
  confidence: number;
  /** Why a person should look at it even though a new number is given. */
  review?: 'split' | 'merged' | 'low-confidence' | 'range-broken' | 'not-in-old';
}

export interface CitationImpact {
  citation: Citation;
  /** The words of the 款 or 项 holding the citation, for showing it in place. */
  context: string;
  /** The most serious status of its targets (deleted > renumbered > text-changed > unchanged). */
  status: ImpactStatus;
  targets: TargetImpact[];
  /** The whole citation rewritten in the new numbering, when every target has a new place. */
  newText?: string;
}

/** Which text of the cited rule a document's citations are read against. */
export type CitedVersion =
  /** dated between the old and the new version: its numbers are the old version's */
  | 'old'
  /** dated before the old version: it may use a numbering older still */
  | 'earlier'
  /** no date known: read as the old version */
  | 'undated';

export interface DocumentImpact {
  title: string;
  file?: string;
  date?: string;
  version: CitedVersion;
  /** For an `earlier` document: the date of the rule's text in force when it was written, from the rule's 题注. */
  inForce?: string;
  citations: CitationImpact[];
}

export interface ImpactReport {
  law: string;
  from: MapVersion;
  to: MapVersion;
  basis: VersionMap['basis'];
  decision?: string;
  /** Documents citing an article whose number or text changes. */
  documents: DocumentImpact[];
  /** Documents citing the rule where nothing cited changes. */
  unaffected: { title: string; file?: string; citations: number }[];
  /** Documents dated on or after the new version: their numbers are already the new ones. */
  current: { title: string; file?: string; date?: string; citations: number }[];
  /** Citations that name an earlier text on purpose (修正前的刑法第X条): never rewritten. */
  historical: number;
  /** Amending instruments citing the rule (修正案, 关于修改…的决定): they record history and are never conformed. */
  instruments: { title: string; file?: string }[];
  /** The words of every article cited, old and new, by label (第一百八十三条), for a reviewer to compare. */
  articles: { before: Record<string, string>; after: Record<string, string> };
}
