// Public API of @amend/engine.
export { applyAmendment } from './apply-amendment.ts';
export { consolidateCorpus, findAmendment } from './corpus.ts';
export type { CorpusResult } from './corpus.ts';
export { findReferences } from './xref/find.ts';
export type { DecisionInfo } from './notes.ts';
export { normaliseTitle } from './corpus.ts';
export { scanReferences, componentText } from './xref/scan.ts';
export type { Atom, Component, Digits, RefMatch } from './xref/scan.ts';
