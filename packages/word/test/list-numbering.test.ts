import { describe, expect, it } from 'vitest';
import { ListNumbering } from '../src/docx-numbering.ts';
import { parseXml, type Element } from '../src/wml.ts';

/**
 * Counting as Word counts, on numbering definitions written out by hand
 * (the cases a generating library cannot write: w:lvlRestart, lists shared
 * by two w:num, numbering from paragraph styles, w:numStyleLink).
 */
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function root(xml: string): Element {
  const r = parseXml(xml);
  if ('reason' in r) throw new Error(r.reason);
  return r.root;
}

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** The labels of paragraphs given as pPr XML, in order. */
function labels(numbering: string, paragraphs: string[], styles = ''): string[] {
  const n = new ListNumbering(
    root(`<w:numbering ${NS}>${numbering}</w:numbering>`),
    styles ? root(`<w:styles ${NS}>${styles}</w:styles>`) : undefined,
  );
  return paragraphs.map((p) => n.next(root(`<w:pPr ${NS}>${p}</w:pPr>`))?.text ?? '');
}

const numPr = (numId: number, ilvl?: number) =>
  `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;

describe('ListNumbering', () => {
  it('articles numbered through chapters on one list: w:lvlRestart 0 keeps 第%2条 counting', () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'chineseCounting', '第%2条', '<w:lvlRestart w:val="0"/>')}${lvl(2, 'chineseCounting', '（%3）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(defs, [numPr(1, 0), numPr(1, 1), numPr(1, 2), numPr(1, 2), numPr(1, 1), numPr(1, 0), numPr(1, 1), numPr(1, 2)])).toEqual([
      '第一章',
      '第一条',
      '（一）',
      '（二）',
      '第二条',
      '第二章',
      '第三条',
      '（一）',
    ]);
  });

  it('two w:num of one w:abstractNum share the count; a w:startOverride starts it again where its w:num is first used', () => {
    const defs =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    expect(labels(defs, [numPr(1, 0), numPr(1, 0), numPr(2, 0), numPr(3, 0), numPr(3, 0), numPr(1, 0)])).toEqual([
      '1.',
      '2.',
      '3.',
      '1.',
      '2.',
      '3.',
    ]);
  });

  it('numbers the paragraphs of a style (through w:basedOn) and follows w:numStyleLink to the list that holds the levels', () => {
    const defs =
      `<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ArticleList"/></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ArticleList"/>${lvl(0, 'chineseCounting', '第%1条', '<w:pStyle w:val="Article"/>')}</w:abstractNum>` +
      '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="0"/></w:num>';
    const styles =
      `<w:style w:type="numbering" w:styleId="ArticleList"><w:pPr>${numPr(5)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Article"><w:pPr>${numPr(6)}</w:pPr></w:style>` +
      '<w:style w:type="paragraph" w:styleId="ArticleBold"><w:basedOn w:val="Article"/></w:style>';
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
    expect(labels(defs, [style('Article'), style('ArticleBold'), '', style('Article'), `${style('Article')}${numPr(0)}`], styles)).toEqual([
      '第一条',
      '第二条',
      '',
      '第三条',
      '',
    ]);
  });

  it('a bullet is no label; a level without text shows none but still counts', () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '●')}<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl>${lvl(2, 'decimal', '%2.%3')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(labels(defs, [numPr(1, 0), numPr(1, 1), numPr(1, 2)])).toEqual(['', '', '0.1']);
  });
});
