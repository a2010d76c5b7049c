import type { Diagnostic } from '@amend/model';
import type { Consolidation } from '@amend/model';
import { readSource, type Source } from './io.ts';
import { amend } from './pipeline.ts';
import { formatDiagnostic } from './report.ts';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, io: 3 } as const;

/** Where a command writes, so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Collects diagnostics and the source texts they point into, for caret printing. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources = new Map<string, string>();

  constructor(private readonly io: Io, private readonly quiet = false) {}

  source(file: string, text: string): void {
    this.sources.set(file, text);
  }

  /** Read and decode an input, keeping its text for caret printing. */
  read(path: string): Source | undefined {
    const r = readSource(path);
    this.add(r.diagnostics);
    if (r.source) this.source(path, r.source.text);
    return r.source;
  }

  /**
   * Read a rule and a decision and apply the decision to it: what apply,
   * check and table share. Undefined when a file could not be read (an I/O
   * error); otherwise the consolidation, which callers use only when
   * `errors` is 0.
   */
  amendFiles(rulePath: string, decisionPath: string, title?: string): { value?: Consolidation } | undefined {
    const rule = this.read(rulePath);
    const decision = this.read(decisionPath);
    if (!rule || !decision) return undefined;
    const result = amend(rule, decision, title);
    this.add(result.diagnostics);
    return { value: result.value };
  }

  add(list: readonly Diagnostic[]): void {
    this.diagnostics.push(...list);
  }

  get errors(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  /** The exit code for what went wrong: I/O problems first, then input errors. */
  get failureCode(): number {
    return this.diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('io/')) ? EXIT.io : EXIT.inputErrors;
  }

  /** Print what was collected and pass the exit code through. */
  finish(code: number, verbose = false): number {
    this.flush(verbose);
    return code;
  }

  /** Print errors and warnings (infos only when verbose). */
  flush(verbose = false): void {
    if (this.quiet) return;
    for (const d of this.diagnostics) {
      if (d.severity === 'info' && !verbose) continue;
      this.io.err(formatDiagnostic(d, this.sources) + '\n');
    }
    const e = this.errors;
    const w = this.diagnostics.filter((d) => d.severity === 'warning').length;
    if (e + w > 0) this.io.err(`${e} error(s), ${w} warning(s)\n`);
  }
}
