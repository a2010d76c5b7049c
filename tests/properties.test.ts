import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import { rule, shape } from './properties/arbitraries.ts';

describe('document properties', () => {
  it('serialize then parse is the identity on generated rule trees', () => {
    fc.assert(
      fc.property(rule, (doc) => {
        const text = serialize(doc);
        const parsed = parseRule(text);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(shape(parsed.value)).toEqual(shape(doc));
        // and the text is a fixed point
        expect(serialize(parsed.value)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
