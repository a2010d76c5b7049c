import { join } from 'node:path';
import { splitGazette } from '@amend/document';
import { fileStem } from '@amend/store';
import { EXIT, Reporter, type Io } from '../context.ts';
import { writeAllAtomic } from '../io.ts';

/** Write each document of a gazette issue to its own file, named by number and title. */
export function splitCommand(file: string, opts: { out: string }, io: Io): number {
  const reporter = new Reporter(io);
  const source = reporter.read(file);
  if (!source) return reporter.finish(EXIT.io);
  const split = splitGazette(source.text, file);
  reporter.add(split.diagnostics);
  if (reporter.errors > 0) return reporter.finish(EXIT.inputErrors);
  const files = split.value.map((entry, i) => ({
    path: join(opts.out, `${String(i + 1).padStart(2, '0')}-${fileStem(entry.title)}.md`),
    data: entry.text.endsWith('\n') ? entry.text : entry.text + '\n',
  }));
  reporter.add(writeAllAtomic(files, [file]));
  if (reporter.errors > 0) return reporter.finish(EXIT.io);
  for (const [i, entry] of split.value.entries()) {
    io.out(`${files[i].path}\t${entry.type}\t${entry.meta.docNumber ?? ''}\t${entry.title}\n`);
  }
  return reporter.finish(EXIT.ok);
}
