import { escapeXml } from '../escape.ts';

/** Attributes in the order given; undefined values are left out. */
export type Attrs = [name: string, value: string | undefined][];

function attrs(list: Attrs): string {
  return list
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

/** An element whose children are lines of markup, indented two spaces under it. */
export function el(tag: string, list: Attrs, children: readonly string[]): string[] {
  if (children.length === 0) return [`<${tag}${attrs(list)}/>`];
  return [`<${tag}${attrs(list)}>`, ...children.map((l) => '  ' + l), `</${tag}>`];
}

/** An element holding only text, on one line. */
export function textEl(tag: string, list: Attrs, text: string): string {
  return `<${tag}${attrs(list)}>${escapeXml(text)}</${tag}>`;
}
