import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCstDts } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { parser } from '../src/instruction-parser.ts';

/**
 * The CST types the visitor is written against are generated from the
 * grammar: a grammar change without regenerating them fails here. Regenerate
 * with `UPDATE_CST=1 npx vitest run packages/decision/test/instruction-cst.test.ts`.
 */
const file = fileURLToPath(new URL('../src/instruction-cst.ts', import.meta.url));
const HEADER = `// Generated from the instruction grammar by chevrotain's generateCstDts: do not edit.
// Regenerate: UPDATE_CST=1 npx vitest run packages/decision/test/instruction-cst.test.ts
`;

describe('the CST types', () => {
  it('are those of the grammar', () => {
    const generated = HEADER + generateCstDts(parser.getGAstProductions(), { includeVisitorInterface: true });
    if (process.env.UPDATE_CST) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
