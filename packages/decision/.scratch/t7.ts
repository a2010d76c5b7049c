import { readFileSync } from 'node:fs';
import { parseDecision, decisionToJson } from '../src/index.ts';
const j = decisionToJson(parseDecision(readFileSync('../../examples/decree-119/decision.md', 'utf8')));
const it = j.amendments[0].items[3];
console.log(JSON.stringify(it));
