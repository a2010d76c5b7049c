// `pnpm fuzz [cases] [seed]`: many thousands of mutated inputs through the whole pipeline.
import { fuzz } from './cases.ts';

const count = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
const started = performance.now();
const outcome = fuzz(seed, count);
const seconds = (performance.now() - started) / 1000;
console.log(`seed ${seed}: ${outcome.cases} cases in ${seconds.toFixed(1)} s; slowest ${outcome.slowest.ms.toFixed(1)} ms on ${outcome.slowest.chars} chars`);
for (const f of outcome.failures.slice(0, 20)) console.log(`FAIL case ${f.index} (${f.what}):\n${f.error}\n`);
console.log(`${outcome.cases - outcome.failures.length} passed, ${outcome.failures.length} failed`);
process.exitCode = outcome.failures.length ? 1 : 0;
