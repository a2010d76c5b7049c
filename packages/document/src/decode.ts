/**
 * Bytes → text. UTF-8 (with or without BOM) first; GB18030 as the fallback
 * legacy encoding of Chinese government files; binary data refused.
 */
import type { Diagnostic, Result } from '@amend/model';
import { diagnostic } from '@amend/model';

export function decode(bytes: Uint8Array, file?: string): Result<string | undefined> {
  const where = file === undefined ? {} : { file };
  if (bytes.length === 0) return { value: undefined, diagnostics: [diagnostic('io/empty', {}, where)] };
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
      return { value: undefined, diagnostics: [diagnostic('io/unknown-encoding', {}, where)] };
    }
  }
  if (text.trim() === '') return { value: undefined, diagnostics: [diagnostic('io/empty', {}, where)] };
  return { value: text, diagnostics };
}

/** NUL bytes, or many control characters, do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > n / 20;
}
