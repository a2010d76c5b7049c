import type { Consolidation, Decision } from '@amend/model';
import { amend } from '@amend/pipeline';
import type { Reporter } from './context.ts';

/**
 * Read a rule and a decision and apply the decision to it: what apply, check
 * and table share. Undefined when a file could not be read (an I/O error);
 * otherwise the consolidation, present only when nothing stopped it, and the decision as read.
 */
export function amendFiles(
  reporter: Reporter,
  rulePath: string,
  decisionPath: string,
  title?: string,
): { value?: Consolidation; decision?: Decision } | undefined {
  const rule = reporter.read(rulePath);
  const decision = reporter.read(decisionPath);
  if (!rule || !decision) return undefined;
  const result = amend(rule, decision, title);
  reporter.add(result.diagnostics);
  return { value: result.consolidation, decision: result.decision };
}
