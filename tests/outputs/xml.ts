/**
 * A small XML well-formedness checker for the files the renderers write
 * (docx's word/document.xml, Akoma Ntoso): tags nest and close, one root
 * element, attributes quoted and not repeated, `<` never raw in text or
 * attribute values, every `&` an entity or character reference. It returns
 * what is wrong (empty when the file is well-formed) so a failing test says
 * where the file broke.
 */
const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/y;
const REF = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function badAmpersand(text: string): boolean {
  return text.replace(REF, '').includes('&');
}

/** Where the tag opened at `lt` ends: the first `>` outside a quoted attribute value. */
function tagEnd(xml: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  const text = (s: string, where: number) => {
    if (badAmpersand(s)) problems.push(`bare & in text at ${where}`);
    if (stack.length === 0 && s.trim()) problems.push(`text outside the root element at ${where}`);
  };
  const body = xml.replace(/^\uFEFF/, '');
  if (body.startsWith('<?xml')) at = body.indexOf('?>') + 2;
  while (at < body.length) {
    const lt = body.indexOf('<', at);
    if (lt < 0) {
      text(body.slice(at), at);
      break;
    }
    text(body.slice(at, lt), at);
    if (body.startsWith('<!--', lt)) {
      const end = body.indexOf('-->', lt);
      if (end < 0) return [...problems, `unclosed comment at ${lt}`];
      at = end + 3;
      continue;
    }
    if (body.startsWith('<![CDATA[', lt)) {
      const end = body.indexOf(']]>', lt);
      if (end < 0) return [...problems, `unclosed CDATA at ${lt}`];
      at = end + 3;
      continue;
    }
    if (body.startsWith('<?', lt)) {
      const end = body.indexOf('?>', lt);
      if (end < 0) return [...problems, `unclosed processing instruction at ${lt}`];
      at = end + 2;
      continue;
    }
    const gt = tagEnd(body, lt);
    if (gt < 0) return [...problems, `unclosed tag at ${lt}`];
    const tag = body.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const inner = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
      if (!NAME.test(name)) problems.push(`bad tag name "${name}" at ${lt}`);
      const seen = new Set<string>();
      let k = name.length;
      ATTR.lastIndex = k;
      for (let m = ATTR.exec(inner); m; m = ATTR.exec(inner)) {
        if (seen.has(m[1])) problems.push(`attribute ${m[1]} repeated at ${lt}`);
        seen.add(m[1]);
        if (badAmpersand(m[2])) problems.push(`bare & in attribute ${m[1]} at ${lt}`);
        k = ATTR.lastIndex;
      }
      if (inner.slice(k).trim()) problems.push(`malformed attributes "${inner.slice(k).trim()}" at ${lt}`);
      if (stack.length === 0 && ++roots > 1) problems.push(`second root element <${name}> at ${lt}`);
      if (!selfClosing) stack.push(name);
    }
    at = gt + 1;
  }
  if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots === 0) problems.push('no root element');
  return problems;
}
