import { readFileSync } from 'node:fs';
import { parseDecision, describeOperation, decisionToJson } from '../src/index.ts';
const f = process.argv[2];
const r = parseDecision(readFileSync(f, 'utf8'), { file: f });
for (const a of r.value.amendments) { console.log(a.label + a.title); for (const it of a.items) for (const op of it.operations) console.log('  ' + it.label + describeOperation(op)); }
if (process.argv[3]) console.log(JSON.stringify(decisionToJson(r), null, 1).slice(0, 3000));
