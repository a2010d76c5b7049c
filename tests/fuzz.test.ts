import { describe, expect, it } from 'vitest';
import { fuzz } from './fuzz/cases.ts';

describe('fuzzing (fixed-seed sample; `pnpm fuzz` runs thousands)', () => {
  it('mutated decisions and rules give diagnostics, never exceptions', () => {
    const outcome = fuzz(20260101, 150);
    expect(outcome.cases).toBe(150);
    expect(outcome.failures).toEqual([]);
  });
});
