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
  return el(tag, [], [
    leaf('FRBRthis', [['value', `${uri}/!main`]]),
    leaf('FRBRuri', [['value', uri]]),
    leaf('FRBRdate', [['date', date.date], ['name', date.name]]),
    leaf('FRBRauthor', [['href', author]]),
    ...extra,
  ]);
}

function identification(doc: Document): string[] {
  const work = workDate(doc);
  const version = { date: doc.meta.version ?? work.date, name: 'version' };
  const workUri = `/akn/cn/act/${work.date}/${slug(doc.title)}`;
  const exprUri = `${workUri}/zho@${version.date}`;
  return el('identification', [['source', '#amend']], [
    ...frbr('FRBRWork', workUri, work, '#issuer', [
      leaf('FRBRcountry', [['value', 'cn']]),
      leaf('FRBRname', [['value', doc.title]]),
    ]),
    ...frbr('FRBRExpression', exprUri, version, '#issuer', [leaf('FRBRlanguage', [['language', 'zho']])]),
    ...frbr('FRBRManifestation', exprUri, { date: version.date, name: 'generation' }, '#amend', []),
  ]);
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

function passiveModifications(c: Pick<Consolidation, 'after' | 'changes'>, amending: string): string[] {
  const mods: string[] = [];
  let n = 0;
  for (const ch of c.changes) {
    for (const type of modTypes(ch)) {
      const sources = ch.items.length ? ch.items.map((i) => `${amending}#${i}`) : [amending];
      // A repealed article has no new place: its destination is where it stood.
      const destinations = ch.after.length ? ch.after : ch.before;
      mods.push(
        ...el('textualMod', [['type', type], ['eId', `pmod_${++n}`]], [
          ...sources.map((s) => leaf('source', [['href', s]])),
          ...destinations.map((d) => leaf('destination', [['href', `#${d.id}`]])),
          ...(ch.after.length ? ch.before.map((b) => leaf('old', [['href', `#${b.id}`]])) : []),
        ]),
      );
    }
  }
  return mods.length ? el('analysis', [['source', '#amend']], el('passiveModifications', [], mods)) : [];
}

/** The Changes the meta records: those of a Consolidation, whichever document is printed. */
export type Changes = Pick<Consolidation, 'after' | 'changes'>;

export function meta(doc: Document, changes?: Changes): string[] {
  const amending = changes ? decisionTitle(changes.after) : undefined;
  const amendingIri = amending ? `/akn/cn/act/${slug(amending)}` : '#amendment';
  const refs = [
    leaf('TLCOrganization', [['eId', 'amend'], ['href', '/ontology/organization/amend'], ['showAs', 'amend']]),
    leaf('TLCOrganization', [['eId', 'issuer'], ['href', '/ontology/organization/cn/issuer'], ['showAs', doc.meta.issuer ?? 'unknown']]),
    ...(amending ? [leaf('passiveRef', [['eId', 'amendment'], ['href', amendingIri], ['showAs', amending]])] : []),
  ];
  return el('meta', [], [
    ...identification(doc),
    ...(changes ? passiveModifications(changes, amendingIri) : []),
    ...el('references', [['source', '#amend']], refs),
  ]);
}
