/**
 * Levels of unnumbered headings (附则, 序言, 一、关于…) from their `#` depth.
 * LawRefBook files use `#` depth consistently within a file, but not across
 * files (`##` is 编 in 刑法 and 章 elsewhere), so the numbered headings of the
 * same file calibrate the scale. Canonical text uses a fixed scale.
 */
import type { Line, SourceFormat } from './lines.ts';
import { classify, type HeadingLevel } from './recognise.ts';

const ORDER: HeadingLevel[] = ['part', 'chapter', 'section'];

export function depthLevels(lines: readonly Line[], format: SourceFormat): (depth: number) => HeadingLevel | undefined {
  if (format === 'plain') return (depth) => ORDER[depth - 1];
  const seen = new Map<number, number>();
  for (const l of lines) {
    if (l.depth === 0 || seen.has(l.depth)) continue;
    const k = classify(l.text, l.boldEnd);
    if (k.k === 'heading' && k.num > 0) seen.set(l.depth, ORDER.indexOf(k.level));
  }
  return (depth) => {
    if (seen.has(depth)) return ORDER[seen.get(depth)!];
    let best: [number, number] | undefined;
    for (const [d, level] of seen) {
      if (!best || Math.abs(d - depth) < Math.abs(best[0] - depth)) best = [d, level];
    }
    const level = best ? best[1] + (depth - best[0]) : depth - 1;
    return ORDER[Math.max(0, Math.min(ORDER.length - 1, level))];
  };
}
