/**
 * Decision payloads (the unquoted text after 修改为： / 作为第X条：) parsed at
 * the level the instruction addresses. Fragment nodes have no positions: they
 * come from the decision, not from the rule.
 */
import type {
  Article,
  Chapter,
  Diagnostic,
  Document,
  Fragment,
  Item,
  Level,
  Node,
  Paragraph,
  Part,
  Result,
  Section,
  Subitem,
} from '@amend/model';
import { diagnostic, LineIndex, squeezeSpaces } from '@amend/model';
import { Builder } from './build.ts';
import { plainLine, plainTexts, readLines } from './lines.ts';
import { classify, type LineKind } from './recognise.ts';

/**
 * - `article`: the article's 款 (`paragraphs`); when the text itself starts
 *   with 第X条, the whole article(s) (`articles`).
 * - `paragraph`, `preamble`: `paragraphs`, with 项 attached to the 款 above.
 * - `item`: `items`, labels kept as written (`（三）` or `(三)`), 目 attached.
 * - `subitem`: `subitems`.
 * - `part`, `chapter`, `section`: `articles` when the text holds articles (its
 *   heading line stays in `text`, and the divisions read are in `divisions`),
 *   else `heading`.
 * - `title`: `heading`.
 *
 * `plain`: the caller knows the text holds no CR and no TAB (a decision's payload, cut from lines).
 */
export function parseFragment(text: string, level: Level, plain = false): Result<Fragment> {
  const diagnostics: Diagnostic[] = [];
  if (level === 'article' || level === 'paragraph' || level === 'preamble' || level === 'sentence') {
    const paragraphs = plainParagraphs(text, plain);
    if (paragraphs) return { value: { level: 'paragraphs', text, paragraphs }, diagnostics };
  }
  const { texts: lines, tabs } = plainTexts(text);
  if (lines.length === 0) diagnostics.push(diagnostic('document/empty-fragment', { level }));
  // Each line classified once, on first need, for every question asked of it below (not for a title).
  let kinds: LineKind[] | undefined;
  const kindsOf = (first?: LineKind): LineKind[] => (kinds ??= lines.map((l, i) => (i === 0 && first ? first : classify(l, -1, tabs))));
  switch (level) {
    case 'title':
      return { value: { level: 'heading', text: squeezeSpaces(lines.join('')) }, diagnostics };
    case 'part':
    case 'chapter':
    case 'section':
      if (!kindsOf().some((k) => k.k === 'article')) {
        const k = kindsOf()[0] as LineKind | undefined;
        return {
          value: { level: 'heading', text: k?.k === 'heading' && k.num > 0 ? k.title : squeezeSpaces(lines.join('')) },
          diagnostics,
        };
      }
      return { value: { level: 'articles', text, ...read(text, diagnostics) }, diagnostics };
    case 'article': {
      // Whole articles when the text starts with 第X条: only the first line need be classified.
      const first = lines.length ? classify(lines[0], -1, tabs) : undefined;
      if (first?.k === 'article') return { value: { level: 'articles', text, articles: read(text, diagnostics).articles }, diagnostics };
      return {
        value: { level: 'paragraphs', text, paragraphs: checkedParagraphs(lines, kindsOf(first), level, diagnostics) },
        diagnostics,
      };
    }
    case 'paragraph':
    case 'preamble':
    // A sentence's new words are read like a 款's: its text replaces the sentence.
    case 'sentence':
      return { value: { level: 'paragraphs', text, paragraphs: checkedParagraphs(lines, kindsOf(), level, diagnostics) }, diagnostics };
    case 'item':
      return { value: { level: 'items', text, items: itemsOf(lines, kindsOf()) }, diagnostics };
    case 'subitem': {
      const each = kindsOf();
      return { value: { level: 'subitems', text, subitems: lines.map((l, i) => subitemOf(l, each[i], i)) }, diagnostics };
    }
    default: {
      const never: never = level;
      return never;
    }
  }
}

/**
 * A payload none of whose lines starts an article, a heading or a 项 (nearly all of them: 修改为：“…。” and the
 * 款 of an article): one 款 per line, as `checkedParagraphs` would make them (nothing to report, no 项 to
 * attach), read in one pass without the lists of lines and kinds. Undefined for any other payload, and for
 * one with a CR or TAB or no words, which the general path reads.
 */
function plainParagraphs(text: string, plain: boolean): Paragraph[] | undefined {
  if (!plain && (text.includes('\r') || text.includes('\t'))) return undefined;
  const out: Paragraph[] = [];
  // The lines plainTexts gives a text without TAB or CR.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = plainLine(text, from, to);
    if (line !== undefined) {
      const k = classify(line, -1, false).k;
      if (k === 'article' || k === 'heading' || k === 'item') return undefined;
      out.push({ kind: 'paragraph', id: PARA_IDS[out.length] ?? `para_${out.length + 1}`, text: line, children: [] });
    }
    from = to + 1;
  }
  return out.length ? out : undefined;
}

/** The 款 of a payload, checked for lines that would be read back as articles or headings. */
function checkedParagraphs(lines: string[], kinds: LineKind[], level: Level, diagnostics: Diagnostic[]): Paragraph[] {
  checkParagraphLines(lines, kinds, level, diagnostics);
  return paragraphsOf(lines, kinds);
}

/**
 * 款 text cannot hold a line that starts an article or a heading (第二十二条　…,
 * 第三章　…): written into the rule it would be read back as one, so the
 * result would not say what the decision says.
 */
function checkParagraphLines(lines: string[], kinds: LineKind[], level: Level, diagnostics: Diagnostic[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const k = kinds[i];
    if (k.k !== 'article' && k.k !== 'heading') continue;
    const found = line.slice(0, Math.min(line.length, 12));
    diagnostics.push(diagnostic('document/fragment-structure', { level, found, kind: k.k === 'article' ? 'article' : 'heading' }));
    return;
  }
}

function paragraphsOf(lines: string[], kinds: LineKind[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const k = kinds[i];
    const last = out[out.length - 1];
    const lastItem = last?.children[last.children.length - 1];
    if (k.k === 'item') {
      const p = last ?? push(out, '');
      p.children.push(item(k.num, k.label, k.text, `${p.id}__item_${k.num}`));
    } else if (k.k === 'arabic' && lastItem) {
      lastItem.children.push({ kind: 'subitem', id: `${lastItem.id}__subitem_${k.num}`, num: k.num, label: k.label, text: k.text });
    } else push(out, line);
  }
  return out;
}

/** para_1 … para_16, made once: nearly every payload has a paragraph or a few. */
const PARA_IDS = Array.from({ length: 16 }, (_, i) => `para_${i + 1}`);

function push(out: Paragraph[], text: string): Paragraph {
  const p: Paragraph = { kind: 'paragraph', id: PARA_IDS[out.length] ?? `para_${out.length + 1}`, text, children: [] };
  out.push(p);
  return p;
}

function item(num: number, label: string, text: string, id: string): Item {
  return { kind: 'item', id, num, label, text, children: [] };
}

function itemsOf(lines: string[], kinds: LineKind[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const k = kinds[i];
    const last = out[out.length - 1];
    if (k.k === 'item') out.push(item(k.num, k.label, k.text, `item_${k.num}`));
    else if (k.k === 'arabic' && last)
      last.children.push({ kind: 'subitem', id: `${last.id}__subitem_${k.num}`, num: k.num, label: k.label, text: k.text });
    // An item written without its label: the engine gives it the number of the place it goes to.
    else if (!last) out.push(item(0, '', line, 'item_0'));
    else last.text += line;
  }
  return out;
}

function subitemOf(line: string, k: LineKind, i: number): Subitem {
  if (k.k === 'arabic') return { kind: 'subitem', id: `subitem_${k.num}`, num: k.num, label: k.label, text: k.text };
  return { kind: 'subitem', id: `subitem_${i + 1}`, num: 0, label: '', text: line };
}

/** The articles of a payload and, when it starts with a heading, the divisions holding them. */
function read(text: string, diagnostics: Diagnostic[]): { articles: Article[]; divisions?: (Part | Chapter | Section)[] } {
  const doc: Document = { kind: 'document', id: '', type: 'rule', title: '', notes: [], toc: [], preamble: [], children: [], meta: {} };
  const builder = new Builder(doc, { index: new LineIndex(text), diagnostics, rule: true, joinPageBreaks: false });
  for (const line of readLines(text, 'plain')) builder.add({ ...line, blankBefore: false });
  const articles: Article[] = [];
  const collect = (nodes: readonly Document['children'][number][]) => {
    for (const n of nodes) {
      if (n.kind === 'article') articles.push(n);
      else if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') collect(n.children);
    }
  };
  collect(doc.children);
  for (const a of articles) {
    a.id = a.num.sub ? `art_${a.num.n}_${a.num.sub}` : `art_${a.num.n}`;
    stripPos(a);
    a.children.forEach((p, i) => {
      p.id = `${a.id}__para_${i + 1}`;
      p.children.forEach((it) => {
        it.id = `${p.id}__item_${it.num}`;
        it.children.forEach((s) => (s.id = `${it.id}__subitem_${s.num}`));
      });
    });
  }
  const divisions = doc.children.filter(
    (n): n is Part | Chapter | Section => n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section',
  );
  if (divisions.length === 0) return { articles };
  const clear = (d: Part | Chapter | Section): void => {
    delete d.pos;
    d.id = '';
    for (const c of d.children as Node[]) if (c.kind === 'chapter' || c.kind === 'section') clear(c);
  };
  divisions.forEach(clear);
  return { articles, divisions };
}

function stripPos(a: Article): void {
  delete a.pos;
  for (const p of a.children) {
    delete p.pos;
    for (const it of p.children) {
      delete it.pos;
      for (const s of it.children) delete s.pos;
    }
  }
}
