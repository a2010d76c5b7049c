/**
 * Per-character provenance of a text unit while a decision is applied: each
 * run of text is either carried over from an original unit (`unit` and the
 * offset `start` in that unit's original text) or written by the decision
 * (no `unit`). Cross-references are rewritten only inside carried-over runs.
 */
export interface Seg {
  text: string;
  unit?: string;
  start?: number;
}

export function originalSegs(unit: string, text: string): Seg[] {
  return text ? [{ text, unit, start: 0 }] : [];
}

export function newSegs(text: string): Seg[] {
  return text ? [{ text }] : [];
}

export function segsText(segs: readonly Seg[]): string {
  let s = '';
  for (const g of segs) s += g.text;
  return s;
}

/** The runs covering [from, to) of the joined text. */
export function sliceSegs(segs: readonly Seg[], from: number, to: number): Seg[] {
  const out: Seg[] = [];
  let at = 0;
  for (const g of segs) {
    const end = at + g.text.length;
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (a < b) {
      const piece: Seg = { text: g.text.slice(a - at, b - at) };
      if (g.unit !== undefined) {
        piece.unit = g.unit;
        piece.start = (g.start ?? 0) + (a - at);
      }
      out.push(piece);
    }
    at = end;
    if (at >= to) break;
  }
  return out;
}

/** Concatenate runs, joining neighbours that continue the same original run. */
export function concatSegs(...lists: readonly Seg[][]): Seg[] {
  const out: Seg[] = [];
  for (const list of lists) {
    for (const g of list) {
      if (!g.text) continue;
      const last = out[out.length - 1];
      if (last && last.unit === g.unit && (g.unit === undefined || (last.start ?? 0) + last.text.length === g.start)) {
        out[out.length - 1] = { ...last, text: last.text + g.text };
      } else out.push({ ...g });
    }
  }
  return out;
}

/** Remove [from, to) from the runs. */
export function removeRange(segs: readonly Seg[], from: number, to: number): Seg[] {
  return concatSegs(sliceSegs(segs, 0, from), sliceSegs(segs, to, Infinity));
}

/**
 * When [from, to) is one unbroken run of original text, the original unit and
 * offsets it came from; otherwise undefined (the decision wrote some of it).
 */
export function originalRange(segs: readonly Seg[], from: number, to: number): { unit: string; start: number; end: number } | undefined {
  let at = 0;
  for (const g of segs) {
    const end = at + g.text.length;
    if (from >= at && from < end) {
      if (g.unit === undefined || to > end) return undefined;
      const start = (g.start ?? 0) + (from - at);
      return { unit: g.unit, start, end: start + (to - from) };
    }
    at = end;
  }
  return undefined;
}
