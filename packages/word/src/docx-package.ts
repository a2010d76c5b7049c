/**
 * A Word file is an OPC package: a zip of XML parts tied together by
 * relationship parts. This opens one with fflate, reading only the parts the
 * text needs (never the pictures), and finds them the way Word does: the main
 * document from the package's relationships, its numbering, styles, notes and
 * comments from the document's own.
 */
import { unzipSync } from 'fflate';
import type { Diagnostic } from '@amend/model';
import { diagnostic } from '@amend/model';
import { elements, isW, parseXml, type Element } from './wml.ts';

/** Larger files are refused before they are opened: a rule's text takes a few hundred KB. */
export const MAX_WORD_BYTES = 50 * 1024 * 1024;
/** The XML parts read may not expand to more than this in all (a zip bomb would). */
const MAX_XML_BYTES = 200 * 1024 * 1024;

/** The parts of a Word document the text is read from, parsed. */
export interface WordParts {
  document: Element;
  numbering?: Element;
  styles?: Element;
  footnotes?: Element;
  endnotes?: Element;
  comments?: Element;
}

const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Relationship types end in these names, in the transitional and the strict vocabulary alike. */
const RELATED = ['numbering', 'styles', 'footnotes', 'endnotes', 'comments'] as const;

export function openWordPackage(bytes: Uint8Array, file?: string): { parts?: WordParts; diagnostics: Diagnostic[] } {
  const where = file === undefined ? {} : { file };
  const fail = (d: Diagnostic) => ({ diagnostics: [d] });
  if (bytes.length > MAX_WORD_BYTES) {
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    return fail(diagnostic('word/too-large', { size: mb(bytes.length), limit: mb(MAX_WORD_BYTES) }, where));
  }
  let files: Record<string, Uint8Array>;
  let expanded = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.(xml|rels)$/i.test(f.name)) return false;
        expanded += f.originalSize;
        return expanded <= MAX_XML_BYTES;
      },
    });
  } catch (e) {
    return fail(diagnostic('word/damaged', { reason: zipReason(e) }, where));
  }
  if (expanded > MAX_XML_BYTES) return fail(diagnostic('word/damaged', { reason: 'its XML parts expand to more than 200 MB' }, where));
  // Part names are case-insensitive in a package.
  const byName = new Map(Object.entries(files).map(([k, v]) => [k.toLowerCase(), v]));
  const read = (path: string): { root?: Element; diagnostic?: Diagnostic } => {
    const data = byName.get(path.toLowerCase());
    if (!data) return {};
    const parsed = parseXml(xmlText(data));
    if ('reason' in parsed) return { diagnostic: diagnostic('word/bad-xml', { part: path, reason: parsed.reason }, where) };
    return { root: parsed.root };
  };
  const mainPath = target(read('_rels/.rels').root, 'officeDocument', '') ?? 'word/document.xml';
  const main = read(mainPath);
  if (main.diagnostic) return fail(main.diagnostic);
  if (!main.root || !isW(main.root, 'document')) return fail(diagnostic('word/not-word', { part: mainPath }, where));
  const parts: WordParts = { document: main.root };
  const diagnostics: Diagnostic[] = [];
  const rels = read(relsPath(mainPath)).root;
  for (const name of RELATED) {
    const path = target(rels, name, folder(mainPath));
    if (!path) continue;
    const part = read(path);
    if (part.diagnostic) diagnostics.push(part.diagnostic);
    else if (part.root) parts[name] = part.root;
  }
  return { parts, diagnostics };
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsPath(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

function folder(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The part a relationship of the given type points to, as a path inside the package. */
function target(rels: Element | undefined, type: string, base: string): string | undefined {
  if (!rels) return undefined;
  for (const r of elements(rels)) {
    if (r.namespaceURI !== REL || r.localName !== 'Relationship') continue;
    if (r.getAttribute('TargetMode') === 'External') continue;
    if (!(r.getAttribute('Type') ?? '').endsWith(`/${type}`)) continue;
    const t = r.getAttribute('Target') ?? '';
    return resolvePath(t.startsWith('/') ? t.slice(1) : base + t);
  }
  return undefined;
}

/** Resolve `.` and `..` segments. */
function resolvePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** XML parts are UTF-8, or UTF-16 with a byte order mark. */
function xmlText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

function zipReason(e: unknown): string {
  const message = (e as Error).message ?? String(e);
  if (/invalid zip|unexpected EOF|invalid (block|length|distance)/i.test(message))
    return `the zip archive is incomplete or corrupt (${message})`;
  return message;
}
