export const engineMessages = {
  'engine/unsupported-operation': {
    severity: 'error',
    en: 'the engine cannot apply {what} yet; the rule was not changed',
    zh: '引擎尚不能执行{what}；规章未作修改',
  },
  'engine/target-not-found': {
    severity: 'error',
    en: 'the original rule has no {target}',
    zh: '原规章中不存在{target}',
  },
  'engine/place-not-found': {
    severity: 'error',
    en: 'once the decision’s other changes are made there is no {target} (new numbering) to put it in',
    zh: '按决定的其他修改，修改后不存在可以放入的{target}',
  },
  'engine/phrase-not-found': {
    severity: 'error',
    en: '“{phrase}” does not occur in {target} of the original rule',
    zh: '原规章{target}中没有“{phrase}”',
  },
  'engine/occurrence-not-found': {
    severity: 'error',
    en: '“{phrase}” occurs {count} time(s) in {target} (original numbering); the decision names occurrence {nth}',
    zh: '原{target}中“{phrase}”只出现{count}处，决定所指的是第{nth}处',
  },
  'engine/phrase-ambiguous': {
    severity: 'warning',
    en: '“{phrase}” occurs {count} times in {target} of the original rule; every occurrence was changed',
    zh: '“{phrase}”在原规章{target}中出现{count}次；每一处都已修改',
  },
  'engine/phrase-inside-word': {
    severity: 'warning',
    en: '“{phrase}” in {target} of the original rule is part of the longer word “{word}”; it was changed there too',
    zh: '原规章{target}中的“{phrase}”是较长词语“{word}”的一部分；该处也已修改',
  },
  'engine/deleted-text-differs': {
    severity: 'warning',
    en: 'the decision deletes {target} (original numbering) quoting it as “{shown}”, but the original reads “{found}”; it was deleted as the decision says',
    zh: '决定删去原{target}，所引原文为“{shown}”，但原规章该处为“{found}”；已按决定删去',
  },
  'engine/phrase-fuzzy-match': {
    severity: 'info',
    en: '“{phrase}” matched in {target} of the original rule only after normalising {what}',
    zh: '“{phrase}”在原规章{target}中经规范{what}后才匹配',
  },
  'engine/renumber-mismatch': {
    severity: 'error',
    en: 'the decision says {stated} (original numbering) becomes {statedNew}, but with its other changes it becomes {computedNew}',
    zh: '决定称原{stated}改为{statedNew}，但按决定的其他修改，它应为{computedNew}',
  },
  'engine/restated-article-moved': {
    severity: 'warning',
    en: 'the decision restates {stated} (original numbering) as {statedNew}; its other changes alone would make it {computedNew}, so it is moved to be {statedNew} and the articles between follow in their order',
    zh: '决定将原{stated}改为{statedNew}并重新规定其内容；仅按其他修改它应为{computedNew}，故已将其移为{statedNew}，其间各条依次顺延',
  },
  'engine/renumbered-node-removed': {
    severity: 'error',
    en: 'the decision says {stated} (original numbering) becomes {statedNew}, but it also removes it',
    zh: '决定称原{stated}改为{statedNew}，但决定又删去了它',
  },
  'engine/announced-outside-division': {
    severity: 'error',
    en: 'the decision adds an article {statedNew} to {division}, but with its other changes {division} holds {first} to {last}: {statedNew} is not among them',
    zh: '决定在{division}中增加{statedNew}，但按决定的其他修改，{division}的条文为{first}至{last}，{statedNew}不在其中',
  },
  'engine/announced-number-mismatch': {
    severity: 'error',
    en: 'the decision numbers a new {level} {statedNew}, but with its other changes it becomes {computedNew}',
    zh: '决定将新增的{level}编为{statedNew}，但按决定的其他修改，它应为{computedNew}',
  },
  'engine/overlapping-operations': {
    severity: 'warning',
    en: '{target} (original numbering) is changed by item {first} and replaced as a whole by item {second}; the replacement wins',
    zh: '原{target}被第{first}项修改，又被第{second}项整体替换；以整体替换为准',
  },
  'engine/phrase-composed': {
    severity: 'info',
    en: '“{inner}” in {target} (original numbering) lies inside “{outer}” there: item {second} changes the longer phrase, item {first} every other occurrence',
    zh: '原{target}中的“{inner}”位于“{outer}”之内：该处按第{second}项修改较长的词语，其他各处按第{first}项修改',
  },
  'engine/tidied-punctuation': {
    severity: 'info',
    en: 'removed punctuation left orphaned in {target} (original numbering): “{removed}”',
    zh: '已删去原{target}中遗留的孤立标点：“{removed}”',
  },
  'engine/dangling-reference': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) refers to {target} (original numbering), which the decision deletes; the reference is left as written',
    zh: '修改后{where}中的“{reference}”引用原{target}，该处已被决定删去；引用保持原文',
  },
  'engine/reference-to-merged': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) refers to {target} (original numbering), which the decision merges into {into} (new numbering); the reference is left as written',
    zh: '修改后{where}中的“{reference}”引用原{target}，该处已被决定并入修改后{into}；引用保持原文',
  },
  'engine/reference-to-rewritten': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) refers to {target} (original numbering), which the decision rewrites so that it no longer exists as such; the reference is left as written',
    zh: '修改后{where}中的“{reference}”引用原{target}，该处已被决定改写而不复存在；引用保持原文',
  },
  'engine/reference-follows-move': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) now reads “{newText}”: the decision moves {target} (original numbering) to {now} (new numbering)',
    zh: '修改后{where}中的“{reference}”已改为“{newText}”：决定将原{target}移为修改后{now}',
  },
  'engine/reference-to-moved': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) refers to {target} (original numbering), which the decision moves to {now} (new numbering), out of the place the reference names; the reference is left as written',
    zh: '修改后{where}中的“{reference}”引用原{target}，该处已被决定移为修改后{now}，不在引用所指的范围内；引用保持原文',
  },
  'engine/range-grows': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) now reads “{newText}” and also covers {added}, which the decision puts inside the range; check that the range should include it',
    zh: '修改后{where}中的“{reference}”已改为“{newText}”，其范围现在还包括决定新增的{added}；请核对该范围是否应包括',
  },
  'engine/relative-reference-lost': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) pointed to {was} (original numbering); nothing now stands where it points, so it is left as written',
    zh: '修改后{where}中的“{reference}”原指原{was}，修改后已无所指，保留原文',
  },
  'engine/shifted-relative-reference': {
    severity: 'warning',
    en: '“{reference}” in {where} (new numbering) pointed to {was} (original numbering) and now points to {now} (new numbering); check that it still means what it meant',
    zh: '修改后{where}中的“{reference}”原指原{was}，现指修改后{now}；请核对其含义是否不变',
  },
  'engine/list-mark-changed': {
    severity: 'info',
    en: '{target} (new numbering) now ends with “{to}” instead of “{from}”: in a list every 项 (目) but the last ends with the separator, the last with the list’s closing mark',
    zh: '修改后{target}末尾的“{from}”已改为“{to}”：列项中除最后一项外以分号结尾，最后一项以列项的结束标点结尾',
  },
  'engine/list-mark-added': {
    severity: 'info',
    en: '{target} (new numbering) was given the mark “{to}” its place in the list needs',
    zh: '修改后{target}末尾已按其在列项中的位置补上“{to}”',
  },
  'engine/item-becomes-article': {
    severity: 'info',
    en: '{target} (original numbering) becomes an article of its own: the “{from}” that ended it in its list is now the “。” that ends a 款',
    zh: '原{target}单列为一条：其在列项中结尾的“{from}”已改为款末的“。”',
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
    en: 'items {first} and {second} both {what} {target} (original numbering)',
    zh: '第{first}项和第{second}项都{what}原{target}',
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
    en: 'the decision adds {what} to {target} (original numbering), which it also deletes',
    zh: '决定在原{target}中增加{what}，而又删去了原{target}',
  },
  'engine/repealed-rule-not-found': {
    severity: 'info',
    en: 'the decision repeals “{title}”, which is not in the corpus',
    zh: '决定废止《{title}》，但语料中没有该规章',
  },
} as const;
