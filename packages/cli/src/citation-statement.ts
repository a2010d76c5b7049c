import { adjustCitations, adjustStatements, CAUSE, LawIndex, mapFromJson, mapFromVersions, sameRule, type Corpus } from '@amend/cite';
import type { Consolidation, Decision, Diagnostic, VersionMap } from '@amend/model';
import { diagnostic, idLabel } from '@amend/model';
import type { Reporter } from './context.ts';

/**
 * A decision's statement that the citations of another rule follow that
 * rule's new numbering (条文中引用《X》相应条文序号…作相应调整), carried out on
 * each rule the decision amends, with X's map from --map or from X's two
 * versions in the corpus. Every citation rewritten is reported (info), every
 * one left for a person too (warning), and a statement without a map is a
 * warning: the text it asks for cannot be produced. The notes go into the
 * consolidation's diagnostics too, so that --report and reports/ list them.
 */
export function followCitations(
  decision: Decision | undefined,
  c: Consolidation,
  known: { map?: VersionMap; corpus?: Corpus; decisionFile: string; ruleFile?: string },
  reporter: Reporter,
): Consolidation {
  if (!decision) return c;
  let after = c.after;
  const notes: Diagnostic[] = [];
  let carried = false;
  for (const statement of adjustStatements(decision)) {
    const index = known.corpus?.index ?? new LawIndex([{ title: statement.law }, ...(known.map ? [{ title: known.map.law }] : [])]);
    const map = mapOf(statement.law, known, index);
    if (!map) {
      reporter.add([
        diagnostic(
          'cite/adjust-without-map',
          { law: statement.law },
          { file: known.decisionFile, ...(statement.span ? { span: statement.span } : {}) },
        ),
      ]);
      continue;
    }
    const done = adjustCitations(after, map, index);
    after = done.doc;
    carried = true;
    // Carried out here: the parser's note that it would not be is no longer true.
    reporter.diagnostics.splice(
      0,
      reporter.diagnostics.length,
      ...reporter.diagnostics.filter((d) => (d.ruleId as string) !== 'decision/citations-adjusted'),
    );
    const file = known.ruleFile ? { file: known.ruleFile } : {};
    for (const a of done.citations) {
      const where = idLabel(a.impact.citation.where);
      const old = a.impact.citation.text;
      if (a.applied) {
        const review = a.impact.targets.find((t) => t.review === 'merged' || t.review === 'low-confidence')?.review;
        notes.push(
          review
            ? diagnostic(
                'cite/citation-review',
                { where, old, new: a.impact.newText!, reason: review === 'merged' ? 'the article was merged with another' : 'weak match' },
                file,
              )
            : diagnostic('cite/citation-adjusted', { where, old, new: a.impact.newText! }, file),
        );
      } else if (a.cause) {
        notes.push(diagnostic('cite/citation-left', { text: old, where, reason: CAUSE[a.cause] }, file));
      }
    }
  }
  reporter.add(notes);
  if (!carried && notes.length === 0) return c;
  const diagnostics = [...c.diagnostics.filter((d) => !carried || (d.ruleId as string) !== 'decision/citations-adjusted'), ...notes];
  return { ...c, after, diagnostics };
}

/** X's map: the one given, when it is X's; else X's two newest versions in the corpus. */
function mapOf(law: string, known: { map?: VersionMap; corpus?: Corpus }, index: LawIndex): VersionMap | undefined {
  if (known.map && sameRule(index, known.map.law, law)) return known.map;
  const versions = known.corpus?.versionsOf(law) ?? [];
  if (versions.length < 2) return undefined;
  const [a, b] = versions.slice(-2);
  return mapFromVersions(
    a.doc,
    b.doc,
    a.date ? { date: a.date, file: a.file } : { file: a.file },
    b.date ? { date: b.date, file: b.file } : { file: b.file },
  );
}

/** A map file given with --map: the map, or a diagnostic naming the file. */
export function readMap(path: string, reporter: Reporter): VersionMap | undefined {
  const source = reporter.read(path);
  if (!source) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (e) {
    reporter.add([diagnostic('cite/bad-map', { path, reason: (e as Error).message }, { file: path })]);
    return undefined;
  }
  const map = mapFromJson(json);
  if (typeof map === 'string') {
    reporter.add([diagnostic('cite/bad-map', { path, reason: map }, { file: path })]);
    return undefined;
  }
  return map;
}
