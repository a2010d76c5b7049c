import type { Lang } from './index.ts';

/**
 * English words the stages put into a message's data or its `expected`
 * (the kind of node found, what a place needs, why a file could not be
 * written), with their Chinese. A message is filled with these in the
 * reader's language; any other value (quoted rule text, 第三条, a path, a
 * number) is shown as it is. `{x}` in a pattern stands for any text, itself
 * translated; a list joined with ", " is translated item by item.
 */
const WORDS: Record<string, string> = {
  // citations of other rules, maps and impact reports (citation-words.ts)
  modified: '修改',
  renumbered: '序号变动',
  moved: '移动',
  'new article': '新增',
  deleted: '删除',
  merged: '合并',
  split: '拆分',
  'text changed': '内容修改',
  'the cited words changed': '所引条文内容有修改',
  review: '需核对',
  'two versions aligned': '两个版本逐条比对',
  'decision applied': '依修改决定',
  'cites the old version': '引用旧版本',
  'dated before the old version: its numbers may be older still': '早于旧版本：序号可能依据更早的文本，请核对',
  'undated: read as citing the old version': '无日期：按引用旧版本处理',
  'text in force then': '当时施行的文本',
  'documents already on the new version': '已按新版本引用的文件',
  'documents citing only unchanged provisions': '所引条文均未变的文件',
  'amending instruments (history, left as they are)': '修改文件（历史文本，不作调整）',
  'citations naming an earlier text on purpose (left as they are)': '明确引用旧文本的引用（不作调整）',
  'documents affected': '受影响的文件',
  citations: '处引用',
  'Citation impact report': '引用影响报告',
  'the words, old and new': '条文对照',
  'old text of': '原',
  'new text of': '现',
  where: '位置',
  citation: '引用',
  status: '状态',
  becomes: '调整为',
  // why a citation of another rule is left for a person (docs/citations.md)
  'the article was split': '原条文已拆分',
  'the article was deleted': '原条文已删除',
  'the range is no longer one run': '范围不再连续',
  'the old version has no such provision': '旧版本中没有该条文',
  'its words also occur where they must not change': '该文字在不应修改之处也出现',
  'it is neither in an article nor in the 引言': '不在条文或引言中',
  'a line break cuts through it': '该引用被换行截断',
  'its date is before the old version': '其日期早于旧版本',
  'the article was merged with another': '原条文已与他条合并',
  'weak match': '对应关系不确定',
  // levels and node kinds
  title: '标题',
  preamble: '引言',
  part: '编',
  chapter: '章',
  section: '节',
  article: '条',
  paragraph: '款',
  item: '项',
  subitem: '目',
  node: '条款',
  sentence: '句',
  heading: '标题',
  division: '编、章、节',
  articles: '条',
  paragraphs: '款',
  items: '项',
  subitems: '目',
  // what an instruction or a place holds
  'a heading': '标题',
  'a title': '标题',
  'a node': '条款',
  'an article': '一条',
  'a 款': '一款',
  'a 项': '一项',
  'a 目': '一目',
  'the 引言': '引言',
  'the whole rule': '整部规章',
  'a node without a heading': '没有标题的条款',
  'a phrase inside one line': '同一行内的词句',
  'empty text': '空文字',
  'text to add': '要增加的文字',
  'a place without text': '没有文字的位置',
  'a deletion': '删除',
  'a node that can be deleted': '可以删除的条款',
  'a node that can be moved': '可以移动的条款',
  'one sentence': '一句',
  'a split': '拆分',
  'a 款 with 项': '含项的款',
  'a 款 or 项': '款或项',
  'an article, 款, 项, 目 or heading': '条、款、项、目或标题',
  'two or more nodes of one level': '同一层级的两个以上条款',
  'nodes of one container': '同属一处的条款',
  'articles, 款 or 项': '条、款或项',
  'articles, 款, 项 or divisions': '条、款、项或编章节',
  'the articles the article is split into': '拆分成的各条',
  'the 款 it is split into': '拆分成的各款',
  'the 项 it is split into': '拆分成的各项',
  'a new {level} with its heading': '带标题的新{level}',
  'one {level} heading around articles': '包括若干条的一个{level}标题',
  'articles side by side in one place that can hold a {level}': '同处一处、可归入{level}的相邻各条',
  'a heading (章名) as the place of anything but a text change': '以章名为对象的文字修改以外的操作',
  'a place running on to the end of the rule (及其后各条) for anything but a text change': '以“及其后各条”为对象的文字修改以外的操作',
  'a text change in {place} of several paragraphs': '对多段的{place}作文字修改',
  'anything but a restatement of {place} in a reply with points': '对分点批复的{place}作整体修改以外的操作',
  'a reply’s text': '批复的正文',
  'paragraphs and points (一、二、)': '段落和分点（一、二、）',
  'a {level} inside {place}': '{place}中的{level}',
  'a {level} beside {place}': '{place}旁的{level}',
  'a node beside {place}': '{place}旁的条款',
  '{n} article(s)': '{n}条',
  'new {level} content': '新{level}的内容',
  'the new {level}': '新{level}',
  'a merge': '合并',
  'a move to {place}': '移至{place}',
  '{place} naming a place for a {kind}': '指明{kind}去处的{place}',
  // what a decision announces and does
  'repealed rules': '废止的规章',
  'amended rules': '修改的规章',
  'replace or remove': '替换或删去',
  'change “{phrase}” in': '修改“{phrase}”于',
  // how a phrase was matched
  'spaces and line breaks': '空格和换行',
  'full- and half-width forms': '全角与半角',
  'quotation marks and brackets': '引号和括号',
  // the rule text's structure
  'articles (第一条 …) after the title': '标题之后的条文（第一条……）',
  '第一条 or a later number': '第一条或其后的序号',
  '{label} directly under a 编 without a 章': '{label}直接位于编下，没有章',
  'a 章 heading (第X章) before the 节': '节之前的章标题（第X章）',
  'item {label} directly under {place}, outside any article': '项{label}直接位于{place}之下，不在任何一条中',
  'list marker {label} directly under {place}, outside any article': '序号{label}直接位于{place}之下，不在任何一条中',
  'an article (第X条) before its {what} {label}': '{label}之前的条（第X条）',
  // what became of a cross-reference (ReferenceStatus)
  unchanged: '未变',
  'auto-renumbered': '随序号调整',
  'rewritten-by-decision': '由决定改写',
  external: '引用其他文件',
  dangling: '所指条文已删除',
  'relative-shifted': '相对引用偏移',
  // files
  'permission denied': '没有权限',
  'no space left on the device': '设备上没有剩余空间',
  'the file system is read-only': '文件系统为只读',
  'it is a folder': '它是文件夹',
  'part of the path is a file, not a folder': '路径中有一段是文件而不是文件夹',
  'the name is too long': '名称过长',
  'it is one of the inputs, which are never modified': '它是输入文件之一，输入文件从不修改',
  'two outputs would have this name': '两个输出文件会同名',
  '{path} is a file, not a folder': '{path}是文件而不是文件夹',
  'cannot make the folder {path}: {reason}': '无法创建文件夹{path}：{reason}',
  'not a version index: {reason}': '不是版本索引：{reason}',
  'not a version index: no list of dated versions': '不是版本索引：没有带日期的版本列表',
  symlink: '符号链接',
  fifo: '命名管道',
  socket: '套接字',
  device: '设备',
  '(none)': '（无）',
  // Word documents
  'its XML parts expand to more than 200 MB': '其 XML 部分解压后超过 200 MB',
  'it does not begin as a Word document (a zip archive) does': '文件开头不像 Word 文档（zip 压缩包）',
  'the OLE compound file cannot be read': '无法读取 OLE 复合文件',
  'no root element': '没有根元素',
  'the zip archive is incomplete or corrupt ({detail})': 'zip 压缩包不完整或已损坏（{detail}）',
  '(or give --title)': '（或用 --title 指明）',
  'a decision that amends this rule': '修改本规章的决定',
};

interface Pattern {
  re: RegExp;
  names: string[];
  zh: string;
}

const PATTERNS: Pattern[] = Object.entries(WORDS)
  .filter(([en]) => /\{\w+\}/.test(en))
  .map(([en, zh]) => {
    const names: string[] = [];
    const source = en
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]);
        return '(.+?)';
      })
      .join('');
    return { re: new RegExp(`^${source}$`), names, zh };
  });

/** A value of a message's data (or its `expected`) in the reader's language. */
export function termText(value: string, lang: Lang): string {
  if (lang === 'en') return value;
  const word = WORDS[value];
  if (word !== undefined && !/\{\w+\}/.test(value)) return word;
  for (const p of PATTERNS) {
    const m = p.re.exec(value);
    if (!m) continue;
    return p.zh.replace(/\{(\w+)\}/g, (_, k: string) => termText(m[p.names.indexOf(k) + 1] ?? '', lang));
  }
  if (value.includes(', ')) {
    const parts = value.split(', ');
    if (parts.every((x) => WORDS[x] !== undefined)) return parts.map((x) => termText(x, lang)).join('、');
  }
  return value;
}

/** Whether a value is a word this catalogue translates (for the test that keeps it complete). */
export function isTerm(value: string): boolean {
  return termText(value, 'zh') !== value;
}
