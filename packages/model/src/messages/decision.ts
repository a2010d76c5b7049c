export const decisionMessages = {
  'decision/unexpected-token': { severity: 'error', text: 'unexpected {found} in the instruction' },
  'decision/unrecognised-instruction': {
    severity: 'error',
    text: 'this sentence is not an amendment instruction the grammar knows: {sentence}',
  },
  'decision/unclosed-quote': { severity: 'error', text: 'a quotation “ is not closed' },
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
} as const;
