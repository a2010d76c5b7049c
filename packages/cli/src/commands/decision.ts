import { decisionToJson, describeOperation } from '@amend/decision';
import type { Decision, Lang } from '@amend/model';
import { readDecision } from '@amend/pipeline';
import { EXIT, Reporter, type Io } from '../context.ts';
import { inLang } from '../words.ts';

export function decisionCommand(file: string, opts: { format: 'json' | 'text' }, io: Io): number {
  const reporter = new Reporter(io);
  const source = reporter.read(file);
  if (!source) return reporter.finish(EXIT.io);
  const result = readDecision(source);
  if (opts.format === 'json') {
    io.out(JSON.stringify(decisionToJson(result), null, 2) + '\n');
  } else {
    io.out(describeDecision(result.value, io.lang));
  }
  reporter.add(result.diagnostics);
  return reporter.finish(reporter.errors > 0 ? EXIT.inputErrors : EXIT.ok);
}

/** A readable listing: repeals, then per rule its items and their operations. */
export function describeDecision(d: Decision, lang: Lang = 'en'): string {
  const out: string[] = [d.title];
  if (d.meta.docNumber) out.push(d.meta.docNumber);
  if (d.repealed.length) {
    out.push('', `废止 (${d.repealed.length})`);
    for (const r of d.repealed) out.push(`  ${r.label}${r.title}${r.note ? `（${r.note}）` : ''}`);
  }
  const items = d.amendments.reduce((n, a) => n + a.items.length, 0);
  out.push('', inLang(lang, `修改 (${d.amendments.length} rules, ${items} items)`, `修改（${d.amendments.length} 部规章，${items} 项）`));
  for (const a of d.amendments) {
    out.push(`  ${a.label}${a.title}`);
    for (const item of a.items) {
      for (const op of item.operations) out.push(`    ${item.label}${describeOperation(op)}`);
    }
  }
  if (d.closing.length) {
    out.push('');
    for (const c of d.closing) out.push(`${c.kind}: ${c.text}`);
  }
  return out.join('\n') + '\n';
}
