import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from './src/index.ts';
const ex = 'examples/decree-119';
const d = parseDecision(readFileSync(join(ex, 'decision.md'), 'utf8'), { file: 'decision.md' }).value;
const rules = readdirSync(join(ex, 'rules')).map((f) => parseRule(readFileSync(join(ex, 'rules', f), 'utf8')).value);
const info = { title: d.title, docNumber: d.meta.docNumber, date: d.meta.promulgated };
for (let round = 0; round < 200; round++) {
  for (const r of rules) applyAmendment(r, findAmendment(d, r.title)!, { decision: info });
}
const t0 = performance.now();
for (let round = 0; round < 20; round++) for (const r of rules) applyAmendment(r, findAmendment(d, r.title)!, { decision: info });
console.log('engine, 13 rules, hot:', ((performance.now() - t0) / 20).toFixed(1), 'ms');
