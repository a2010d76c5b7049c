/**
 * Word's automatic list numbering, computed: which list and level a paragraph
 * is on (its own w:numPr or its style's), the running counts, and the label
 * its level's text makes of them (`第%1条` → 第五条, `（%1）` → （二）).
 *
 * Counting follows Word, not only the letter of ECMA-376 §17.9: every w:num
 * that refers to one w:abstractNum shares its counts, a w:startOverride
 * restarts them the first time its w:num is used, and using a level restarts
 * the deeper levels unless their w:lvlRestart says otherwise.
 */
import { formatNumber } from './list-formats.ts';
import { child, childVal, elements, isOn, isW, wAttr, type Element } from './wml.ts';

interface Level {
  start: number;
  format: string;
  /** `第%1条`; absent: the level shows no label. */
  text?: string;
  /** Restart after this level (1-based) is used; 0 never; absent: after any shallower level. */
  restart?: number;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  style?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** A numbering style whose own list holds the levels (w:numStyleLink). */
  numStyleLink?: string;
}

interface Num {
  abstract: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** The label of a numbered paragraph, and the separator Word sets after it. */
export interface Label {
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
  format: string;
}

export class ListNumbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleInfo>();
  private defaultStyle?: string;
  /** Level a paragraph style is tied to by a level's w:pStyle. */
  private readonly styleLevels = new Map<string, number>();
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();
  /** Formats met that are not known, to be reported once each. */
  readonly unknownFormats = new Set<string>();

  constructor(numbering?: Element, styles?: Element) {
    if (styles) this.readStyles(styles);
    if (!numbering) return;
    for (const e of elements(numbering)) {
      if (isW(e, 'abstractNum')) this.readAbstract(e);
    }
    for (const e of elements(numbering)) {
      if (isW(e, 'num')) this.readNum(e);
    }
  }

  /**
   * The label Word shows before this paragraph, counting it; undefined when
   * the paragraph is not numbered or its level shows nothing.
   */
  next(pPr: Element | undefined): Label | undefined {
    const styleId = childVal(pPr, 'pStyle') ?? this.defaultStyle;
    const direct = child(pPr, 'numPr');
    const fromStyle = this.styleNumbering(styleId);
    const numId = childVal(direct, 'numId') ?? fromStyle.numId;
    const ilvlText = childVal(direct, 'ilvl');
    let ilvl = ilvlText !== undefined ? Number(ilvlText) : fromStyle.ilvl;
    if (numId === undefined || numId === '0') return undefined;
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const abstractId = this.resolveAbstract(num.abstract);
    const abstract = abstractId === undefined ? undefined : this.abstracts.get(abstractId);
    if (!abstract || abstractId === undefined) return undefined;
    if (ilvl === undefined) ilvl = (styleId !== undefined ? this.styleLevels.get(`${abstractId}|${styleId}`) : undefined) ?? 0;
    if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) ilvl = 0;
    const levelOf = (k: number): Level | undefined => num.levels.get(k) ?? abstract.levels.get(k);
    const startOf = (k: number): number => num.starts.get(k) ?? levelOf(k)?.start ?? 0;
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const k of num.starts.keys()) counts[k] = undefined;
    }
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const r = levelOf(k)?.restart;
      if (r === undefined || (r > 0 && ilvl < r)) counts[k] = undefined;
    }
    if (level.format === 'bullet' || level.text === undefined) return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levelOf(k);
      const n = counts[k] ?? startOf(k);
      const format = level.legal ? 'decimal' : (l?.format ?? 'decimal');
      if (format === 'bullet') return '';
      const written = formatNumber(n, format);
      if (written === undefined) this.unknownFormats.add(format);
      return written ?? String(n);
    });
    return { text, suffix: level.suffix, format: level.format };
  }

  private readStyles(styles: Element): void {
    for (const s of elements(styles)) {
      if (!isW(s, 'style') || (wAttr(s, 'type') !== 'paragraph' && wAttr(s, 'type') !== 'numbering')) continue;
      const id = wAttr(s, 'styleId');
      if (id === undefined) continue;
      const numPr = child(child(s, 'pPr'), 'numPr');
      const ilvl = childVal(numPr, 'ilvl');
      this.styles.set(id, {
        basedOn: childVal(s, 'basedOn'),
        numId: childVal(numPr, 'numId'),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
      });
      if (wAttr(s, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '')) this.defaultStyle = id;
    }
  }

  /** The list a style (or a style it is based on) puts its paragraphs on. */
  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id);) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return { numId, ilvl };
  }

  /** Follow w:numStyleLink through its numbering style to the list that holds the levels. */
  private resolveAbstract(id: string): string | undefined {
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      const a = this.abstracts.get(cur);
      if (!a?.numStyleLink) return cur;
      const numId = this.styleNumbering(a.numStyleLink).numId;
      cur = numId === undefined ? undefined : this.nums.get(numId)?.abstract;
    }
    return cur;
  }

  private readAbstract(e: Element): void {
    const id = wAttr(e, 'abstractNumId');
    if (id === undefined) return;
    const levels = new Map<number, Level>();
    for (const l of elements(e)) {
      if (!isW(l, 'lvl')) continue;
      const k = Number(wAttr(l, 'ilvl') ?? 0);
      const level = readLevel(l);
      levels.set(k, level);
      if (level.style) this.styleLevels.set(`${id}|${level.style}`, k);
    }
    this.abstracts.set(id, { levels, numStyleLink: childVal(e, 'numStyleLink') });
  }

  private readNum(e: Element): void {
    const id = wAttr(e, 'numId');
    const abstract = childVal(e, 'abstractNumId');
    if (id === undefined || abstract === undefined) return;
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const o of elements(e)) {
      if (!isW(o, 'lvlOverride')) continue;
      const k = Number(wAttr(o, 'ilvl') ?? 0);
      const start = childVal(o, 'startOverride');
      const lvl = child(o, 'lvl');
      if (lvl) levels.set(k, readLevel(lvl));
      if (start !== undefined) starts.set(k, Number(start));
      else if (lvl && child(lvl, 'start')) starts.set(k, levels.get(k)!.start);
    }
    this.nums.set(id, { abstract, starts, levels });
  }
}

function readLevel(l: Element): Level {
  const restart = childVal(l, 'lvlRestart');
  const suffix = childVal(l, 'suff');
  const textEl = child(l, 'lvlText');
  return {
    start: Number(childVal(l, 'start') ?? 0),
    format: childVal(l, 'numFmt') ?? 'decimal',
    text: textEl ? (wAttr(textEl, 'val') ?? '') : undefined,
    restart: restart === undefined ? undefined : Number(restart),
    legal: isOn(child(l, 'isLgl')),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    style: childVal(l, 'pStyle'),
  };
}
