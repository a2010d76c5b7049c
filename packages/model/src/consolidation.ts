import type { Diagnostic } from './diagnostic.ts';
import type { OperationKind } from './operation.ts';
import type { Span } from './position.ts';
import type { ArticleNumber, Document } from './tree.ts';

/**
 * What the engine returns for one rule: both versions and the old→new
 * mapping every output (diffs, 对照表, reports) is built from.
 */

export type ArticleChangeStatus = 'unchanged' | 'modified' | 'renumbered' | 'inserted' | 'deleted' | 'merged' | 'split';

/** One row of the old→new mapping, at article level. */
export interface ArticleChange {
  status: ArticleChangeStatus;
  /** Original articles (empty for an inserted one; several for a merge). */
  before: { id: string; num: ArticleNumber }[];
  /** New articles (empty for a deleted one; several for a split). */
  after: { id: string; num: ArticleNumber }[];
  /** Text changed as well as (or instead of) the number. */
  textChanged: boolean;
  /** Paths of the decision items that touched it (三（四）). */
  items: string[];
}

export type ReferenceStatus = 'unchanged' | 'auto-renumbered' | 'rewritten-by-decision' | 'external' | 'dangling' | 'relative-shifted';

/** One cross-reference found in the rule, and what became of it. */
export interface ReferenceReport {
  /** The reference as written, e.g. 本办法第八条, 前款. */
  text: string;
  /** Id of the node holding it, in the version it is reported from. */
  where: string;
  /** Ids of the targets in the original numbering. */
  oldTarget: string[];
  /** The reference after renumbering, when it still resolves. */
  newText?: string;
  newTarget?: string[];
  status: ReferenceStatus;
}

/** One operation as applied, for the report. */
export interface AppliedOperation {
  item: string;
  kind: OperationKind;
  /** Ids of the nodes it targeted, in the original numbering. */
  targets: string[];
  span: Span;
}

export interface Consolidation {
  before: Document;
  after: Document;
  changes: ArticleChange[];
  references: ReferenceReport[];
  applied: AppliedOperation[];
  diagnostics: Diagnostic[];
}
