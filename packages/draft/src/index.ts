// Public API of @amend/draft: two versions of a rule → the decision between them (docs/draft.md).
export { draftDecision } from './draft-api.ts';
export type { DraftOptions, DraftResult } from './draft-api.ts';
export { STYLES } from './decision-style.ts';
export type { DraftStyle } from './decision-style.ts';
export { draftCorpus } from './multi-rule.ts';
export type { CorpusDraft, RuleFile } from './multi-rule.ts';
