/** Citations across rules: maps, impact reports, conforming (`@amend/cite`, `amend map`, `amend impact`). */
export const citeMessages = {
  'cite/rule-not-in-corpus': {
    severity: 'error',
    en: '“{title}” is not a rule of the corpus',
    zh: '语料中没有《{title}》',
  },
  'cite/one-version': {
    severity: 'error',
    en: 'the corpus holds {count} version(s) of “{title}”; give --from OLD --to NEW, or --decision',
    zh: '语料中《{title}》只有{count}个版本；请给出 --from 旧版本 --to 新版本，或 --decision',
  },
  'cite/different-rules': {
    severity: 'warning',
    en: 'the two versions have different titles (“{old}”, “{new}”); they are compared as one rule',
    zh: '两个版本标题不同（《{old}》《{new}》）；按同一规章比较',
  },
  'cite/bad-map': {
    severity: 'error',
    en: '{path} is not a map of a rule: {reason}',
    zh: '{path} 不是规章的条文对应表：{reason}',
  },
  'cite/earlier-version': {
    severity: 'info',
    en: '“{title}” is dated {date}, before the old version ({from}); its article numbers may follow an older text',
    zh: '《{title}》的日期为{date}，早于旧版本（{from}）；其条文序号可能依据更早的文本',
  },
  'cite/citation-dangling': {
    severity: 'warning',
    en: '“{text}” in {where} cites {target}, which the amendment deletes',
    zh: '{where}中的“{text}”引用{target}，而修改删去了该条文',
  },
  'cite/citation-adjusted': {
    severity: 'info',
    en: 'in {where}, “{old}” now reads “{new}”',
    zh: '{where}中的“{old}”已调整为“{new}”',
  },
  'cite/citation-review': {
    severity: 'warning',
    en: 'in {where}, “{old}” was adjusted to “{new}”; check it: {reason}',
    zh: '{where}中的“{old}”已调整为“{new}”，请核对：{reason}',
  },
  'cite/adjust-without-map': {
    severity: 'warning',
    en: 'the decision adjusts the citations of “{law}”, but no map of it is known (give --map, or both its versions in the corpus)',
    zh: '决定要求调整引用《{law}》的条文序号，但没有该法的条文对应表（请给出 --map，或在语料中提供其新旧两个版本）',
  },
  'cite/citation-left': {
    severity: 'warning',
    en: '“{text}” in {where} is left as written for a person to decide: {reason}',
    zh: '{where}中的“{text}”保持原样，留待人工处理：{reason}',
  },
  'cite/phrase-not-unique': {
    severity: 'warning',
    en: 'in {where}, “{phrase}” also occurs where it must not change; that citation is left for a person',
    zh: '{where}中的“{phrase}”在不应修改之处也出现；该引用留待人工处理',
  },
} as const;
