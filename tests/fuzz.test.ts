import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz/cases.ts';
import { fuzzCli } from './fuzz/cli.ts';

describe('fuzzing (fixed-seed sample; `pnpm fuzz` runs thousands)', () => {
  it('mutated decisions, rules and bytes give diagnostics that point where they say, never exceptions', () => {
    const outcome = fuzz(20260101, 150);
    expect(outcome.cases).toBe(150);
    expect(outcome.failures).toEqual([]);
  });

  it('the commands on mutated files: documented exit codes, well-formed errors, inputs untouched', async () => {
    const outcome = await fuzzCli(20260101, 40);
    expect(outcome.failures).toEqual([]);
  });
});
