export const engineMessages = {
  'engine/unsupported-operation': {
    severity: 'error',
    en: 'the engine cannot apply {what} yet; the rule was not changed',
    zh: '引擎尚不能执行{what}；规章未作修改',
  },
  'engine/target-not-found': {
    severity: 'error',
    en: '{target} does not exist in the rule',
    zh: '规章中不存在{target}',
  },
  'engine/phrase-not-found': {
    severity: 'error',
    en: '“{phrase}” does not occur in {target}',
    zh: '{target}中没有“{phrase}”',
  },
  'engine/phrase-ambiguous': {
    severity: 'warning',
    en: '“{phrase}” occurs {count} times in {target}; every occurrence was changed',
    zh: '“{phrase}”在{target}中出现{count}次；每一处都已修改',
  },
  'engine/phrase-inside-word': {
    severity: 'warning',
    en: '“{phrase}” in {target} is part of the longer word “{word}”; it was changed there too',
    zh: '{target}中的“{phrase}”是较长词语“{word}”的一部分；该处也已修改',
  },
  'engine/phrase-fuzzy-match': {
    severity: 'info',
    en: '“{phrase}” matched in {target} only after normalising {what}',
    zh: '“{phrase}”在{target}中经规范{what}后才匹配',
  },
  'engine/renumber-mismatch': {
    severity: 'error',
    en: 'the decision says {stated} becomes {statedNew}, but the computed numbering makes it {computedNew}',
    zh: '决定称{stated}改为{statedNew}，但按计算的序号应为{computedNew}',
  },
  'engine/overlapping-operations': {
    severity: 'warning',
    en: '{target} is changed by item {first} and replaced as a whole by item {second}; the replacement wins',
    zh: '{target}被第{first}项修改，又被第{second}项整体替换；以整体替换为准',
  },
  'engine/tidied-punctuation': {
    severity: 'info',
    en: 'removed punctuation left orphaned in {target}: “{removed}”',
    zh: '已删去{target}中遗留的孤立标点：“{removed}”',
  },
  'engine/dangling-reference': {
    severity: 'warning',
    en: '{reference} in {where} refers to {target}, which the decision deletes',
    zh: '{where}中的{reference}引用{target}，而决定删去了它',
  },
  'engine/shifted-relative-reference': {
    severity: 'warning',
    en: '{reference} in {where} now points to a different paragraph because a paragraph was inserted or deleted before it',
    zh: '{where}中的{reference}现在指向另一款，因为其前增加或删去了一款',
  },
  'engine/rule-not-found': {
    severity: 'error',
    en: 'the decision amends “{title}”, which is not in the corpus',
    zh: '决定修改《{title}》，但语料中没有该规章',
  },
  'engine/rule-not-amended': {
    severity: 'error',
    en: 'the decision does not amend “{title}”',
    zh: '决定没有修改《{title}》',
  },
  'engine/conflicting-operations': {
    severity: 'error',
    en: 'items {first} and {second} both {what} {target}',
    zh: '第{first}项和第{second}项都{what}{target}',
  },
  'engine/content-mismatch': {
    severity: 'error',
    en: 'the text given for {target} is {found}, which cannot stand in place of {expected}',
    zh: '为{target}给出的文字是{found}，不能代替{expected}',
  },
  'engine/no-container': {
    severity: 'error',
    en: 'the decision adds {what} but names no article, 款 or 项 to put it in',
    zh: '决定增加{what}，但没有指明放入哪一条、款或项',
  },
  'engine/container-removed': {
    severity: 'error',
    en: 'the decision adds {what} to {target}, which it also deletes',
    zh: '决定在{target}中增加{what}，而又删去了{target}',
  },
  'engine/repealed-rule-not-found': {
    severity: 'info',
    en: 'the decision repeals “{title}”, which is not in the corpus',
    zh: '决定废止《{title}》，但语料中没有该规章',
  },
} as const;
