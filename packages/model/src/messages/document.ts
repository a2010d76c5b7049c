export const documentMessages = {
  'document/no-title': {
    severity: 'error',
    en: 'no title found at the top of the document',
    zh: '文件开头没有找到标题',
  },
  'document/no-body': {
    severity: 'error',
    en: 'no body found: expected articles (第一条) or chapters (第一章)',
    zh: '没有找到正文：应有条（第一条）或章（第一章）',
  },
  'document/unexpected-line': {
    severity: 'error',
    en: 'line does not fit the document structure: {reason}',
    zh: '此行不符合文件结构：{reason}',
  },
  'document/article-out-of-order': {
    severity: 'warning',
    en: '{found} follows {previous}; article numbers are expected to increase by one',
    zh: '{found}排在{previous}之后；条的序号应逐一递增',
  },
  'document/item-out-of-order': {
    severity: 'warning',
    en: 'item {found} follows item {previous}',
    zh: '第{found}项排在第{previous}项之后',
  },
  'document/joined-page-break': {
    severity: 'info',
    en: 'joined a sentence broken across a page break',
    zh: '已接上被分页符断开的句子',
  },
  'document/joined-stray-article': {
    severity: 'warning',
    en: '{found} inside {article} reads as a broken line, not a new article; joined it to the paragraph above',
    zh: '{article}中的“{found}”读作断行，而非新的一条；已并入上一段',
  },
  'document/removed-invisible': {
    severity: 'info',
    en: 'removed {count} invisible character(s) ({chars}) before reading the structure',
    zh: '读取结构前已删除{count}个不可见字符（{chars}）',
  },
  'document/read-as-line-break': {
    severity: 'info',
    en: 'read {count} page break(s) or line separator(s) ({chars}) as line breaks',
    zh: '已将{count}个分页符或行分隔符（{chars}）读作换行',
  },
  'document/article-zero': {
    severity: 'error',
    en: '{found}: articles are numbered from 第一条; there is no article zero',
    zh: '{found}：条从第一条起编号，没有第零条',
  },
  'document/bad-numeral': {
    severity: 'error',
    en: 'not a Chinese numeral: {text}',
    zh: '不是中文数字：{text}',
  },
  'document/skipped-noise': {
    severity: 'info',
    en: 'skipped web page navigation before the title: {text}',
    zh: '已跳过标题前的网页导航文字：{text}',
  },
  'document/empty-fragment': {
    severity: 'error',
    en: 'the {level} text is empty',
    zh: '{level}的文字为空',
  },
  'document/fragment-structure': {
    severity: 'error',
    en: 'the {level} text has a line starting “{found}”, which would begin a new {kind}, not continue the {level}',
    zh: '{level}的文字中有一行以“{found}”开头，这将开始新的{kind}，而不是接续{level}',
  },
  'document/gazette-no-entries': {
    severity: 'warning',
    en: 'no promulgation order (…令 第N号) or notice (…〔YYYY〕N号) found; the text is returned as one document',
    zh: '没有找到公布令（……令 第N号）或通知（……〔YYYY〕N号）；全文作为一个文件处理',
  },
} as const;
