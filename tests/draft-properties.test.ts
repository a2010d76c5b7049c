import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from '@amend/engine';
import { draftDecision, STYLES } from '@amend/draft';
import type { Document } from '@amend/model';
import { rule } from './properties/arbitraries.ts';
import { edit, versions } from './properties/draft-edits.ts';

/**
 * The drafter on generated rules and generated edits of them: words
 * replaced, deleted and added, 款 and 项 added and deleted, articles added,
 * deleted and restated, references to other articles kept in step with the
 * renumbering (as a published text has them). Whatever the edits, the
 * drafted decision applied to the old rule gives the new one exactly.
 */

const body = (d: Document) => serialize({ ...d, notes: [], meta: {} });

describe('drafting generated edits of generated rules', () => {
  it('apply(OLD, draft(OLD, NEW)) == NEW, in every style', () => {
    fc.assert(
      fc.property(rule, fc.array(fc.nat(), { maxLength: 4 }), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom(...STYLES), (base, refs, edits, style) => {
        const { old, neu } = versions(base, refs, edits);
        const r = draftDecision(old, neu, { style });
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.value.exact).toBe(true);
        if (body(old) === body(neu)) return;
        // Checked again here, independently of the drafter's own check.
        const d = parseDecision(r.value.text);
        const c = applyAmendment(old, findAmendment(d.value, old.title)!, { decision: { title: d.value.title } });
        expect(body(c.after)).toBe(body(neu));
      }),
      { numRuns: 150 },
    );
  });
});
