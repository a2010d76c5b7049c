import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { amend } from '../../packages/cli/src/pipeline.ts';
import { mutate, rng } from './mutate.ts';

const example = join(import.meta.dirname, '../../examples/decree-119');

export interface FuzzOutcome {
  cases: number;
  failures: { seed: number; index: number; what: string; error: string }[];
  slowest: { ms: number; chars: number };
}

/** Run `count` mutated (rule, decision) pairs through the whole pipeline; nothing may throw. */
export function fuzz(seed: number, count: number): FuzzOutcome {
  const random = rng(seed);
  const decision = readFileSync(join(example, 'decision.md'), 'utf8');
  const rules = readdirSync(join(example, 'rules')).map((f) => ({
    file: f,
    text: readFileSync(join(example, 'rules', f), 'utf8'),
  }));
  const outcome: FuzzOutcome = { cases: 0, failures: [], slowest: { ms: 0, chars: 0 } };
  for (let index = 0; index < count; index++) {
    const rule = rules[Math.floor(random() * rules.length)];
    const which = random() < 0.5 ? 'decision' : 'rule';
    const d = which === 'decision' ? mutate(decision, random) : decision;
    const r = which === 'rule' ? mutate(rule.text, random) : rule.text;
    const t = performance.now();
    try {
      amend({ file: rule.file, text: r }, { file: 'decision.md', text: d });
    } catch (e) {
      outcome.failures.push({ seed, index, what: `${which} of ${rule.file}`, error: String((e as Error).stack ?? e) });
    }
    const ms = performance.now() - t;
    if (ms > outcome.slowest.ms) outcome.slowest = { ms, chars: r.length + d.length };
    outcome.cases++;
  }
  return outcome;
}
