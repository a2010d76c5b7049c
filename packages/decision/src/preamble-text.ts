import type { SourceLine } from './decision-source.ts';

/** What the preamble's sentences say: where a one-sentence decision's instruction starts, the counts it announces. */

/** The statement of a count, for each verb (made once; global, read by `exec` from lastIndex 0). */
const STATED = {
  废止: statedPattern('废止'),
  修改: statedPattern('修改'),
};

function statedPattern(verb: string): RegExp {
  return new RegExp(`对(?:下列)?[^。；，]{0,30}?([0-9]+|[一二三四五六七八九十百]+)(?:件|部|项)[^。；，]*?${verb}`, 'g');
}

/** 对10件政府规章予以废止 → 10: what the preamble announces (several statements add up). */
export function statedCount(preamble: string, verb: '废止' | '修改'): number | undefined {
  // Every statement holds 对 (most preambles state no count); read by exec, not matchAll, which copies the pattern.
  if (!preamble.includes('对')) return undefined;
  const stated = STATED[verb];
  let total: number | undefined;
  stated.lastIndex = 0;
  for (let m = stated.exec(preamble); m; m = stated.exec(preamble)) total = (total ?? 0) + (Number(m[1]) || cnSmall(m[1]));
  return total;
}

function cnSmall(s: string): number {
  const d = '〇一二三四五六七八九';
  if (s.length === 1) return s === '十' ? 10 : d.indexOf(s);
  if (s.startsWith('十')) return 10 + d.indexOf(s[1]);
  return d.indexOf(s[0]) * 10 + (s.length > 2 ? d.indexOf(s[2]) : 0);
}

/**
 * Where the instruction starts in a one-sentence decision (为了…，将刑法第三百四十二条修改为：):
 * the offset within the paragraph, or -1.
 */
export function instructionStart(paragraph: string): number {
  const m = /[，,](?=(?:将|在|删去|删除)?(?:刑法|宪法|《[^》]*》)?第[零〇一二两三四五六七八九十百千\d]+条)/.exec(paragraph);
  return m ? m.index + 1 : -1;
}

/** Sentences of a line, cut after 。 outside quotations. */
export function sentencesOf(line: SourceLine): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let depth = 0;
  let from = 0;
  const t = line.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“' || c === '《' || c === '（') depth++;
    else if ((c === '”' || c === '》' || c === '）') && depth > 0) depth--;
    else if (c === '。' && depth === 0) {
      out.push({ text: t.slice(from, i + 1), start: line.start + from, end: line.start + i + 1 });
      from = i + 1;
    }
  }
  if (from < t.length) out.push({ text: t.slice(from), start: line.start + from, end: line.end });
  return out.filter((s) => s.text.trim() !== '');
}
