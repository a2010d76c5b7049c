// Public API of @amend/cite: citations across rules, old→new maps, impact reports, conforming decisions.
export { findCitations } from './citations.ts';
export type { FindOptions } from './citations.ts';
export { Corpus, CorpusEntry, versionDate } from './corpus-texts.ts';
export type { CorpusFile } from './corpus-texts.ts';
export { LawIndex, sameRule } from './law-names.ts';
export type { LawVersion, Work } from './law-names.ts';
export { mapFromVersions, mapFromConsolidation, mapFromJson } from './version-map.ts';
export { impactOf } from './impact-report.ts';
export type { ImpactInput } from './impact-report.ts';
export { provisionLabel } from './provision-label.ts';
export { mapText, impactText, citationsText } from './listing.ts';
export { conformDocument, conformDecision, CAUSE } from './conform.ts';
export type { ConformDraft, ConformSkip } from './conform.ts';
export { adjustCitations, adjustStatements } from './adjust-citations.ts';
export type { AdjustedCitation, AdjustStatement } from './adjust-citations.ts';
