import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { findReferences, applyAmendment, findAmendment } from './src/index.ts';
import { median } from '../../tests/bench/measure.ts';
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(md|txt)$/.test(name) && name !== 'README.md') out.push(p);
  }
  return out;
}
const docs = [...files('/work/shared/corpus/laws'), ...files('/work/shared/seeds')].map((p) => parseDocument(readFileSync(p, 'utf8')).value);
const t = median(() => { for (const d of docs) findReferences(d); }, 3, 1);
let n = 0, ext = 0, dang = 0;
for (const d of docs) for (const r of findReferences(d)) { n++; if (r.status === 'external') ext++; if (r.status === 'dangling') dang++; }
console.log('xref corpus', docs.length, 'docs', t.toFixed(0), 'ms', n, 'refs', ext, 'external', dang, 'dangling');
const ex = 'examples/decree-119';
const text = readFileSync(join(ex, 'decision.md'), 'utf8');
const rules = readdirSync(join(ex, 'rules')).map((f) => parseRule(readFileSync(join(ex, 'rules', f), 'utf8')).value);
const forty = rules.sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
const d = parseDecision(text).value;
console.log('apply one 40-article rule', median(() => applyAmendment(forty, findAmendment(d, forty.title)!, { decision: { title: d.title } }), 15, 3).toFixed(2), 'ms');
console.log('apply 13 rules', median(() => { for (const r of rules) applyAmendment(r, findAmendment(d, r.title)!, { decision: { title: d.title } }); }, 9, 3).toFixed(2), 'ms');
