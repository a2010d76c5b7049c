// Public API of @amend/decision: decision text → typed operations (docs/decision-grammar.md).
export { parseDecision } from './parse-decision.ts';
export type { ParseDecisionOptions } from './parse-decision.ts';
export { ReadMemo } from './item-memo.ts';
export { describeOperation } from './describe-operation.ts';
export { decisionToJson } from './decision-json.ts';
export type { DecisionJson, JsonDiagnostic, JsonOperation, JsonSpan } from './decision-json.ts';
