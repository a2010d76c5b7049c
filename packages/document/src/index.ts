// Public API of @amend/document (contract; implemented in the modules below).
export { decode } from './decode.ts';
export { parseDocument, parseRule, parseFragment } from './parse-rule.ts';
export type { ParseOptions } from './parse-rule.ts';
export { serialize } from './serialize.ts';
export { splitGazette } from './gazette.ts';
export type { GazetteEntry } from './gazette.ts';
export { assignIds, walk } from './tree-utils.ts';
export { metaFromLines } from './rule-meta.ts';
