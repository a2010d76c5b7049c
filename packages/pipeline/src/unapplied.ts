import type { Decision, Diagnostic, RuleAmendment } from '@amend/model';

/**
 * A sentence the grammar reads but no operation expresses (删去第二款第二句) is a
 * warning when a decision is only listed; when the rule it amends is applied
 * it becomes an error, since a text without that change would be wrong. With
 * no amendment given, every such sentence counts (a whole corpus is amended).
 */
export function escalateUnapplied(diagnostics: readonly Diagnostic[], decision: Decision, amendment?: RuleAmendment): Diagnostic[] {
  const starts = decision.amendments.map((a) => a.span.start.offset).sort((a, b) => a - b);
  const inside = (d: Diagnostic): boolean => {
    if (!amendment || decision.amendments.length === 1 || !d.span) return true;
    const from = amendment.span.start.offset;
    const to = starts.find((s) => s > from) ?? Infinity;
    return d.span.start.offset >= from && d.span.start.offset < to;
  };
  return diagnostics.map((d) =>
    d.ruleId === 'decision/unsupported-instruction' && d.severity !== 'error' && inside(d) ? { ...d, severity: 'error' } : d,
  );
}
