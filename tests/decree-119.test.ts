import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend } from '@amend/pipeline';
import { example, read } from './helpers.ts';

/**
 * The founding example: decree 119 applied to the project's reconstruction of
 * each amended rule must give the consolidated text worked out by hand in
 * examples/decree-119/expected/.
 */
const decision = { file: join(example, 'decision.md'), text: read(join(example, 'decision.md')) };
const titles = readdirSync(join(example, 'expected'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

describe('decree 119 over the example rules', () => {
  it('has an expected text for all 13 amended rules', () => {
    expect(titles).toHaveLength(13);
  });

  it.each(titles)('%s', (title) => {
    const file = join(example, 'rules', `${title}.txt`);
    const result = amend({ file, text: read(file) }, decision);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    const expected = read(join(example, 'expected', `${title}.txt`));
    expect(serialize(result.consolidation!.after)).toBe(expected);
  });
});
