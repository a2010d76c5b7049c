import type { Label } from '@amend/model';

/** Where an item stands among the decision's labels: the level its label numbers, and its path (三（二）). */

/** The level a label numbers: its style, with （1） apart from 1. (8.对部分条文作以下修改： （1）将…). */
export function levelOf(label: Label): string {
  return label.style === 'arabic' && /^[（(]/.test(label.label) ? 'arabic-paren' : label.style;
}

/** The label as it joins a path: （三） in full width, 一 without 、, 1. as written. */
export function pathLabel(l: Pick<Label, 'style' | 'label'>): string {
  const label = l.label.trim();
  switch (l.style) {
    case 'paren':
      return label.replace(/^[(（]\s*/, '（').replace(/\s*[)）]$/, '）');
    case 'dun':
      return label.replace(/、$/, '');
    default:
      return label;
  }
}
