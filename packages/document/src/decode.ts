/**
 * Bytes → text. A UTF-16 byte-order mark decides first; then UTF-8 (with or
 * without BOM); GB18030 as the fallback legacy encoding of Chinese government
 * files; binary data refused. When no encoding fits, the error names the
 * first byte that does not decode, with its line.
 */
import type { Diagnostic, Result } from '@amend/model';
import { diagnostic } from '@amend/model';

export function decode(bytes: Uint8Array, file?: string): Result<string | undefined> {
  const where = file === undefined ? {} : { file };
  if (bytes.length === 0) return { value: undefined, diagnostics: [diagnostic('io/empty', {}, where)] };
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return decodeUtf16(bytes, bytes[0] === 0xff, where);
  if (looksBinary(bytes)) return { value: undefined, diagnostics: [diagnostic('io/binary', {}, where)] };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const diagnostics: Diagnostic[] = [];
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(body);
      diagnostics.push(diagnostic('io/decoded-gb18030', {}, where));
    } catch {
      // Report where the encoding that got further stopped: that is the one the file was meant to be in.
      const at = (hasBom ? 3 : 0) + Math.max(firstBadUtf8(body), firstBadGb18030(body));
      return { value: undefined, diagnostics: [badByte(bytes, at, 1, 'utf-8', where)] };
    }
  }
  return finish(text, diagnostics, where);
}

function decodeUtf16(bytes: Uint8Array, little: boolean, where: { file?: string }): Result<string | undefined> {
  const body = bytes.subarray(2, bytes.length - (bytes.length % 2));
  const unit = (i: number) => (little ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  // A surrogate must come in a high–low pair; anything else is a damaged file.
  for (let i = 0; i < body.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < body.length ? unit(i + 2) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    if ((u >= 0xd800 && u <= 0xdfff) || u === 0)
      return { value: undefined, diagnostics: [badByte(bytes, 2 + i, 2, little ? 'utf-16le' : 'utf-16be', where)] };
  }
  if (bytes.length % 2)
    return { value: undefined, diagnostics: [badByte(bytes, bytes.length - 1, 2, little ? 'utf-16le' : 'utf-16be', where)] };
  const text = new TextDecoder(little ? 'utf-16le' : 'utf-16be').decode(body);
  return finish(text, [diagnostic('io/decoded-utf16', {}, where)], where);
}

function finish(text: string, diagnostics: Diagnostic[], where: { file?: string }): Result<string | undefined> {
  if (text.trim() === '') return { value: undefined, diagnostics: [diagnostic('io/empty', {}, where)] };
  return { value: text, diagnostics };
}

/** The error for the byte at `offset`, with the line and column it falls on (code units of `width` bytes). */
function badByte(
  bytes: Uint8Array,
  offset: number,
  width: 1 | 2,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be',
  where: { file?: string },
): Diagnostic {
  const start = width === 2 ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  let lineStart = start;
  for (let i = start; i + width <= offset; i += width) {
    const newline =
      width === 1
        ? bytes[i] === 0x0a
        : encoding === 'utf-16le'
          ? bytes[i] === 0x0a && bytes[i + 1] === 0
          : bytes[i] === 0 && bytes[i + 1] === 0x0a;
    if (newline) {
      line++;
      lineStart = i + width;
    }
  }
  // Column in characters of the decodable text before the bad byte, on its line.
  const column = new TextDecoder(encoding).decode(bytes.subarray(lineStart, offset)).length + 1;
  const point = { line, column, offset };
  const at = { ...point, column: column + 1, offset: offset + 1 };
  return diagnostic(
    'io/bad-encoding',
    { offset, line, byte: bytes[offset]?.toString(16).padStart(2, '0') ?? '' },
    { ...where, span: { start: point, end: at } },
  );
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** Offset of the first byte that does not fit GB18030's one-, two- or four-byte forms. */
function firstBadGb18030(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c === 0x80 || c === 0xff) return i;
    const d = b[i + 1];
    if (d !== undefined && ((d >= 0x40 && d <= 0x7e) || (d >= 0x80 && d <= 0xfe))) {
      i += 2;
      continue;
    }
    const e = b[i + 2];
    const f = b[i + 3];
    if (
      d !== undefined &&
      d >= 0x30 &&
      d <= 0x39 &&
      e !== undefined &&
      e >= 0x81 &&
      e <= 0xfe &&
      f !== undefined &&
      f >= 0x30 &&
      f <= 0x39
    ) {
      i += 4;
      continue;
    }
    return i;
  }
  return b.length;
}

/** A NUL byte anywhere, or many control characters near the start, do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > n / 20;
}
