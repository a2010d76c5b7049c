/**
 * The tree builder: one pass over classified lines with a small stack of open
 * containers (编 › 章 › 节 › 条 › 款 › 项, or plan points and boxes).
 */
import type {
  Article,
  ArticleNumber,
  Block,
  Box,
  Chapter,
  Diagnostic,
  Document,
  Item,
  LineIndex,
  Paragraph,
  Part,
  PlanPoint,
  Section,
  Span,
} from '@amend/model';
import { articleLabel, assertNever, diagnostic, headingNumber, squeezeSpaces, toChinese } from '@amend/model';
import type { Line } from './lines.ts';
import { classify, endsSentence, looksUnfinished, type HeadingLevel, type LineKind } from './recognise.ts';

export interface BuildContext {
  file?: string;
  index: LineIndex;
  diagnostics: Diagnostic[];
  /** The document is a rule: articles are its body and list markers belong inside them. */
  rule: boolean;
  /**
   * A rule without articles whose body is numbered 一、二、 (a 规定 drafted as
   * a standing-committee decision): its first 一、 ends the 引言.
   */
  pointsBody?: boolean;
  /** Rejoin lines broken at page ends (OCR and scanned plain text). */
  joinPageBreaks: boolean;
  /**
   * Join a line that starts with an out-of-sequence article number to an
   * unfinished sentence above it (Markdown sources; canonical text, which puts
   * a blank line before every article, never has such breaks).
   */
  joinStrayArticles?: boolean;
  /** Level of an unnumbered heading by its `#` depth (LawRefBook and canonical text), if headings come from depth. */
  depthLevel?: (depth: number) => HeadingLevel | undefined;
}

/** The tree's 一、/（一）/1. point (the model's `Point` name is taken by positions). */
type TextNode = { text: string; pos?: Span };
type Structural = Document | Part | Chapter | Section;
const RANK = { dun: 0, paren: 1, arabic: 2 } as const;

export class Builder {
  private part?: Part;
  private chapter?: Chapter;
  private section?: Section;
  private article?: Article;
  private box?: Box;
  private points: PlanPoint[] = [];
  private last?: TextNode;
  private lastArticle?: ArticleNumber;
  private preamble = true;

  constructor(
    readonly doc: Document,
    private readonly ctx: BuildContext,
  ) {}

  add(line: Line): void {
    const pos = this.ctx.index.span(line.start, line.end);
    this.process(line, pos);
    this.extendOpen(pos);
  }

  private process(line: Line, pos: Span): void {
    const kind = this.kindOf(line);
    if (this.preamble) {
      const ends =
        kind.k === 'heading' ||
        kind.k === 'article' ||
        (!this.ctx.rule && kind.k !== 'text') ||
        (this.ctx.pointsBody === true && kind.k === 'dun');
      if (!ends) {
        if (this.join(line, pos)) return;
        const p = para(line.text, pos);
        this.doc.preamble.push(p);
        this.last = p;
        return;
      }
      this.preamble = false;
    }
    switch (kind.k) {
      case 'heading':
        return this.heading(kind, pos);
      case 'article':
        return this.articleLine(kind, line, pos);
      case 'item':
      case 'arabic':
      case 'dun':
        if (this.article) return this.inArticle(kind, line, pos);
        if (this.groupRow(line, pos)) return;
        return this.point(kind, pos);
      case 'box':
        if (this.article) return this.inArticle(kind, line, pos);
        this.points = [];
        this.box = { kind: 'box', id: '', title: kind.title, children: [], pos };
        this.structural().children.push(this.box);
        this.last = undefined;
        return;
      case 'row':
        return this.article ? this.inArticle(kind, line, pos) : this.row(kind.cells, pos);
      case 'text':
        if (this.join(line, pos)) return;
        if (!this.article && this.groupRow(line, pos)) return;
        return this.article ? this.inArticle(kind, line, pos) : this.block(para(line.text, pos));
      default:
        return assertNever(kind, 'line kind');
    }
  }

  private kindOf(line: Line): LineKind {
    const kind = classify(line.text, line.boldEnd);
    if (line.depth > 0 && kind.k !== 'heading' && kind.k !== 'article' && this.ctx.depthLevel) {
      const level = this.ctx.depthLevel(line.depth);
      if (level) return { k: 'heading', level, num: 0, title: squeezeSpaces(line.text) };
    }
    return kind;
  }

  /** Page-break rejoining: an unfinished line, a blank line, then a line that starts nothing new. */
  private join(line: Line, pos: Span): boolean {
    const last = this.last;
    if (!this.ctx.joinPageBreaks || !line.blankBefore || !last || !looksUnfinished(last.text)) return false;
    last.text += line.text;
    if (last.pos) last.pos = { start: last.pos.start, end: pos.end };
    this.ctx.diagnostics.push(diagnostic('document/joined-page-break', {}, { file: this.ctx.file, span: pos }));
    return true;
  }

  private heading(h: Extract<LineKind, { k: 'heading' }>, pos: Span): void {
    this.article = undefined;
    this.box = undefined;
    this.points = [];
    this.last = undefined;
    switch (h.level) {
      case 'part':
        this.part = { kind: 'part', id: '', num: h.num, title: h.title, children: [], pos };
        this.chapter = this.section = undefined;
        this.doc.children.push(this.part);
        return;
      case 'chapter':
        this.chapter = { kind: 'chapter', id: '', num: h.num, title: h.title, children: [], pos };
        this.section = undefined;
        (this.part ?? this.doc).children.push(this.chapter);
        return;
      case 'section':
        this.section = { kind: 'section', id: '', num: h.num, title: h.title, children: [], pos };
        if (this.chapter) this.chapter.children.push(this.section);
        else if (this.part) {
          // 节 directly under 编 has no place in the tree: keep it at the top with an error.
          this.error(pos, `第${toChinese(h.num)}节 directly under a 编 without a 章`, 'a 章 heading (第X章) before the 节');
          this.part = undefined;
          this.doc.children.push(this.section);
        } else this.doc.children.push(this.section);
        return;
    }
  }

  private articleLine(a: Extract<LineKind, { k: 'article' }>, line: Line, pos: Span): void {
    if (a.num.n === 0) {
      const found = line.text.slice(0, line.text.indexOf('条') + 1);
      this.ctx.diagnostics.push(
        diagnostic('document/article-zero', { found }, { file: this.ctx.file, span: pos, expected: '第一条 or a later number' }),
      );
    }
    const prev = this.lastArticle;
    if (prev && !follows(prev, a.num)) {
      // A stray line break can start a line with 第五十二条 inside a sentence: join it back.
      const last = this.last;
      // (a sentence cut after a book title 《…》 is still unfinished; a short line is not a cut sentence)
      if (
        this.ctx.joinStrayArticles &&
        this.article &&
        last &&
        line.blankBefore &&
        last.text.length >= 10 &&
        !endsSentence(last.text.replace(/》$/, ''))
      ) {
        last.text += line.text;
        if (last.pos) last.pos = { start: last.pos.start, end: pos.end };
        this.ctx.diagnostics.push(
          diagnostic(
            'document/joined-stray-article',
            { found: articleLabel(a.num), article: articleLabel(prev) },
            { file: this.ctx.file, span: pos },
          ),
        );
        return;
      }
      this.ctx.diagnostics.push(
        diagnostic(
          'document/article-out-of-order',
          { found: articleLabel(a.num), previous: articleLabel(prev) },
          { file: this.ctx.file, span: pos },
        ),
      );
    }
    this.lastArticle = a.num;
    this.box = undefined;
    this.points = [];
    const first: Paragraph[] = a.text === '' ? [] : [para(a.text, pos)];
    this.article = { kind: 'article', id: '', num: a.num, children: first, pos };
    this.last = first[0];
    (this.section ?? this.chapter ?? this.part ?? this.doc).children.push(this.article);
  }

  /** A line inside an article: a further 款, a 项 of the 款 above, or a 目 of the 项 above. */
  private inArticle(kind: LineKind, line: Line, pos: Span): void {
    const article = this.article!;
    let lastPara = article.children[article.children.length - 1];
    if (kind.k === 'item') {
      if (!lastPara) {
        lastPara = para('', pos);
        article.children.push(lastPara);
      }
      const prev = lastPara.children[lastPara.children.length - 1];
      if ((prev?.num ?? 0) + 1 !== kind.num) {
        this.ctx.diagnostics.push(
          diagnostic(
            'document/item-out-of-order',
            { found: kind.label, previous: prev?.label ?? '(none)' },
            { file: this.ctx.file, span: pos },
          ),
        );
      }
      const item: Item = { kind: 'item', id: '', num: kind.num, label: kind.label, text: kind.text, children: [], pos };
      lastPara.children.push(item);
      this.last = item;
      return;
    }
    const lastItem = lastPara?.children[lastPara.children.length - 1];
    if (kind.k === 'arabic' && lastItem) {
      const sub = { kind: 'subitem' as const, id: '', num: kind.num, label: kind.label, text: kind.text, pos };
      lastItem.children.push(sub);
      lastItem.pos = lastItem.pos && { start: lastItem.pos.start, end: pos.end };
      this.last = sub;
      return;
    }
    // Everything else inside an article is a further 款, written as it stands.
    const p = para(line.text, pos);
    article.children.push(p);
    this.last = p;
  }

  private point(kind: Extract<LineKind, { k: 'item' | 'arabic' | 'dun' }>, pos: Span): void {
    const style = kind.k === 'item' ? 'paren' : kind.k;
    while (this.points.length && RANK[this.points[this.points.length - 1].style] >= RANK[style]) this.points.pop();
    const parent = this.blockParent();
    if (
      this.ctx.rule &&
      !this.box &&
      this.points.length === 0 &&
      parent.kind !== 'document' &&
      'num' in parent &&
      parent.num > 0 &&
      parent.children.length === 0
    ) {
      const what = kind.k === 'item' ? '项' : kind.k === 'arabic' ? '目' : '';
      this.error(
        pos,
        `${what ? 'item' : 'list marker'} ${kind.label} directly under ${headingLabel(parent)}, outside any article`,
        `an article (第X条) before its ${what || 'list'} ${kind.label}`,
      );
    }
    const p: PlanPoint = { kind: 'point', id: '', style, num: kind.num, label: kind.label, text: kind.text, children: [], pos };
    parent.children.push(p);
    this.points.push(p);
    this.last = p;
  }

  private row(cells: string[], pos: Span): void {
    const parent = this.blockParent();
    const prev = parent.children[parent.children.length - 1];
    this.last = undefined;
    if (prev && prev.kind === 'table') {
      prev.rows.push(cells);
      if (prev.pos) prev.pos = { start: prev.pos.start, end: pos.end };
      return;
    }
    parent.children.push({ kind: 'table', id: '', rows: [cells], pos });
  }

  /**
   * A short caption line between table rows (一、就业 in a 专栏 table) is a
   * row of its own, not a new paragraph cutting the table in two.
   */
  private groupRow(line: Line, pos: Span): boolean {
    if (line.blankBefore || line.text.length > 20 || /[，。；：]/.test(line.text)) return false;
    const parent = this.blockParent();
    const prev = parent.children[parent.children.length - 1];
    if (!prev || prev.kind !== 'table' || this.last !== undefined) return false;
    this.row([line.text], pos);
    return true;
  }

  private block(p: Paragraph): void {
    this.blockParent().children.push(p);
    this.last = p;
  }

  private blockParent(): { children: Block[] } & (PlanPoint | Box | Structural) {
    return this.points[this.points.length - 1] ?? this.box ?? this.structural();
  }

  private structural(): Structural {
    return this.section ?? this.chapter ?? this.part ?? this.doc;
  }

  /** Open containers end where their last line ends. */
  private extendOpen(pos: Span): void {
    const end = pos.end;
    const stretch = (n: { pos?: Span } | undefined) => {
      if (n?.pos && n.pos.end.offset < end.offset) n.pos = { start: n.pos.start, end };
    };
    stretch(this.part);
    stretch(this.chapter);
    stretch(this.section);
    stretch(this.box);
    for (const p of this.points) stretch(p);
    const a = this.article;
    if (a) {
      stretch(a);
      stretch(a.children[a.children.length - 1]);
    }
  }

  private error(span: Span, reason: string, expected: string): void {
    this.ctx.diagnostics.push(diagnostic('document/unexpected-line', { reason }, { file: this.ctx.file, span, expected }));
  }
}

function para(text: string, pos: Span): Paragraph {
  return { kind: 'paragraph', id: '', text, children: [], pos };
}

/** 第十四条 follows 第十三条 and 第十三条之一; 第十三条之二 follows 第十三条之一. */
export function follows(prev: ArticleNumber, next: ArticleNumber): boolean {
  if (next.n === prev.n + 1 && !next.sub) return true;
  return next.n === prev.n && (next.sub ?? 0) === (prev.sub ?? 0) + 1;
}

function headingLabel(h: Part | Chapter | Section | PlanPoint | Box): string {
  return h.kind === 'part' || h.kind === 'chapter' || h.kind === 'section' ? headingNumber(h) : h.kind;
}
