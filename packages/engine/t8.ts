import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule, serialize } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from './src/index.ts';
const dir = '/work/shared/corpus/triples';
for (const t of readdirSync(dir)) {
  const before = parseRule(readFileSync(join(dir, t, 'before.md'), 'utf8')).value;
  const after = parseRule(readFileSync(join(dir, t, 'after.md'), 'utf8')).value;
  const d = parseDecision(readFileSync(join(dir, t, 'instrument.md'), 'utf8'));
  const am = findAmendment(d.value, before.title);
  console.log('==', t, before.title, !!am, d.value.amendments.map(a=>a.title).slice(0,3));
  if (!am) continue;
  const c = applyAmendment(before, am, { decision: { title: d.value.title } });
  for (const x of c.diagnostics) console.log('  ', x.severity, x.ruleId, x.message);
  const body = (doc: typeof before) => serialize({ ...doc, notes: [], preamble: doc.preamble }).split('\n').slice(1).join('\n');
  const a = body(c.after), b = body(after);
  if (a === b) console.log('  BODY MATCH'); else {
    const al = a.split('\n'), bl = b.split('\n');
    const sa = new Set(al), sb = new Set(bl);
    for (const l of al) if (!sb.has(l)) console.log('  only got: ', l.slice(0, 100));
    for (const l of bl) if (!sa.has(l)) console.log('  only want:', l.slice(0, 100));
  }
}
