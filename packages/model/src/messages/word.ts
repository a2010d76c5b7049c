/**
 * Reading Word documents (.docx, .docm, .dotx). Word files have no lines:
 * their diagnostics point at a paragraph (¶, counted over the body as Word's
 * paragraph marks show them) and a column in it.
 */
export const wordMessages = {
  'word/not-word': {
    severity: 'error',
    en: 'the file is a zip archive but not a Word document (it has no {part})',
    zh: '文件是 zip 压缩包，但不是 Word 文档（缺少 {part}）',
  },
  'word/legacy-doc': {
    severity: 'error',
    en: 'the file is a Word 97–2003 document (.doc); save it as a Word document (.docx) or as text, then try again',
    zh: '文件是 Word 97–2003 文档（.doc）；请另存为 Word 文档（.docx）或纯文本后重试',
  },
  'word/encrypted': {
    severity: 'error',
    en: 'the Word document is protected by a password (encrypted); save a copy without the password, then try again',
    zh: 'Word 文档设有密码（已加密）；请另存一份不带密码的副本后重试',
  },
  'word/damaged': {
    severity: 'error',
    en: 'the Word document is damaged or cut short: {reason}',
    zh: 'Word 文档已损坏或不完整：{reason}',
  },
  'word/too-large': {
    severity: 'error',
    en: 'the Word document is {size} MB; documents over {limit} MB are not read (a rule’s text takes far less: save it without pictures, or as text)',
    zh: 'Word 文档大小为 {size} MB，超过 {limit} MB 的文档不予读取（规章正文远小于此：请去掉图片另存，或存为纯文本）',
  },
  'word/bad-xml': {
    severity: 'error',
    en: '{part} in the Word document is not well-formed XML: {reason}',
    zh: 'Word 文档中的 {part} 不是格式正确的 XML：{reason}',
  },
  'word/tracked-changes': {
    severity: 'warning',
    en: 'the document holds {count} tracked change(s); they are read as if accepted',
    zh: '文档含有 {count} 处修订，已按全部接受读取',
  },
  'word/footnote': {
    severity: 'info',
    en: 'footnote {id} is kept out of the text: “{text}”',
    zh: '脚注 {id} 未计入正文：“{text}”',
  },
  'word/endnote': {
    severity: 'info',
    en: 'endnote {id} is kept out of the text: “{text}”',
    zh: '尾注 {id} 未计入正文：“{text}”',
  },
  'word/field': {
    severity: 'info',
    en: 'a {code} field is read as the text it shows: “{text}”',
    zh: '{code} 域按其显示的文字读取：“{text}”',
  },
  'word/table': {
    severity: 'info',
    en: 'a table of {rows} row(s) and {columns} column(s) is read as rows with tab-separated cells',
    zh: '{rows} 行 {columns} 列的表格按行读取，单元格以制表符分隔',
  },
  'word/text-box': {
    severity: 'warning',
    en: 'the text of a text box or shape is left out: “{text}”',
    zh: '文本框或图形中的文字未计入正文：“{text}”',
  },
  'word/embedded': {
    severity: 'warning',
    en: 'an embedded object (an OLE object or an imported document part) is left out',
    zh: '嵌入的对象（OLE 对象或导入的文档部分）未计入正文',
  },
  'word/hidden-text': {
    severity: 'info',
    en: 'hidden text is left out: “{text}”',
    zh: '隐藏文字未计入正文：“{text}”',
  },
  'word/comments': {
    severity: 'info',
    en: '{count} comment(s) are ignored',
    zh: '已忽略 {count} 条批注',
  },
  'word/numbering-format': {
    severity: 'warning',
    en: 'the list numbering format {format} is not known; its numbers are written in digits',
    zh: '未知的列表编号格式 {format}，其编号按阿拉伯数字写出',
  },
} as const;
