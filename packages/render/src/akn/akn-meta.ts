import { assertNever } from '@amend/model';
import type { ArticleChange, Consolidation, Document, Node } from '@amend/model';
import { el } from './xml.ts';

/** Stands in where the source gives no date: FRBRdate is required, and output must not depend on the clock. */
const UNKNOWN_DATE = '0001-01-01';

/** An empty element on one line. */
function leaf(tag: string, attrs: [string, string | undefined][]): string {
  return el(tag, attrs, [])[0];
}

/** A path segment of an AKN IRI: the title itself, minus characters that would break the path. */
function slug(text: string): string {
  return text.replace(/[\s/\\#?]+/g, '-') || 'untitled';
}

function workDate(doc: Document): { date: string; name: string } {
  const m = doc.meta;
  if (m.promulgated) return { date: m.promulgated, name: 'promulgation' };
  if (m.adopted) return { date: m.adopted, name: 'adoption' };
  if (m.version) return { date: m.version, name: 'version' };
  return { date: UNKNOWN_DATE, name: 'unknown' };
}

function frbr(tag: string, uri: string, date: { date: string; name: string }, author: string, extra: string[]): string[] {
  return el(
    tag,
    [],
    [
      leaf('FRBRthis', [['value', `${uri}/!main`]]),
      leaf('FRBRuri', [['value', uri]]),
      leaf('FRBRdate', [
        ['date', date.date],
        ['name', date.name],
      ]),
      leaf('FRBRauthor', [['href', author]]),
      ...extra,
    ],
  );
}

/**
 * The date of the version a tree holds: the corpus's version date, else the
 * latest date its 题注 records (根据2022年1月8日…修改), else the work's date,
 * so that a consolidated text never shares its expression IRI with the original.
 */
export function versionDate(doc: Document): string {
  if (doc.meta.version) return doc.meta.version;
  const work = workDate(doc).date;
  const dates = doc.notes.flatMap((n) =>
    [...n.text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`),
  );
  return dates.reduce((latest, d) => (d > latest ? d : latest), work);
}

function workUri(doc: Document): string {
  return `/akn/cn/act/${workDate(doc).date}/${slug(doc.title)}`;
}

/** The expression IRI of a version: where eIds of that version can be pointed at from elsewhere. */
function expressionUri(doc: Document): string {
  return `${workUri(doc)}/zho@${versionDate(doc)}`;
}

function identification(doc: Document): string[] {
  const work = workDate(doc);
  const version = { date: versionDate(doc), name: 'version' };
  const exprUri = expressionUri(doc);
  return el(
    'identification',
    [['source', '#amend']],
    [
      ...frbr('FRBRWork', workUri(doc), work, '#issuer', [
        leaf('FRBRcountry', [['value', 'cn']]),
        leaf('FRBRname', [['value', doc.title]]),
      ]),
      ...frbr('FRBRExpression', exprUri, version, '#issuer', [leaf('FRBRlanguage', [['language', 'zho']])]),
      ...frbr('FRBRManifestation', exprUri, { date: version.date, name: 'generation' }, '#amend', []),
    ],
  );
}

/** The title of the decision that made any node of the tree, from the nodes' provenance. */
function decisionTitle(doc: Document): string | undefined {
  const stack: Node[] = [doc];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.origin) return n.origin.decision;
    if ('children' in n) stack.push(...[...n.children].reverse());
  }
  return undefined;
}

/** AKN textualMod types for each status; a renumbered article whose text changed gets a substitution too. */
function modTypes(ch: ArticleChange): string[] {
  switch (ch.status) {
    case 'unchanged':
      return [];
    case 'modified':
      return ['substitution'];
    case 'inserted':
      return ['insertion'];
    case 'deleted':
      return ['repeal'];
    case 'renumbered':
      return ch.textChanged ? ['renumbering', 'substitution'] : ['renumbering'];
    case 'merged':
      return ['join'];
    case 'split':
      return ['split'];
    default:
      return assertNever(ch.status, 'change status');
  }
}

function passiveModifications(c: Changes, amending: string): string[] {
  const mods: string[] = [];
  let n = 0;
  // Old eIds belong to the previous version: a bare `#art_5` would name
  // whatever article carries that number now.
  const previous = c.before ? expressionUri(c.before) : '';
  for (const ch of c.changes) {
    for (const type of modTypes(ch)) {
      const sources = ch.items.length ? ch.items.map((i) => `${amending}#${i}`) : [amending];
      // A repealed article has no new place: its destination is where it stood in the previous version.
      const destinations = ch.after.length ? ch.after.map((d) => `#${d.id}`) : ch.before.map((b) => `${previous}#${b.id}`);
      mods.push(
        ...el(
          'textualMod',
          [
            ['type', type],
            ['eId', `pmod_${++n}`],
          ],
          [
            ...sources.map((s) => leaf('source', [['href', s]])),
            ...destinations.map((d) => leaf('destination', [['href', d]])),
            ...(ch.after.length ? ch.before.map((b) => leaf('old', [['href', `${previous}#${b.id}`]])) : []),
          ],
        ),
      );
    }
  }
  return mods.length ? el('analysis', [['source', '#amend']], el('passiveModifications', [], mods)) : [];
}

/**
 * The Changes the meta records: those of a Consolidation, whichever document
 * is printed. With `before`, old eIds are given as IRIs into that version.
 */
export type Changes = Pick<Consolidation, 'after' | 'changes'> & Partial<Pick<Consolidation, 'before'>>;

export function meta(doc: Document, changes?: Changes): string[] {
  const amending = changes ? decisionTitle(changes.after) : undefined;
  const amendingIri = amending ? `/akn/cn/act/${slug(amending)}` : '#amendment';
  const refs = [
    leaf('TLCOrganization', [
      ['eId', 'amend'],
      ['href', '/ontology/organization/amend'],
      ['showAs', 'amend'],
    ]),
    leaf('TLCOrganization', [
      ['eId', 'issuer'],
      ['href', '/ontology/organization/cn/issuer'],
      ['showAs', doc.meta.issuer ?? 'unknown'],
    ]),
    ...(amending
      ? [
          leaf('passiveRef', [
            ['eId', 'amendment'],
            ['href', amendingIri],
            ['showAs', amending],
          ]),
        ]
      : []),
  ];
  return el(
    'meta',
    [],
    [
      ...identification(doc),
      ...(changes ? passiveModifications(changes, amendingIri) : []),
      ...el('references', [['source', '#amend']], refs),
    ],
  );
}
