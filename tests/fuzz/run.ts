// `pnpm fuzz [cases] [seed]`: many thousands of mutated inputs through the whole pipeline,
// the slowest cases per KB, and a check that nothing grows faster than its input.
// `pnpm fuzz --case N [seed] [--dump DIR]` replays one case (and writes its inputs to DIR).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseInput, fuzz, retime, runCase } from './cases.ts';
import { fuzzCli } from './cli.ts';
import { decisionScaling, formatScaling, ruleScaling, superLinear } from './scaling.ts';
import { storeFuzz } from './store.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = flag('--case');
const dump = flag('--dump');
// With --case the one argument left is the seed.
const count = only === undefined ? Number(args[0] ?? 5000) : 1;
const seed = Number((only === undefined ? args[1] : args[0]) ?? Date.now() % 1_000_000);

if (only !== undefined) {
  const input = caseInput(seed, Number(only));
  console.log(`seed ${seed} case ${only}: ${input.kind}, ${input.what}`);
  if (dump) {
    mkdirSync(dump, { recursive: true });
    for (const key of ['rule', 'decision', 'text', 'bytes'] as const)
      if (input[key] !== undefined) writeFileSync(join(dump, `${key}.txt`), input[key]);
    console.log(`inputs written to ${dump}`);
  }
  const reason = runCase(input);
  console.log(reason ?? 'passes');
  process.exit(reason ? 1 : 0);
}

const started = performance.now();
const outcome = fuzz(seed, count);
const seconds = (performance.now() - started) / 1000;
console.log(`seed ${seed}: ${outcome.cases} cases in ${seconds.toFixed(1)} s`);
for (const f of outcome.failures.slice(0, 20))
  console.log(`FAIL case ${f.index} (${f.what}); replay: pnpm fuzz --case ${f.index} ${seed}\n${f.error}\n`);
console.log(`${outcome.cases - outcome.failures.length} passed, ${outcome.failures.length} failed`);

// The same inputs through the commands themselves (one in twenty: each run writes files).
const cli = await fuzzCli(seed, Math.ceil(count / 20));
for (const f of cli.failures.slice(0, 10))
  console.log(`FAIL cli case ${f.index} (${f.what}); replay: pnpm fuzz --case ${f.index} ${seed}\n${f.error}\n`);
console.log(`commands: ${cli.cases - cli.failures.length} passed, ${cli.failures.length} failed`);

// The slowest cases, timed again so that a garbage collection does not count as a slow input.
console.log('\nslowest cases (ms per KB of input, best of 3 re-runs):');
const slowest = outcome.slowest
  .map((t) => ({ ...t, ms: retime(seed, t.index) }))
  .map((t) => ({ ...t, msPerKb: t.ms / t.kb }))
  .sort((a, b) => b.msPerKb - a.msPerKb)
  .slice(0, 8);
for (const t of slowest)
  console.log(`  ${t.msPerKb.toFixed(3)} ms/KB  ${t.ms.toFixed(1)} ms on ${t.kb.toFixed(1)} KB  case ${t.index} (${t.what})`);

// Super-linearity: 8× the input should cost about 8×, never 64×.
console.log('\nscaling (8× the input; linear is 8×):');
const checks = [ruleScaling(250), ruleScaling(2000), decisionScaling(1000, 60)];
for (const s of checks) console.log(`  ${superLinear(s) ? '✗' : '✓'} ${formatScaling(s)}`);
const grows = checks.filter((s) => superLinear(s));
if (grows.length) console.log(`super-linear: ${grows.map((s) => s.what).join('; ')}`);

// The git store killed at random points and written by parallel processes, 20 rounds each.
console.log('');
const storeFailures = await storeFuzz(20);
process.exitCode = outcome.failures.length || cli.failures.length || grows.length || storeFailures ? 1 : 0;
