export const documentMessages = {
  'document/no-title': { severity: 'error', text: 'no title found at the top of the document' },
  'document/no-body': { severity: 'error', text: 'no body found: expected articles (第一条) or chapters (第一章)' },
  'document/unexpected-line': { severity: 'error', text: 'line does not fit the document structure: {reason}' },
  'document/article-out-of-order': {
    severity: 'warning',
    text: '{found} follows {previous}; article numbers are expected to increase by one',
  },
  'document/item-out-of-order': { severity: 'warning', text: 'item {found} follows item {previous}' },
  'document/joined-page-break': { severity: 'info', text: 'joined a sentence broken across a page break' },
  'document/joined-stray-article': {
    severity: 'warning',
    text: '{found} inside {article} reads as a broken line, not a new article; joined it to the paragraph above',
  },
  'document/bad-numeral': { severity: 'error', text: 'not a Chinese numeral: {text}' },
  'document/skipped-noise': { severity: 'info', text: 'skipped web page navigation before the title: {text}' },
  'document/empty-fragment': { severity: 'error', text: 'the {level} text is empty' },
  'document/fragment-structure': {
    severity: 'error',
    text: 'the {level} text has a line starting “{found}”, which would begin a new {kind}, not continue the {level}',
  },
  'document/gazette-no-entries': {
    severity: 'warning',
    text: 'no promulgation order (…令 第N号) or notice (…〔YYYY〕N号) found; the text is returned as one document',
  },
} as const;
