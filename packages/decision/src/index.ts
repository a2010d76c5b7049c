// Public API of @amend/decision: decision text → typed operations (docs/decision-grammar.md).
export { parseDecision } from './api.ts';
export type { ParseDecisionOptions } from './api.ts';
export { describeOperation } from './describe.ts';
export { decisionToJson } from './json.ts';
export type { DecisionJson, JsonDiagnostic, JsonOperation, JsonSpan } from './json.ts';
