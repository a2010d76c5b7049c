/**
 * The one home of reading plain text: physical lines (LF, CRLF or a lone CR
 * each end one, offsets into the text as given), what counts as a space, and
 * the two ways spaces are squeezed — out of a heading or title, where they
 * are layout (总 则 → 总则), and into one for a message that quotes a text.
 */

/** One physical line: its text without the line break, where it starts and ends, where the next begins. */
export interface PhysicalLine {
  /** 1-based. */
  line: number;
  text: string;
  /** Offsets in the whole text (end exclusive, before the line break). */
  from: number;
  to: number;
  /** Offset of the next line (past the line break); text.length + 1 after the last. */
  next: number;
}

/** Every physical line, the last one too (empty when the text ends with a line break). */
export function physicalLines(text: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  const n = text.length;
  let pos = 0;
  let line = 0;
  // Without a \r (nearly every text) the breaks are found by search. (Tested with a pattern: indexOf('\r')
  // ran some hundred times slower once optimised, on some texts.)
  const lf = !/\r/.test(text);
  while (pos <= n) {
    let eol = lf ? text.indexOf('\n', pos) : pos;
    if (eol < 0) eol = n;
    while (!lf && eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next = eol >= n ? n + 1 : text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
    out.push({ line: ++line, text: text.slice(pos, eol), from: pos, to: eol, next });
    pos = next;
  }
  return out;
}

/** Spaces within a line: ASCII and ideographic spaces, tabs, no-break and zero-width spaces, the BOM. */
export function isSpace(code: number): boolean {
  // Compared, not looked up in a set: called for the edges of every line, most often with a CJK character.
  if (code >= 0x3000) return code === 0x3000 || code === 0xfeff;
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0x2002 ||
    code === 0x2003 ||
    code === 0x2009 ||
    code === 0x202f
  );
}

/** 总 则 → 总则: spaces inside a heading or a title are layout, except one between two ASCII words. */
export function squeezeSpaces(s: string): string {
  // Runs between spaces are copied whole (a text without spaces is returned as it is).
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    out += s.slice(from, i);
    let j = i;
    while (j + 1 < s.length && isSpace(s.charCodeAt(j + 1))) j++;
    if (isAsciiWord(out.charCodeAt(out.length - 1)) && isAsciiWord(s.charCodeAt(j + 1))) out += ' ';
    i = j;
    from = j + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A text quoted in a message: on one line, each run of spaces and line breaks one space, cut at `max` characters with …. */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
