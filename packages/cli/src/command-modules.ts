/**
 * Each command's module is loaded when that command runs, so that
 * `amend --version` and `amend --help` start without loading the grammar,
 * the engine or the renderers.
 */
export const commands = {
  parse: () => import('./commands/parse.ts'),
  split: () => import('./commands/split.ts'),
  decision: () => import('./commands/decision.ts'),
  apply: () => import('./commands/apply.ts'),
  check: () => import('./commands/check.ts'),
  xref: () => import('./commands/xref.ts'),
  map: () => import('./commands/map.ts'),
  impact: () => import('./commands/impact.ts'),
  diff: () => import('./commands/diff.ts'),
  table: () => import('./commands/table.ts'),
  show: () => import('./commands/show.ts'),
  log: () => import('./commands/log.ts'),
  migrate: () => import('./commands/migrate.ts'),
  serve: () => import('./commands/serve.ts'),
  draft: () => import('./commands/draft.ts'),
};
