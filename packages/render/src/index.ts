// Public API of @amend/render: outputs built from document trees and the engine's old→new mapping.
export { render, FORMATS } from './render.ts';
export type { Format } from './render.ts';
export { renderDocx } from './docx/printers.ts';
export { wordDiff } from './redline/word-diff.ts';
export type { Chunk } from './redline/word-diff.ts';
export { redlineHtml, redlineMd, articleDiff } from './redline/redline.ts';
export { comparisonTable, comparisonTitle } from './compare/table.ts';
export type { Comparison, Row, Cell, TableOptions } from './compare/table.ts';
export { comparisonHtml, comparisonTableHtml } from './compare/html.ts';
export { comparisonIndex } from './compare/index-page.ts';
export { comparisonMd, comparisonTableMd } from './compare/md.ts';
export { comparisonDocx } from './compare/docx.ts';
export { diffDocuments } from './compare/align.ts';
export { unifiedDiff } from './compare/unified.ts';
export { comparisonPlain } from './compare/plain.ts';
export type { UnifiedDiffOptions } from './compare/unified.ts';
