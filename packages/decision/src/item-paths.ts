import type { Label } from '@amend/model';

/** Where an item stands among the decision's labels: the level its label numbers, and its path (三（二）). */

/** The level a label numbers: its style, with （1） apart from 1. (8.对部分条文作以下修改： （1）将…). */
export function levelOf(label: Label): string {
  if (label.style !== 'arabic') return label.style;
  const c = label.label.charCodeAt(0);
  return c === 0xff08 || c === 40 ? 'arabic-paren' : 'arabic';
}

/** The label as it joins a path: （三） in full width, 一 without 、, 1. as written. */
export function pathLabel(l: Pick<Label, 'style' | 'label'>): string {
  const label = l.label.trim();
  switch (l.style) {
    case 'paren':
      return label.replace(/^[(（]\s*/, '（').replace(/\s*[)）]$/, '）');
    case 'dun':
      // 一 、 (a space before the 、, as some pages print it) is the item 一 all the same.
      return label.endsWith('、') ? label.slice(0, -1).trimEnd() : label;
    default:
      return label;
  }
}
