export const decisionMessages = {
  'decision/unexpected-token': { severity: 'error', text: 'unexpected {found} in the instruction' },
  'decision/unrecognised-instruction': {
    severity: 'error',
    text: 'this sentence is not an amendment instruction the grammar knows: {sentence}',
  },
  'decision/unclosed-quote': { severity: 'error', text: 'a quotation “ is not closed' },
  'decision/unclosed-quote-at-end': {
    severity: 'warning',
    text: 'the quoted text of item {item} has no closing ”; it was taken to run to the end of the item',
  },
  'decision/no-context': {
    severity: 'error',
    text: 'the instruction names no article and there is none to carry over from a previous line',
  },
  'decision/count-mismatch': {
    severity: 'error',
    text: '分别改为 lists {from} numbers but {to} new numbers',
  },
  'decision/stated-count-mismatch': {
    severity: 'warning',
    text: 'the decision announces {stated} {what} but lists {found}',
  },
  'decision/pair-mismatch': {
    severity: 'error',
    text: '{from} quoted phrases cannot be paired with {to} replacements',
  },
  'decision/payload-count-mismatch': {
    severity: 'error',
    text: 'the instruction names {targets} places but its quoted text has {units} paragraphs',
  },
  'decision/missing-payload': {
    severity: 'error',
    text: 'the instruction announces new text for {what} but quotes none',
  },
  'decision/bad-reference': {
    severity: 'error',
    text: '{found} cannot follow {previous} in a reference',
  },
  'decision/bad-range': { severity: 'error', text: 'cannot count from {from} to {to}' },
  'decision/unsupported-instruction': {
    severity: 'warning',
    text: '“{what}” was recognised, but no operation kind can express it; apply it by hand: {sentence}',
  },
  'decision/unnumbered-articles': {
    severity: 'error',
    text: '修改为{count} gives the new articles no numbers; write each with its 第X条, or announce them (作为第X条、第Y条)',
  },
  'decision/unsupported-move': {
    severity: 'error',
    text: '“{what}” moves a provision into another place, which no operation kind can express; applying the rest would leave it where it was: {sentence}',
  },
  'decision/not-an-instruction': {
    severity: 'warning',
    text: 'this paragraph gives no textual amendment; it is kept as a clause of kind other: {sentence}',
  },
  'decision/no-items': { severity: 'warning', text: 'the heading of “{title}” is followed by no instruction' },
  'decision/no-instructions': { severity: 'error', text: 'no amendment instruction or repeal was found' },
  'decision/outside-text': {
    severity: 'info',
    text: 'the decision ends before this heading; the {lines} lines from here on belong to another document',
  },
  'decision/joined-page-break': { severity: 'info', text: 'joined a line broken across a page break' },
} as const;
