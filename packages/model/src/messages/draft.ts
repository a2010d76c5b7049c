/** Messages of the drafter (`amend draft`): what two versions of a rule do not let it say exactly. */
export const draftMessages = {
  'draft/not-exact': {
    severity: 'error',
    en: 'applied to the old text, the drafted decision does not give the new text at {places}',
    zh: '所拟决定适用于原文本后，{places}与新文本不一致',
  },
  'draft/ascii-punctuation': {
    severity: 'error',
    en: 'at {places} the new text has ASCII punctuation (, ; :) between Chinese words; a decision quoting it is read with the full-width marks (， ； ：), as scanned gazettes need',
    zh: '新文本{places}在汉字之间使用了半角标点（, ; :）；修改决定引用的文字按全角标点（，；：）读取（扫描公报需要如此），无法得出半角标点',
  },
  'draft/rule-not-read': {
    severity: 'error',
    en: 'read back, the drafted decision amends no rule called 《{rule}》',
    zh: '所拟决定读回后，没有修改《{rule}》的内容',
  },
  'draft/preamble-removed': {
    severity: 'error',
    en: 'the new text has no 引言 where the old one has one; no instruction removes a 引言',
    zh: '原文本有引言而新文本没有；没有删去引言的修改形式',
  },
  'draft/outside-articles': {
    severity: 'error',
    en: 'the text outside the articles (paragraphs, points, tables) differs; a decision amends articles',
    zh: '条文以外的内容（段落、序号、表格）有变化；修改决定只能修改条文',
  },
  'draft/unnumbered-heading': {
    severity: 'error',
    en: 'the heading “{title}” has no number, so no instruction can name it',
    zh: '标题“{title}”没有序号，无法在修改决定中指明',
  },
  'draft/no-change': {
    severity: 'warning',
    en: 'the two versions of 《{rule}》 are the same (their 题注 and 目录 aside); there is nothing to amend, so no decision is written',
    zh: '《{rule}》的两个版本相同（题注和目录除外），无需修改，不生成修改决定',
  },
  'draft/rule-added': {
    severity: 'error',
    en: '{file}: 《{rule}》 is only in the new folder; a decision amends or repeals rules but cannot make one',
    zh: '{file}：《{rule}》只在新文件夹中；修改决定只能修改或废止规章，不能制定新规章',
  },
  'draft/duplicate-rule': {
    severity: 'error',
    en: '{file}: 《{rule}》 is in the folder twice',
    zh: '{file}：《{rule}》在文件夹中出现两次',
  },
  'draft/no-base': {
    severity: 'error',
    en: 'there is no text of the rule to edit: choose its base text (底本), or write a decision that names it',
    zh: '没有可供编辑的规章文本：请先选择底本，或在决定中写明所修改的规章',
  },
  'draft/decision-blocked': {
    severity: 'error',
    en: 'the decision has errors, so there is no amended text to edit; correct the decision first',
    zh: '决定有错误，没有可供编辑的修改后文本；请先修正决定',
  },
  'draft/article-order': {
    severity: 'error',
    en: 'the edited text numbers its articles out of order at {places}: number the articles as the amended rule will read, those after a deleted or added one too',
    zh: '所编辑文本的条文序号不连续：{places}；请按修改后的规章为条文编号，删去或增加条文之后的各条一并调整',
  },
  'draft/decision-differs': {
    severity: 'error',
    en: 'the drafted items, put in the decision for 《{rule}》, do not give the edited text; the decision is left as it was',
    zh: '所拟事项放入决定中《{rule}》部分后，得出的文本与所编辑的文本不一致；决定保持原样',
  },
} as const;
