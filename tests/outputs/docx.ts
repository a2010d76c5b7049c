import { unzipEntry } from '../../packages/render/test/zip.ts';

/** word/document.xml of a .docx; empty when the zip has none. */
export function documentXml(docx: Uint8Array): string {
  return unzipEntry(docx, 'word/document.xml') ?? '';
}

export interface Run {
  text: string;
  bold: boolean;
  strike: boolean;
  underline: boolean;
}

/** The text runs of a document.xml with the formatting the outputs use. */
export function docxRuns(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].map(([, props = '', text]) => ({
    text,
    bold: props.includes('<w:b/>'),
    strike: props.includes('<w:strike/>'),
    underline: /<w:u w:val="single"\/>/.test(props),
  }));
}

/** The paragraphs (`<w:p>…</w:p>`) of a document.xml. */
export function docxParagraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}
