import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from './src/index.ts';
const ex = 'examples/decree-119';
const d = parseDecision(readFileSync(join(ex, 'decision.md'), 'utf8'), { file: 'decision.md' }).value;
const rules = readdirSync(join(ex, 'rules')).map((f) => parseRule(readFileSync(join(ex, 'rules', f), 'utf8')).value);
const info = { title: d.title, docNumber: d.meta.docNumber, date: d.meta.promulgated };
console.log(info);
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  for (const r of rules) applyAmendment(r, findAmendment(d, r.title)!, { decision: info });
  console.log('engine, 13 rules:', (performance.now() - t0).toFixed(1), 'ms');
}
let t0 = performance.now();
for (let i = 0; i < 5; i++) parseDecision(readFileSync(join(ex, 'decision.md'), 'utf8'), { file: 'decision.md' });
console.log('decision parse', ((performance.now() - t0) / 5).toFixed(1));
