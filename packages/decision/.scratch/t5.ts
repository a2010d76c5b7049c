import { readFileSync } from 'node:fs';
import { parseDecision } from '../src/index.ts';
const f = process.argv[2];
const t = readFileSync(f, 'utf8');
for (let i = 0; i < 20; i++) parseDecision(t);
const times: number[] = [];
for (let i = 0; i < 60; i++) { const t0 = performance.now(); parseDecision(t); times.push(performance.now() - t0); }
times.sort((a, b) => a - b);
console.log('median', times[30].toFixed(2), 'min', times[0].toFixed(2), 'ms', t.length);
