import { parseRule } from '@amend/document';
import { findReferences } from '@amend/engine';
import { Corpus, citationsText, findCitations, LawIndex } from '@amend/cite';
import type { ReferenceReport } from '@amend/model';
import { idLabel, termText } from '@amend/model';
import { EXIT, Reporter, type Io } from '../context.ts';
import { amendFiles } from '../amend-files.ts';
import { readCorpusFolder } from '../corpus-folder.ts';
import { say } from '../words.ts';

/**
 * A rule's cross-references: where each is, what it says and what it points
 * to, as article numbers (第二十二条第一款). With --decision, each beside what
 * the decision made of it (renumbered, rewritten, left dangling). With
 * --external, its citations of other rules instead, each name resolved
 * against the corpus when one is given.
 */
export function xrefCommand(
  file: string,
  opts: { format: 'text' | 'json'; decision?: string; title?: string; external?: boolean; corpus?: string },
  io: Io,
): number {
  const reporter = new Reporter(io);
  if (opts.external) return externalCommand(file, opts, reporter, io);
  let refs: ReferenceReport[];
  if (opts.decision) {
    const result = amendFiles(reporter, file, opts.decision, opts.title);
    if (!result) return reporter.finish(EXIT.io);
    if (reporter.errors > 0 || !result.value) return reporter.finish(EXIT.inputErrors);
    refs = result.value.references;
  } else {
    const source = reporter.read(file);
    if (!source) return reporter.finish(EXIT.io);
    const doc = parseRule(source.text, { file });
    reporter.add(doc.diagnostics);
    if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
    refs = findReferences(doc.value);
  }
  if (opts.format === 'json') io.out(JSON.stringify(refs, null, 2) + '\n');
  else io.out(xrefText(refs, io));
  return reporter.finish(EXIT.ok);
}

/** `amend xref FILE --external [--corpus DIR]`: citations of other rules, docs/citations.md. */
function externalCommand(file: string, opts: { format: 'text' | 'json'; corpus?: string }, reporter: Reporter, io: Io): number {
  const source = reporter.read(file);
  if (!source) return reporter.finish(EXIT.io);
  const doc = parseRule(source.text, { file });
  reporter.add(doc.diagnostics);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  let index = new LawIndex();
  if (opts.corpus) {
    const files = readCorpusFolder(opts.corpus, reporter);
    if (!files) return reporter.finish(reporter.failureCode);
    index = new Corpus(files).index;
  }
  const citations = findCitations(doc.value, { index, source: source.text });
  io.out(opts.format === 'json' ? JSON.stringify(citations, null, 2) + '\n' : citationsText(file, citations));
  return reporter.finish(EXIT.ok);
}

/** One line per reference, columns separated by tabs, under a header line. */
export function xrefText(refs: readonly ReferenceReport[], io: Pick<Io, 'lang'>): string {
  if (refs.length === 0) return say(io, 'xref-none') + '\n';
  const lang = io.lang ?? 'en';
  const targets = (r: ReferenceReport, ids: readonly string[] | undefined) =>
    r.status === 'external' ? termText('external', lang) : (ids ?? []).map(idLabel).join('、') || '—';
  const lines = refs.map((r) => {
    const after = r.status === 'dangling' ? '—' : (r.newText ?? r.text);
    const afterTargets = r.status === 'dangling' ? '—' : targets(r, r.newTarget ?? r.oldTarget);
    return [idLabel(r.where), r.text, targets(r, r.oldTarget), after, afterTargets, termText(r.status, lang)].join('\t');
  });
  return [say(io, 'xref-header'), ...lines].join('\n') + '\n';
}
