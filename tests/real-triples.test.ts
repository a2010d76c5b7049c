import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import type { Document } from '@amend/model';
import { amend } from '@amend/pipeline';
import { read, shared } from './helpers.ts';

/**
 * Real decisions with the rule before and the text published after
 * (../shared/corpus/real/triples): the consolidated articles must be the
 * published ones. Known differences are undone here, each with its reason.
 */
const triples = join(shared, 'corpus/real/triples');

function body(doc: Document): string[] {
  return serialize({ ...doc, title: '', notes: [], meta: {} }).split('\n\n');
}

describe.runIf(existsSync(triples))('published real triples', () => {
  // Eight articles are restated under new numbers out of their order (改为第X条，修改为): each goes where its number says.
  it('宁夏 常委会组成人员守则 2024: fifteen articles added and eight restated under new numbers — the published order, article by article', () => {
    const dir = join(triples, 'ningxia-ncsc-members-code');
    // The closing sentence 此外，还对条文顺序和个别文字作相应调整和修改 is a catch-all the instructions above it already carry out.
    const instrument = read(join(dir, 'instrument.md')).replace(/^此外，还对条文顺序和个别文字作相应调整和修改。\s*$/m, '');
    const result = amend({ file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) }, { file: join(dir, 'instrument.md'), text: instrument });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ours = body(result.consolidation!.after);
    const published = body(parseRule(read(join(dir, 'after.md'))).value);
    // Block 1 is the title and history the republication rewrites by hand; the source's last block ends in page markers (- 2 -).
    expect(ours.length).toBe(published.length);
    expect(ours.slice(2, -1)).toEqual(published.slice(2, -1));
    expect(ours[ours.length - 1].replace(/\n\d+ -(?=\n)/g, '')).toBe(published[published.length - 1]);
  });
});
