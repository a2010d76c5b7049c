/**
 * The few DOM helpers the reader needs over WordprocessingML, parsed with
 * @xmldom/xmldom (the same code runs in Node and in the preview's page).
 * Elements are matched by namespace and local name, so both the usual
 * (transitional) namespace and ISO 29500 strict documents read alike.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

const ELEMENT_NODE = 1;

export type { Element };

/** Parse one XML part; a reason instead of a root when it is not well-formed. */
export function parseXml(text: string): { root: Element } | { reason: string } {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    if (!root) return { reason: 'no root element' };
    return { root };
  } catch (e) {
    return { reason: firstLine((e as Error).message) };
  }
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0].slice(0, 200);
}

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** A WordprocessingML element named `name` (either namespace). */
export function isW(n: Node | null | undefined, name?: string): boolean {
  return isElement(n) && (n.namespaceURI === W || n.namespaceURI === W_STRICT) && (name === undefined || n.localName === name);
}

export function isMath(n: Node | null | undefined, name: string): boolean {
  return isElement(n) && n.namespaceURI === MATH && n.localName === name;
}

/** The element children of an element, in order. */
export function elements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

/** The first WordprocessingML child named `name`. */
export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c) && isW(c, name)) return c;
  return undefined;
}

/** A `w:` attribute (`w:val`, `w:id`, …) in the element's own namespace. */
export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const ns = el.namespaceURI === W_STRICT ? W_STRICT : W;
  const v = el.getAttributeNS(ns, name);
  return v === null || v === '' ? (el.hasAttributeNS(ns, name) ? '' : undefined) : v;
}

/** `w:val` of the child `name`: `<w:numId w:val="3"/>`. */
export function childVal(el: Element | undefined, name: string): string | undefined {
  return wAttr(child(el, name), 'val');
}

/** An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on. */
export function isOn(el: Element | undefined): boolean {
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

/** Every WordprocessingML element named `name` below `el`, in document order. */
export function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const c of elements(e)) {
      if (isW(c, name)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text of the `w:t` (and math `m:t`) elements below `el`, joined. */
export function plainText(el: Element): string {
  let out = '';
  const walk = (e: Element): void => {
    for (const c of elements(e)) {
      if (isW(c, 't') || isMath(c, 't')) out += c.textContent ?? '';
      else if (isW(c, 'tab')) out += ' ';
      else walk(c);
    }
  };
  walk(el);
  return out;
}
