import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@amend/document';
import { findReferences } from './src/index.ts';
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(md|txt)$/.test(name) && name !== 'README.md') out.push(p);
  }
  return out;
}
const all = files('/work/shared/corpus/laws');
let k = 0;
const texts = new Map<string, number>();
for (const p of all) {
  const d = parseDocument(readFileSync(p, 'utf8')).value;
  const byId = new Map<string, string>();
  const visit = (n: any) => { if ('text' in n) byId.set(n.id, n.text); for (const c of n.children ?? []) visit(c); };
  d.children.forEach(visit); d.preamble.forEach(visit);
  for (const r of findReferences(d)) if (r.status === 'dangling') {
    const t = byId.get(r.where) ?? '';
    const i = t.indexOf(r.text);
    const key = r.text.replace(/[一二三四五六七八九十百零]+/g, 'N');
    texts.set(key, (texts.get(key) ?? 0) + 1);
    if (k++ % 40 === 0) console.log(p.split('/').slice(-1)[0], r.where, '|', t.slice(Math.max(0, i - 25), i + r.text.length + 5));
  }
}
console.log([...texts].sort((a, b) => b[1] - a[1]).slice(0, 20));
