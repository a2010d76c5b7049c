/**
 * Document → canonical plain text (docs/canonical-text.md). The output is
 * what parseDocument reads back into the same tree, ids and positions aside.
 */
import type { Article, Block, Document, Paragraph, Part, Chapter, Section } from '@amend/model';
import { articleLabel, assertNever, headingNumber } from '@amend/model';

const SEP = '　';

export function serialize(doc: Document): string {
  const chunks: string[][] = [];
  const head = [doc.title, ...doc.notes.map((n) => `（${n.text}）`)];
  chunks.push(head);
  if (doc.toc.length) chunks.push(['目录', ...doc.toc]);
  if (doc.preamble.length) chunks.push(doc.preamble.flatMap(paragraphLines));
  let run: string[] | undefined;
  const emit = (lines: string[], alone: boolean) => {
    if (alone) {
      run = undefined;
      chunks.push(lines);
      return;
    }
    if (!run) chunks.push((run = []));
    run.push(...lines);
  };
  /** A blank line after a table keeps a short line that follows from reading as one more row. */
  const block = (b: Block) => {
    emit(blockLines(b), false);
    if (b.kind === 'table') run = undefined;
  };
  const visit = (node: Document['children'][number]) => {
    switch (node.kind) {
      case 'part':
      case 'chapter':
      case 'section':
        emit([headingLine(node)], true);
        for (const c of node.children) visit(c);
        return;
      case 'article':
        emit(articleLines(node), true);
        return;
      case 'box':
        emit([node.title], true);
        for (const c of node.children) block(c);
        // a box runs to the next heading or box: whatever follows in the same container is inside it
        return;
      case 'paragraph':
      case 'point':
      case 'table':
        block(node);
        return;
      default:
        return assertNever(node, 'node');
    }
  };
  for (const c of doc.children) visit(c);
  return (
    chunks
      .filter((c) => c.length > 0)
      .map((c) => c.join('\n'))
      .join('\n\n') + '\n'
  );
}

/** 第一章　总则; an unnumbered heading keeps its words after `#`, `##` or `###` for its level. */
export function headingLine(h: Part | Chapter | Section): string {
  if (h.num === 0) return `${'#'.repeat(h.kind === 'part' ? 1 : h.kind === 'chapter' ? 2 : 3)} ${h.title}`;
  return `${headingNumber(h)}${h.title ? SEP + h.title : ''}`;
}

export function articleLines(a: Article): string[] {
  const label = articleLabel(a.num);
  const [first, ...rest] = a.children;
  if (!first) return [label];
  // An article that opens straight into items (第三条 / （一）…) has an empty first 款.
  const [lead, ...items] = paragraphLines(first);
  return [lead === '' ? label : label + SEP + lead, ...items, ...rest.flatMap(paragraphLines)];
}

export function paragraphLines(p: Paragraph): string[] {
  const out = [p.text];
  for (const item of p.children) {
    out.push(labelled(item.label, item.text));
    for (const s of item.children) out.push(labelled(s.label, s.text));
  }
  return out;
}

export function blockLines(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return paragraphLines(b);
    case 'point':
      return [labelled(b.label, b.text), ...b.children.flatMap(blockLines)];
    case 'table':
      return b.rows.map((r) => r.join('\t'));
    case 'box':
      return [b.title, ...b.children.flatMap(blockLines)];
    default:
      return assertNever(b, 'block');
  }
}

/** `1.` before a digit would read as a decimal (1.2022年): a space keeps the label apart. */
function labelled(label: string, text: string): string {
  const c = text.charCodeAt(0);
  const digit = (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
  return digit && (label.endsWith('.') || label.endsWith('．')) ? `${label} ${text}` : label + text;
}
