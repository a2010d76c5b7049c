// Public API of @amend/pipeline: the one composition of the stages, shared by the command line and the preview.
export { amend, amendParsed, decisionInfo } from './amend.ts';
export type { Amended } from './amend.ts';
export { amendCorpus } from './corpus-run.ts';
export type { AmendedCorpus } from './corpus-run.ts';
export { readDecision } from './read-decision.ts';
export { escalateUnapplied } from './unapplied.ts';
export type { Parsed, Source } from './source.ts';
