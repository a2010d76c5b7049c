/**
 * An independent reader of tracked changes, for the tests: word/document.xml
 * parsed with fast-xml-parser (not the XML code of the writer or of
 * @amend/word) and its paragraphs read with every revision accepted or every
 * revision rejected, the way ECMA-376 §17.13.5 defines them. Accepting drops
 * w:del content and keeps w:ins; a deleted paragraph mark joins the paragraph
 * to the next one. Rejecting does the opposite.
 */
import { XMLParser } from 'fast-xml-parser';
import { unzipEntry } from '../../packages/render/test/zip.ts';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
});

function tagOf(n: XmlNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}

function kids(n: XmlNode): XmlNode[] {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as XmlNode[]) : [];
}

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

export type Mode = 'accept' | 'reject';

/** The body's paragraphs as text (tabs as \t), every revision accepted or rejected; empty paragraphs left out. */
export function revisedParagraphs(docx: Uint8Array, mode: Mode): string[] {
  const xml = unzipEntry(docx, 'word/document.xml') ?? '';
  const doc = find(parser.parse(xml) as XmlNode[], 'w:document');
  const body = doc && find(kids(doc), 'w:body');
  if (!body) throw new Error('no w:body');
  const out: string[] = [];
  let carry = '';
  for (const n of kids(body)) {
    if (tagOf(n) !== 'w:p') continue;
    const pPr = find(kids(n), 'w:pPr');
    const mark = pPr && find(kids(pPr), 'w:rPr');
    const removed = mark && find(kids(mark), mode === 'accept' ? 'w:del' : 'w:ins');
    const text = carry + inline(kids(n), mode);
    if (removed) {
      carry = text;
      continue;
    }
    out.push(text);
    carry = '';
  }
  if (carry) out.push(carry);
  return out.filter((p) => p !== '');
}

function inline(nodes: XmlNode[], mode: Mode): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text' || tag === 'w:pPr' || tag === 'w:rPr') continue;
    if (tag === 'w:ins' && mode === 'reject') continue;
    if (tag === 'w:del' && mode === 'accept') continue;
    if (tag === 'w:t' || tag === 'w:delText')
      out += kids(n)
        .map((t) => String(t['#text'] ?? ''))
        .join('');
    else if (tag === 'w:tab') out += '\t';
    else out += inline(kids(n), mode);
  }
  return out;
}

/** Where the markup is wrong: text in a deletion that is not w:delText, or w:delText outside one. */
export function misplacedText(docx: Uint8Array): string[] {
  const xml = unzipEntry(docx, 'word/document.xml') ?? '';
  const problems: string[] = [];
  const walk = (nodes: XmlNode[], inDel: boolean): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:t' && inDel) problems.push(`w:t inside w:del: ${JSON.stringify(kids(n))}`);
      if (tag === 'w:delText' && !inDel) problems.push(`w:delText outside w:del: ${JSON.stringify(kids(n))}`);
      walk(kids(n), inDel || tag === 'w:del');
    }
  };
  walk(parser.parse(xml) as XmlNode[], false);
  return problems;
}
