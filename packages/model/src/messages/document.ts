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
  'document/bad-numeral': { severity: 'error', text: 'not a Chinese numeral: {text}' },
} as const;
