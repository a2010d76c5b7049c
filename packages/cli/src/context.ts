import type { Diagnostic, ParagraphMap } from '@amend/model';
import type { Source } from '@amend/pipeline';
import { EXIT, type Io } from './exit.ts';
import { readSource } from './io.ts';
import { formatDiagnostic } from './report.ts';
import { say } from './words.ts';

export { EXIT, processIo, type Io } from './exit.ts';

/** Collects diagnostics and the source texts they point into, for caret printing. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources = new Map<string, string>();
  /** Inputs read from Word documents: where their lines came from. */
  readonly paragraphs = new Map<string, ParagraphMap>();

  constructor(
    private readonly io: Io,
    private readonly quiet = false,
  ) {}

  source(file: string, text: string, paragraphs?: ParagraphMap): void {
    this.sources.set(file, text);
    if (paragraphs) this.paragraphs.set(file, paragraphs);
  }

  /** Read and decode an input, keeping its text for caret printing. */
  read(path: string): Source | undefined {
    const r = readSource(path);
    this.add(r.diagnostics);
    if (r.source) this.source(path, r.source.text, r.source.paragraphs);
    return r.source;
  }

  add(list: readonly Diagnostic[]): void {
    this.diagnostics.push(...list);
  }

  get errors(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  /** The exit code for what went wrong: I/O problems first, then input errors. */
  get failureCode(): number {
    // A Word document that cannot be read (damaged, encrypted, too large) is a file that cannot be read.
    return this.diagnostics.some((d) => d.severity === 'error' && /^(io|word)\//.test(d.ruleId)) ? EXIT.io : EXIT.inputErrors;
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
      this.io.err(formatDiagnostic(d, this.sources, this.paragraphs, this.io.lang) + '\n');
    }
    const e = this.errors;
    const w = this.diagnostics.filter((d) => d.severity === 'warning').length;
    if (e + w > 0) this.io.err(say(this.io, 'summary', { errors: e, warnings: w }) + '\n');
  }
}
