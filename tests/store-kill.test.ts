/**
 * A few rounds of the store's kill and parallel-writer checks in every test
 * run; `pnpm fuzz:store` (and `pnpm fuzz`) runs twenty of each.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { killWriter, parallelWriters } from './fuzz/store.ts';

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasGit)('the git store', () => {
  it('killed at random points, is left at a whole commit, and the next writer goes on', async () => {
    for (let round = 1; round <= 2; round++) expect(await killWriter(round)).toBeUndefined();
  });

  it('written by four processes at once, keeps every version', async () => {
    expect(await parallelWriters(1)).toBeUndefined();
  });
});
