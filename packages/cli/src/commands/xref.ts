import { parseRule } from '@amend/document';
import { findReferences } from '@amend/engine';
import { EXIT, Reporter, type Io } from '../context.ts';

/** List a rule's cross-references: where, what it says, what it points to. */
export function xrefCommand(file: string, opts: { format: 'text' | 'json' }, io: Io): number {
  const reporter = new Reporter(io);
  const source = reporter.read(file);
  if (!source) return reporter.finish(EXIT.io);
  const doc = parseRule(source.text, { file });
  reporter.add(doc.diagnostics);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  const refs = findReferences(doc.value);
  if (opts.format === 'json') io.out(JSON.stringify(refs, null, 2) + '\n');
  else for (const r of refs) io.out(`${r.where}\t${r.text}\t${r.status === 'external' ? 'external' : r.oldTarget.join(',')}\n`);
  return reporter.finish(EXIT.ok);
}
