import { readFileSync } from 'node:fs';
import { parseRule } from '@amend/document';
import { diffDocuments, comparisonHtml, render, renderDocx, comparisonDocx } from './src/index.ts';
const f = '/work/shared/corpus/laws/刑法/刑法(2020-12-26).md';
const a = parseRule(readFileSync(f, 'utf8'), { file: f }).value;
const b = structuredClone(a);
// touch the first paragraph of every 10th article
let k = 0;
const visit = (cs: any[]) => { for (const c of cs) { if (c.kind === 'article') { if (k++ % 10 === 0) c.children[0].text = c.children[0].text.replace('的', '之'); } else if (c.children) visit(c.children); } };
visit(b.children);
let t = performance.now();
const ch = diffDocuments(a, b);
console.log('diffDocuments', (performance.now() - t).toFixed(0), 'ms', ch.filter(c => c.status !== 'unchanged').length);
t = performance.now(); const h = comparisonHtml({ before: a, after: b, changes: ch }); console.log('table html', (performance.now() - t).toFixed(0), h.length);
for (const fmt of ['md','html','akn','json','text'] as const) { t = performance.now(); const s = render(a, fmt); console.log(fmt, (performance.now() - t).toFixed(0), s.length); }
t = performance.now(); const d = await renderDocx(a); console.log('docx', (performance.now() - t).toFixed(0), d.length);
t = performance.now(); const d2 = await comparisonDocx({ before: a, after: b, changes: ch }); console.log('cmp docx', (performance.now() - t).toFixed(0), d2.length);
