export const engineMessages = {
  'engine/target-not-found': { severity: 'error', text: '{target} does not exist in the rule' },
  'engine/phrase-not-found': { severity: 'error', text: '“{phrase}” does not occur in {target}' },
  'engine/phrase-ambiguous': {
    severity: 'warning',
    text: '“{phrase}” occurs {count} times in {target}; every occurrence was changed',
  },
  'engine/phrase-inside-word': {
    severity: 'warning',
    text: '“{phrase}” in {target} is part of the longer word “{word}”; it was changed there too',
  },
  'engine/phrase-fuzzy-match': {
    severity: 'info',
    text: '“{phrase}” matched in {target} only after normalising {what}',
  },
  'engine/renumber-mismatch': {
    severity: 'error',
    text: 'the decision says {stated} becomes {statedNew}, but the computed numbering makes it {computedNew}',
  },
  'engine/overlapping-operations': {
    severity: 'warning',
    text: '{target} is changed by item {first} and replaced as a whole by item {second}; the replacement wins',
  },
  'engine/tidied-punctuation': { severity: 'info', text: 'removed punctuation left orphaned in {target}: “{removed}”' },
  'engine/dangling-reference': {
    severity: 'warning',
    text: '{reference} in {where} refers to {target}, which the decision deletes',
  },
  'engine/shifted-relative-reference': {
    severity: 'warning',
    text: '{reference} in {where} now points to a different paragraph because a paragraph was inserted or deleted before it',
  },
  'engine/rule-not-found': { severity: 'error', text: 'the decision amends “{title}”, which is not in the corpus' },
  'engine/rule-not-amended': { severity: 'error', text: 'the decision does not amend “{title}”' },
  'engine/conflicting-operations': { severity: 'error', text: 'items {first} and {second} both {what} {target}' },
  'engine/content-mismatch': {
    severity: 'error',
    text: 'the text given for {target} is {found}, which cannot stand in place of {expected}',
  },
  'engine/no-container': {
    severity: 'error',
    text: 'the decision adds {what} but names no article, 款 or 项 to put it in',
  },
  'engine/container-removed': {
    severity: 'error',
    text: 'the decision adds {what} to {target}, which it also deletes',
  },
  'engine/repealed-rule-not-found': {
    severity: 'info',
    text: 'the decision repeals “{title}”, which is not in the corpus',
  },
} as const;
