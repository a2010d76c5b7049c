import { readFileSync } from 'node:fs';
import { parseDecision } from '../src/index.ts';
const t = readFileSync('../../examples/decree-119/decision.md', 'utf8');
for (let i = 0; i < 200; i++) parseDecision(t);
