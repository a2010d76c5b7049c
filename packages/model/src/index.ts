export type { Point, Span, LineOrigin, ParagraphMap } from './position.ts';
export { LineIndex, lastAtMost, pointAt, paragraphPoint, placeLabel } from './position.ts';
export type { Diagnostic, Severity, Result } from './diagnostic.ts';
export { diagnostic, expectedText, hasErrors, messageText, severityText } from './diagnostic.ts';
export { messages } from './messages/index.ts';
export { termText } from './messages/terms.ts';
export type { MessageId, MessageEntry, Lang } from './messages/index.ts';
export type * from './tree.ts';
export { assertNever } from './tree.ts';
export type * from './operation.ts';
export { toChinese, fromChinese, NUMERAL_CHARS } from './numeral.ts';
export { isSpace, oneLine, physicalLines, squeezeSpaces } from './plain-text.ts';
export type { PhysicalLine } from './plain-text.ts';
export {
  addressLabel,
  articleSegment,
  articleLabel,
  headingNumber,
  idLabel,
  joinId,
  compareArticleNumbers,
  sameArticleNumber,
} from './ids.ts';
export { pointedReplyParts, replyParts } from './reply-parts.ts';
export type { PointedReplyParts } from './reply-parts.ts';
export type { ReplyParts } from './reply-parts.ts';
export type * from './consolidation.ts';
export { CN_NUMERAL_CHARS, CN_NUMERAL, ANY_NUMERAL, ARTICLE_LABEL, HEADING_LABEL, readLabel } from './labels.ts';
export type { Label, LabelStyle } from './labels.ts';
export { datesIn, isoDate, isDateLine, effectiveClause, readNoteDates } from './dates.ts';
export type { DateMatch, NoteDates } from './dates.ts';
export type * from './citation.ts';
export { CITATION_WORDS, citationWord } from './citation-words.ts';
export type { CitationWord } from './citation-words.ts';
