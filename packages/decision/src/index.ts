// Public API of @amend/decision.
export { parseDecision } from './api.ts';
export type { ParseDecisionOptions } from './api.ts';
