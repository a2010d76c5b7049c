import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCstDts } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { InstructionParser, parser } from '../src/instruction-parser.ts';

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

describe('the grammar', () => {
  // The shared parser skips chevrotain's grammar checks to start faster; they run here.
  it("passes chevrotain's checks (no ambiguity, no left recursion, every rule reachable)", () => {
    // chevrotain throws "Parser Definition Errors detected" when a check fails.
    expect(() => new InstructionParser(true)).not.toThrow();
  });
});
