// Public API of @amend/cli: the command line, and the pieces it composes for programs that embed it.
export { main } from './main.ts';
export { EXIT, Reporter, processIo } from './context.ts';
export type { Io } from './context.ts';
export { readSource, writeAtomic, writeAllAtomic } from './io.ts';
export { formatDiagnostic } from './report.ts';
