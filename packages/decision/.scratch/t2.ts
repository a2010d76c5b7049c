import { readFileSync } from 'node:fs';
import { parseDecision } from '../src/index.ts';
const f = process.argv[2];
const r = parseDecision(readFileSync(f, 'utf8'), { file: f });
const d = r.value;
console.log('title', d.title, JSON.stringify(d.meta));
console.log('preamble', d.preamble.slice(0, 100));
console.log('repealed', d.repealed.length, d.repealed.slice(0,2));
let n = 0;
for (const a of d.amendments) { console.log('RULE', a.label, a.title, a.items.length); n += a.items.length;
  if (process.argv[3]) for (const it of a.items) { console.log('  ', it.path, it.operations.map(o => JSON.stringify({...o, span: undefined, rule: undefined, item: undefined, content: (o as any).content ? (o as any).content.text.slice(0,30) : undefined})).join('\n      ')); }
}
console.log('items', n);
console.log('closing', d.closing.map(c => c.kind + ':' + c.text.slice(0, 30)));
for (const x of r.diagnostics.filter(d => d.severity !== 'info')) console.log(x.severity, x.ruleId, x.span?.start.line + ':' + x.span?.start.column, x.message.slice(0, 150), x.expected ?? '');
console.log('info', r.diagnostics.filter(d => d.severity === 'info').length);
