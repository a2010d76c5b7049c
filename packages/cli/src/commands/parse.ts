import { parseDocument, serialize } from '@amend/document';
import type { Document, Lang, Node } from '@amend/model';
import { articleLabel, assertNever, headingNumber } from '@amend/model';
import { EXIT, Reporter, type Io } from '../context.ts';
import { inLang } from '../words.ts';

export function parseCommand(file: string, opts: { format: 'json' | 'text' | 'outline' }, io: Io): number {
  const reporter = new Reporter(io);
  const source = reporter.read(file);
  if (!source) return reporter.finish(EXIT.io);
  const doc = parseDocument(source.text, { file });
  reporter.add(doc.diagnostics);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  const out =
    opts.format === 'json'
      ? JSON.stringify(doc.value, null, 2) + '\n'
      : opts.format === 'text'
        ? serialize(doc.value)
        : outline(doc.value, io.lang);
  io.out(out);
  return reporter.finish(EXIT.ok);
}

/** The hierarchy with counts per node: what a reviewer checks first. */
export function outline(doc: Document, lang: Lang = 'en'): string {
  const w = (en: string, zh: string) => inLang(lang, en, zh);
  const lines = [`${doc.title}  [${doc.type}; ${summary(doc, lang)}]`];
  for (const n of doc.notes) lines.push(`  题注 ${n.text}`);
  if (doc.preamble.length) lines.push(`  引言 (${doc.preamble.length} ${w('paragraphs', '段')})`);
  const visit = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    switch (node.kind) {
      case 'part':
      case 'chapter':
      case 'section':
        lines.push(`${pad}${[headingNumber(node), node.title].filter(Boolean).join('　')}  [${summary(node, lang)}]`);
        break;
      case 'article': {
        const items = node.children.reduce((s, p) => s + p.children.length, 0);
        lines.push(`${pad}${articleLabel(node.num)}  [${node.children.length} 款${items ? `, ${items} 项` : ''}]`);
        return;
      }
      case 'box':
        lines.push(`${pad}专栏 ${node.title}  [${node.children.length} ${w('blocks', '块')}]`);
        break;
      case 'point':
        lines.push(`${pad}${node.label}${node.text.slice(0, 24)}`);
        break;
      case 'paragraph':
      case 'table':
      case 'item':
      case 'subitem':
      case 'note':
      case 'document':
        return;
      default:
        return assertNever(node, 'node');
    }
    if ('children' in node) for (const child of node.children) visit(child as Node, depth + 1);
  };
  for (const child of doc.children) visit(child, 1);
  return lines.join('\n') + '\n';
}

function summary(node: Node, lang: Lang): string {
  const counts = new Map<string, number>();
  const count = (n: Node) => {
    counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    if ('children' in n) for (const c of n.children as Node[]) count(c);
  };
  if ('children' in node) for (const c of node.children as Node[]) count(c);
  const names: [string, string][] = [
    ['part', '编'],
    ['chapter', '章'],
    ['section', '节'],
    ['article', '条'],
    ['paragraph', '款/段'],
    ['item', '项'],
    ['subitem', '目'],
    ['point', inLang(lang, 'points', '要点')],
    ['box', '专栏'],
    ['table', inLang(lang, 'tables', '表格')],
  ];
  return (
    names
      .filter(([k]) => counts.get(k))
      .map(([k, label]) => `${counts.get(k)} ${label}`)
      .join(inLang(lang, ', ', '，')) || inLang(lang, 'empty', '空')
  );
}
