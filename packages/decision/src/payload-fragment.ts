import { parseFragment } from '@amend/document';
import type { Diagnostic, Fragment, Item, Level, Paragraph, Span } from '@amend/model';
import type { Quote } from './clauses.ts';

/**
 * Payloads: the quoted text after 修改为：/作为第X条：, unquoted (quote.ts)
 * and parsed by the document parser at the level the instruction addresses.
 */

export interface PayloadEnv {
  file?: string;
  span(from: number, to: number): Span;
  diagnostics: Diagnostic[];
  /** The item's text, which the quotations' offsets point into: what follows a payload's closing mark. */
  text?: string;
  /** The payloads hold no CR and no TAB (the decision has no TAB; its lines are cut at every line break). */
  plain?: boolean;
}

function payloadText(quotes: Quote[]): string {
  return quotes.length === 1 ? quotes[0].text : quotes.map((q) => q.text).join('\n');
}

export function fragmentOf(quotes: Quote[], level: Level, env: PayloadEnv): Fragment {
  const text = markOutside(payloadText(quotes), quotes, level, env);
  const result = parseFragment(text, level, env.plain);
  if (result.diagnostics.length) {
    // Mapped back to the file only when something is reported: most payloads read cleanly.
    const where = env.span(quotes[0].from, quotes[quotes.length - 1].to);
    for (const d of result.diagnostics) env.diagnostics.push({ ...d, file: d.file ?? env.file, span: d.span ?? where });
  }
  return result.value;
}

/**
 * 将第三条修改为：“…适用本条例”。: the 。 after the closing mark ends the
 * article (款) whose words have no final mark of their own. So does a ；
 * there (第二款修改为：“甲”；第三款修改为：“乙”。): it ends the decision's
 * clause, and the 款 ends as rule texts end every 款, with 。 — as the next
 * one, closed by the sentence's 。, does.
 */
function markOutside(text: string, quotes: Quote[], level: Level, env: PayloadEnv): string {
  if ((level !== 'article' && level !== 'paragraph') || env.text === undefined) return text;
  const end = quotes[quotes.length - 1].to;
  const after = env.text.charCodeAt(end);
  if (env.text.charCodeAt(end - 1) !== 0x201d || (after !== 0x3002 && after !== 0xff1b && after !== 0x3b)) return text;
  return endsWithMark(text) ? text : text + '。';
}

/**
 * Distribute a payload over several targets (将第一款、第二款修改为：“A”“B”;
 * 增加两项，作为第四项、第五项): one fragment per 款 or 项 of the payload,
 * or undefined when the counts differ.
 */
export function splitUnits(quotes: Quote[], count: number, level: Level, env: PayloadEnv): Fragment[] | undefined {
  return splitFragment(fragmentOf(quotes, level, env), count);
}

/** A parsed payload split into `count` units, or undefined when it holds another number. */
export function splitFragment(whole: Fragment, count: number): Fragment[] | undefined {
  switch (whole.level) {
    case 'paragraphs':
      if (whole.paragraphs.length !== count) return undefined;
      return whole.paragraphs.map((p) => ({ level: 'paragraphs', text: paragraphText(p), paragraphs: [p] }));
    case 'items':
      if (whole.items.length !== count) return undefined;
      return whole.items.map((i) => ({ level: 'items', text: itemText(i).join('\n'), items: [i] }));
    case 'subitems':
      if (whole.subitems.length !== count) return undefined;
      return whole.subitems.map((x) => ({ level: 'subitems', text: x.label + x.text, subitems: [x] }));
    case 'articles': {
      if (whole.articles.length !== count) return undefined;
      // Each article of the payload starts a line with its own 第X条.
      const groups: string[][] = [];
      for (const line of whole.text.split('\n')) {
        if (ARTICLE_LINE.test(line) || !groups.length) groups.push([line]);
        else groups[groups.length - 1].push(line);
      }
      if (groups.length !== count) return undefined;
      return whole.articles.map((a, i) => ({ level: 'articles', text: groups[i].join('\n'), articles: [a] }));
    }
    default:
      return undefined;
  }
}

/** How many units a parsed payload holds: articles, 款, 项 or 目. */
export function unitCount(f: Fragment): number {
  switch (f.level) {
    case 'articles':
      return f.articles.length;
    case 'paragraphs':
      return f.paragraphs.length;
    case 'items':
      return f.items.length;
    case 'subitems':
      return f.subitems.length;
    case 'heading':
      return 1;
  }
}

const ARTICLE_LINE = /^第[零〇一二两三四五六七八九十百千0-9]+条/;

/** A 款 written back as the payload wrote it: its text, then its 项 and 目 one per line. */
function paragraphText(p: Paragraph): string {
  return [...(p.text ? [p.text] : []), ...p.children.flatMap(itemText)].join('\n');
}

function itemText(item: Item): string[] {
  return [item.label + item.text, ...item.children.map((sub) => sub.label + sub.text)];
}

/**
 * The words end with a final mark (。；！？：), closing brackets and quotes after it aside; read from the end
 * (a payload is long, a pattern anchored at its end is tried from every character).
 */
function endsWithMark(text: string): boolean {
  let i = text.length - 1;
  for (let c = text.charCodeAt(i); c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x29; c = text.charCodeAt(--i));
  const c = text.charCodeAt(i);
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0xff1a;
}

/**
 * Words added as a sentence or provision of their own (增加一句, 增加规定)
 * are closed when the decision quotes them without a final mark: at the start
 * of a 款 with ；, as the rail decision's 第一条第二款开始部分增加规定 is
 * published; elsewhere with 。. Other added words are taken as written.
 */
export function closed(quotes: Quote[], sentence: boolean, position: 'start' | 'end'): string {
  const text = quotes.map((q) => q.text).join('');
  if (!sentence || endsWithMark(text)) return text;
  return text + (position === 'start' ? '；' : '。');
}
