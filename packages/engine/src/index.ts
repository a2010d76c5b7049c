// Public API of @amend/engine.
export { applyAmendment } from './apply-amendment.ts';
export { consolidateCorpus, findAmendment } from './corpus.ts';
export type { CorpusResult } from './corpus.ts';
export { findReferences } from './xref/find.ts';
// How a decision's phrase is found in a rule's text (layout folded), for tools that choose phrases.
export { findAll, fold, longerWord } from './match.ts';
export type { Folded, Hit } from './match.ts';
export type { DecisionInfo } from './notes.ts';
export { normaliseTitle } from './corpus.ts';
export { scanReferences, componentText } from './xref/scan.ts';
export type { Atom, Component, Digits, RefMatch } from './xref/scan.ts';
