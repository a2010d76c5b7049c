import type { ClosingKind, DocumentMeta } from '@amend/model';
import { fromChinese, squeezeSpaces } from '@amend/model';

/**
 * Line-level recognisers for the parts of a decision around its
 * instructions: title, header (order number, dates, signatory), closing
 * clauses and the names of amended rules. Small regexes over whole lines;
 * the instructions themselves go through the grammar.
 */

const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** A line that names the decision: …的决定 / …修正案（十一） / …决议. */
export function isTitleLine(text: string): boolean {
  return /(决定|修正案(?:[（(][^）)]*[）)])?|决议)$/.test(text) && !/[。；：]/.test(text);
}

/** Read header lines (before the title in a gazette; between title and <!-- INFO END --> in the corpus). */
export function readMeta(lines: string[], meta: DocumentMeta): void {
  let orderName: string | undefined;
  let afterSignatory = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const order = /^(.+?)令$/.exec(line);
    const number = /^第\s*(\d+)\s*号$/.exec(line);
    if (order && line.length < 30) {
      orderName = line;
      meta.issuer ??= order[1];
    } else if (number) {
      meta.docNumber = `${orderName ?? ''}第${number[1]}号`;
    } else if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line)) {
      // A bare date under the signature is the promulgation date.
      if (afterSignatory || !meta.promulgated) meta.promulgated = isoDate(line);
    } else if (/(主席|省长|市长|总理|院长|主任|检察长)\s/.test(line) && line.length < 30) {
      meta.signatory = squeezeSpaces(line.replace(/^.*?(主席|省长|市长|总理|院长|主任|检察长)\s*/, ''));
      afterSignatory = true;
    } else {
      const date = isoDate(line);
      if (/通过/.test(line) && date) meta.adopted ??= date;
      if (/公布/.test(line) && !/已经/.test(line) && date) meta.promulgated ??= date;
      if (!meta.effective) {
        const from = /自[^，。]{0,30}?起(施行|生效)/.exec(line);
        if (from) meta.effective = effectiveOf(from[0]);
        else if (/公布施行$/.test(line)) meta.effective = { clause: '公布施行' };
        else if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(起)?施行$/.test(line)) meta.effective = { clause: squeezeSpaces(line), date: isoDate(line) };
      }
    }
  }
}

/** Closing clauses: effective date, renumbering and wording adjustments, republication. */
export function closingKind(text: string): ClosingKind | undefined {
  const t = text.replace(/^[一二三四五六七八九十]+、/, '');
  if (/^(本(决定|修正案|规定|办法|解释|条例)?)?自.{0,30}?起(施行|生效|执行)。?$/.test(t)) return 'effective';
  if (/重新公布。?$/.test(t)) return 'republish';
  if (/^(此外，)?对.*?(序号|文字|条文).*?作相应(的)?(调整|修改)/.test(t)) return 'adjust';
  if (/^(将.{0,20})?条文顺序作相应调整。?$/.test(t) && !/[：:]/.test(t)) return 'renumber';
  return undefined;
}

/** The effective-date clause of a closing sentence: 自公布之日起施行 / 自2021年1月1日起施行. */
export function effectiveOf(text: string): DocumentMeta['effective'] | undefined {
  const m = /自.{0,30}?起(施行|生效|执行)/.exec(text);
  if (!m) return undefined;
  const date = isoDate(m[0]);
  return date ? { clause: m[0], date } : { clause: m[0] };
}

/** A rule heading of a multi-rule decision: 一、宁夏…办法 / 一、修改《…》 / 一、对《…》作出修改. */
export function ruleHeadingTitle(text: string): string | undefined {
  if (/[。；：:;”]$/.test(text) || /^(将|删去|删除|在|增加|第)/.test(text)) return undefined;
  const quoted = /^(?:修改|对)?《(.+)》(?:作出修改|作如下修改|的修改)?$/.exec(text);
  if (quoted) return quoted[1];
  if (/(修改为|改为|删去|删除|第.{1,8}[条款项]|“)/.test(text)) return undefined;
  if (!/(办法|规定|条例|细则|规则|决定|解释|批复|法|规程|意见|通知|章程|实施办法)(（[^）]*）)?$/.test(text)) return undefined;
  return squeezeSpaces(text);
}

/** The rule a single-rule decision amends. */
export function amendedTitle(title: string, preamble: string): string {
  const amendment = /^(.+?)修正案/.exec(title);
  if (amendment) return amendment[1];
  const inPreamble = /对《(.+?)》(?:（[^）]*）)?(?:等[^，。]*?)?作(?:如下|出|以下)?(?:补充)?修改/.exec(preamble);
  if (inPreamble) return inPreamble[1];
  const inTitle = /《(.+)》/.exec(title);
  if (inTitle) return inTitle[1];
  return '';
}

/** 对10件政府规章予以废止 → 10: what the preamble announces, to check the lists against. */
export function statedCount(preamble: string, verb: '废止' | '修改'): number | undefined {
  const m = new RegExp(`对(?:下列)?(\\d+|[一二三四五六七八九十百]+)(?:件|部|项)[^。；]*?${verb}`).exec(preamble);
  return m ? fromChinese(m[1]) : undefined;
}

/**
 * 三、废止《某某办法》（2005年1月1日…公布）。 — an item of a 修改和废止 decision
 * that repeals rules instead of amending one: each 《title》 with its note.
 */
export function repealedIn(text: string): { title: string; note: string }[] | undefined {
  const m = /^(?:同时[，,]?)?(?:决定)?废止(《.+)$/.exec(squeezeSpaces(text).replace(/[。；]$/, ''));
  if (!m) return undefined;
  const out: { title: string; note: string }[] = [];
  const each = /《([^》]+)》(?:[（(]([^（）()]*)[）)])?(?:[、，,和及]|$)/y;
  for (let at = 0; at < m[1].length; at = each.lastIndex) {
    each.lastIndex = at;
    const x = each.exec(m[1]);
    if (!x) return undefined;
    out.push({ title: x[1], note: x[2] ?? '' });
  }
  return out;
}

/** Split 标题（1994年12月6日宁政发〔1994〕131号公布） into title and note. */
export function splitNote(text: string): { title: string; note: string } {
  const t = text.trim().replace(/[。；]$/, '');
  if (!/[）)]$/.test(t)) return { title: squeezeSpaces(t), note: '' };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      depth--;
      if (depth === 0) return { title: squeezeSpaces(t.slice(0, i)), note: t.slice(i + 1, -1) };
    }
  }
  return { title: squeezeSpaces(t), note: '' };
}

/**
 * Where the instruction starts in a one-sentence decision (为了…，将刑法第三百四十二条修改为：).
 * Returns the offset of the instruction within the paragraph, or -1.
 */
export function instructionStart(paragraph: string): number {
  const m = /[，,](?=(?:将|在|删去|删除)?(?:刑法|宪法|《[^》]*》)?第[零〇一二两三四五六七八九十百千\d]+条)/.exec(paragraph);
  return m ? m.index + 1 : -1;
}
