import type { Diagnostic, Document } from '@amend/model';
import { isoDate } from '@amend/model';
import { parseDocument } from '@amend/document';
import { LawIndex, nameKey, titleForms, type LawVersion, type Work } from './law-names.ts';

/**
 * A corpus of rules held as texts. Only the head of each text (title and
 * 题注) is read up front, for the index of titles and the version dates;
 * a whole text is parsed the first time it is needed, so that the impact of
 * one rule over 1,500 documents parses only the documents that name it.
 */

export interface CorpusFile {
  file: string;
  text: string;
}

export class CorpusEntry implements LawVersion {
  readonly title: string;
  readonly date?: string;
  private parsed?: { value: Document; diagnostics: Diagnostic[] };

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const head = parseDocument(headOf(text), { file }).value;
    this.title = head.title;
    const date = versionDate(head);
    if (date) this.date = date;
  }

  /** The whole document, parsed once. */
  get doc(): Document {
    return this.parse().value;
  }

  get diagnostics(): Diagnostic[] {
    return this.parse().diagnostics;
  }

  private parse(): { value: Document; diagnostics: Diagnostic[] } {
    this.parsed ??= parseDocument(this.text, { file: this.file });
    return this.parsed;
  }
}

/** Title and header: up to the LawRefBook header's end, else the first lines. */
function headOf(text: string): string {
  const end = text.indexOf('<!-- INFO END -->');
  if (end >= 0 && end < 20_000) return text.slice(0, end + 17);
  return text.slice(0, 3000);
}

/**
 * The date of the text: the version date of its file name, else the latest
 * date its 题注 gives (the last amendment), else its promulgation.
 */
export function versionDate(doc: Document): string | undefined {
  if (doc.meta.version) return doc.meta.version;
  let latest: string | undefined;
  for (const n of doc.notes) {
    for (const m of n.text.matchAll(/[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/g)) {
      const d = isoDate(m[0]);
      if (d && (!latest || d > latest)) latest = d;
    }
  }
  return latest ?? doc.meta.promulgated ?? doc.meta.adopted;
}

export class Corpus {
  readonly entries: CorpusEntry[];
  readonly index: LawIndex;

  constructor(files: readonly CorpusFile[]) {
    this.entries = files.map((f) => new CorpusEntry(f.file, f.text));
    this.index = new LawIndex(this.entries);
  }

  /** The versions of a rule named by its title (or any key of it), oldest first. */
  versionsOf(name: string): CorpusEntry[] {
    const work = this.index.lookup(name);
    return work ? (work.versions as CorpusEntry[]) : [];
  }

  workOf(entry: CorpusEntry): Work | undefined {
    return this.index.lookup(entry.title);
  }

  /**
   * The entries whose text may name the work: each holds the longest run of
   * plain characters of one way of writing its title (marks, brackets and
   * widths vary between writings; those runs do not).
   */
  candidates(work: Work): CorpusEntry[] {
    const probes = [...new Set(work.versions.flatMap((v) => titleForms(v.title)).map(probeOf))];
    const own = new Set(work.versions.map((v) => nameKey(v.title)));
    return this.entries.filter((e) => !own.has(nameKey(e.title)) && probes.some((p) => e.text.includes(p)));
  }
}

/** The longest run of Chinese characters of a title. */
function probeOf(form: string): string {
  return form.split(/[^\u4e00-\u9fff]+/).sort((a, b) => b.length - a.length)[0];
}
