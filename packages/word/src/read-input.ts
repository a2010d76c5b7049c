/**
 * Any input file, told apart by its content rather than its name: a zip
 * archive is read as a Word document (.docx, .docm, .dotx …), an OLE
 * compound file is a Word 97–2003 document or a password-protected one
 * (both refused, each with its own reason), anything else is text.
 */
import CFB from 'cfb';
import { decode } from '@amend/document';
import type { ParagraphMap, Result } from '@amend/model';
import { diagnostic } from '@amend/model';
import { readDocx } from './docx-read.ts';

/** The text of an input, and for a Word document where each line of it came from. */
export interface InputText {
  text: string;
  /** Present when the text was read from a Word document: diagnostics then name paragraphs (¶12:5). */
  paragraphs?: ParagraphMap;
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Names under which Word documents are saved; content decides, the name only sharpens an error. */
const WORD_NAME = /\.(docx|docm|dotx|dotm)$/i;

export function readInput(bytes: Uint8Array, file?: string): Result<InputText | undefined> {
  const where = file === undefined ? {} : { file };
  if (startsWith(bytes, ZIP) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    const word = readDocx(bytes, file);
    return { value: word.value && { text: word.value.text, paragraphs: word.value.paragraphs }, diagnostics: word.diagnostics };
  }
  if (startsWith(bytes, OLE)) return { value: undefined, diagnostics: [oleDiagnostic(bytes, where)] };
  const decoded = decode(bytes, file);
  if (
    decoded.value === undefined &&
    file !== undefined &&
    WORD_NAME.test(file) &&
    decoded.diagnostics.some((d) => d.ruleId === 'io/binary')
  ) {
    return {
      value: undefined,
      diagnostics: [diagnostic('word/damaged', { reason: 'it does not begin as a Word document (a zip archive) does' }, where)],
    };
  }
  return { value: decoded.value === undefined ? undefined : { text: decoded.value }, diagnostics: decoded.diagnostics };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, k) => bytes[k] === b);
}

/** What an OLE compound file holds: an encrypted package, a .doc, or something else. */
function oleDiagnostic(bytes: Uint8Array, where: { file?: string }) {
  let names: string[];
  try {
    names = CFB.read(bytes, { type: 'array' }).FileIndex.map((f) => f.name);
  } catch {
    return diagnostic('word/damaged', { reason: 'the OLE compound file cannot be read' }, where);
  }
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return diagnostic('word/encrypted', {}, where);
  if (names.includes('WordDocument')) return diagnostic('word/legacy-doc', {}, where);
  return diagnostic('io/binary', {}, where);
}
