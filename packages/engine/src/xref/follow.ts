import type { Node } from '@amend/model';
import { DOC, type TreeIndex, type UnitPlace } from '../tree-index.ts';
import type { Fate } from '../apply-state.ts';
import type { ResolvedAtom, Target } from './ref-targets.ts';
import { componentText, type Atom, type Level } from './scan.ts';

/**
 * One atom of a reference carried over from the original, followed to where
 * its target ended up. The atom is written again at the levels it was
 * written at, each number read from the target's place in the new rule; a
 * 款 (项) that left the article the reference sits in gets its article
 * written, and one that became an article of its own (单列) is that article.
 * A target no longer in the rule is reported with what became of it, and
 * the atom is left as written.
 */

export interface FollowInput {
  before: TreeIndex;
  after: TreeIndex;
  /** Final id → handle. */
  handleOf: Map<string, string>;
  /** Handle → final id. */
  newIdOf: Map<string, string>;
  fates: Map<string, Fate>;
}

/** A target that is no longer in the rule: its original id and what became of it. */
export interface Gone {
  id: string;
  fate: Fate;
}

export interface Outcome {
  /** The atom in the new numbering (as written when it cannot be rewritten). */
  text: string;
  /** The original already lacked the target: nothing to rewrite, nothing the decision caused. */
  broken: boolean;
  gone: Gone[];
  /** A relative word (前款, 前条, 本章) that now points elsewhere: original ids, new ids. */
  shifted?: { was: string[]; now: string[] };
  /** A target followed to another container: its original id and its new id. */
  moved?: { id: string; now: string };
  /** A moved target a relative word cannot follow: left as written. */
  strayed?: { id: string; now: string };
  newIds: string[];
}

const ORDER: Level[] = ['part', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'];

export function newNode(input: FollowInput, origId: string): Node | undefined {
  const id = input.newIdOf.get(origId);
  return id !== undefined ? input.after.byId.get(id) : undefined;
}

/** What became of an original node that is gone: its own fate, or that of the nearest ancestor that has one. */
export function fateOf(input: FollowInput, origId: string): Fate {
  for (let id: string | undefined = origId; id !== undefined && id !== DOC; id = input.before.parentOf.get(id)) {
    const fate = input.fates.get(id);
    if (fate) return fate;
  }
  return { how: 'rewritten' };
}

/** The node at `level` holding `node` in a version (the node itself at its own level). */
export function holderAt(ix: TreeIndex, node: Node, level: Level): Node | undefined {
  for (let id: string | undefined = node.id; id !== undefined && id !== DOC; id = ix.parentOf.get(id)) {
    const n = ix.byId.get(id);
    if (n?.kind === level) return n;
  }
  return undefined;
}

/** The article holding `node` when it has a single 款. */
function loneParagraph(ix: TreeIndex, node: Node): Node | undefined {
  const article = holderAt(ix, node, 'article');
  return article?.kind === 'article' && article.children.length === 1 ? article : undefined;
}

function component(ix: TreeIndex, node: Node, level: Level, digits: Atom['parts'][number]['digits']): string | undefined {
  switch (node.kind) {
    case 'article':
      return componentText(level, node.num.n, node.num.sub, digits);
    case 'paragraph': {
      const index = ix.place.get(node.id)?.paragraphIndex;
      return index === undefined ? undefined : componentText(level, index, undefined, digits);
    }
    case 'item':
    case 'subitem':
    case 'part':
    case 'chapter':
    case 'section':
      return node.num === 0 ? undefined : componentText(level, node.num, undefined, digits);
    default:
      return undefined;
  }
}

export function followAtom(input: FollowInput, unitId: string, text: string, atom: Atom, orig: ResolvedAtom): Outcome {
  const { before, after, handleOf } = input;
  const out: Outcome = { text: text.slice(atom.start, atom.end), broken: false, gone: [], newIds: [] };
  const here = after.place.get(unitId) ?? {};
  // A target the original already lacked is left alone: the decision did not cause it.
  if (orig.missing && atom.rel !== 'prev-paragraph') {
    out.broken = true;
    return out;
  }
  followRelative(input, out, atom, orig, here);
  if (atom.parts.length === 0) return out;

  const target = orig.partNodes[orig.partNodes.length - 1] as Target;
  const digits = atom.parts[0].digits;
  const head = text.slice(atom.start, atom.parts[0].start);
  let now = newNode(input, target.id);
  if (!now) {
    const own = input.fates.get(target.id);
    const fate = own ?? fateOf(input, target.id);
    // Only the 款 or 项 itself is followed to the article it became (not a 目 inside it).
    const article = own?.how === 'split' ? newNode(input, own.into) : undefined;
    // A 款 or 项 that became an article of its own (单列) is that article.
    if (article?.kind === 'article' && !atom.rel) {
      out.text = head + componentText('article', article.num.n, article.num.sub, digits);
      out.moved = { id: target.id, now: article.id };
      out.newIds = [article.id];
      return out;
    }
    out.gone.push({ id: target.id, fate: fate.how === 'split' ? { how: 'rewritten' } : fate });
    return out;
  }

  // Did it leave its article (a 款, 项 or 目) or its chapter (a section)?
  const home: Level | undefined =
    target.kind === 'paragraph' || target.kind === 'item' || target.kind === 'subitem'
      ? 'article'
      : target.kind === 'section'
        ? 'chapter'
        : undefined;
  const homeBefore = home ? holderAt(before, target, home) : undefined;
  const homeNow = home ? holderAt(after, now, home) : undefined;
  const moved = homeBefore !== undefined && (homeNow === undefined || handleOf.get(homeNow.id) !== homeBefore.id);
  if (moved && atom.rel) {
    // 本条第二款 cannot follow a 款 out of this article.
    out.strayed = { id: target.id, now: now.id };
    return out;
  }

  const levels = atom.parts.map((p) => p.level);
  // A place the reference did not write (第二款: this article) is written once the target left it.
  const implicit = containerNotWritten(atom, orig);
  if (implicit && moved) {
    const holder = holderAt(after, now, implicit);
    const inHere = holder !== undefined && holder.id === (here as Record<string, Node | undefined>)[implicit]?.id;
    if (!inHere) levels.unshift(implicit);
  }
  // An article of one 款 has no 款 to cite: a 款 now alone in its article (单列, or its
  // neighbours gone) reads as that article, a 项 in it as the article's 项.
  const lone = levels.includes('paragraph') && !atom.rel ? loneParagraph(after, now) : undefined;
  if (lone && (moved || (homeBefore?.kind === 'article' && homeBefore.children.length > 1))) {
    levels.splice(levels.indexOf('paragraph'), 1);
    if (!levels.includes('article')) levels.push('article');
    if (now.kind === 'paragraph') now = lone;
  }
  let parts = '';
  for (const level of levels.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))) {
    const holder = holderAt(after, now, level);
    const written = holder && component(after, holder, level, digits);
    if (!written) {
      out.gone.push({ id: target.id, fate: { how: 'rewritten' } });
      return out;
    }
    parts += written;
  }
  out.text = head + parts;
  if (moved) out.moved = { id: target.id, now: now.id };
  for (const id of orig.ids) {
    const n = newNode(input, id);
    if (n) out.newIds.push(n.id);
  }
  return out;
}

/** The container level an atom leaves unwritten because the reference sits in it: 第二款 → article, 第一节 → chapter. */
function containerNotWritten(atom: Atom, orig: ResolvedAtom): Level | undefined {
  if (atom.rel) return undefined;
  const first = atom.parts[0].level;
  if ((first === 'paragraph' || first === 'item' || first === 'subitem') && orig.chain.implicitArticle) return 'article';
  if (first === 'section') return 'chapter';
  return undefined;
}

/** What a relative word (前款, 前条, 本章) points to now, and whether that changed. */
function followRelative(input: FollowInput, out: Outcome, atom: Atom, orig: ResolvedAtom, here: UnitPlace): void {
  const { after, handleOf } = input;
  const compare = (was: string[], now: Node[]): void => {
    const nowHandles = now.map((n) => handleOf.get(n.id));
    if (orig.missing || nowHandles.length !== was.length || nowHandles.some((h, i) => h !== was[i]))
      out.shifted = { was, now: now.map((n) => n.id) };
    if (atom.parts.length === 0) out.newIds.push(...now.map((n) => n.id));
  };
  switch (atom.rel) {
    case 'prev-paragraph': {
      const k = atom.count ?? 1;
      const idx = here.paragraphIndex ?? 0;
      compare(orig.relIds, here.article && idx - k >= 1 ? here.article.children.slice(idx - 1 - k, idx - 1) : []);
      return;
    }
    case 'prev-article': {
      const i = here.article ? (after.articleIndex.get(here.article) ?? -1) : -1;
      compare(orig.chain.article ? [orig.chain.article.id] : [], i > 0 ? [after.articles[i - 1]] : []);
      return;
    }
    case 'this-part':
    case 'this-chapter':
    case 'this-section': {
      const level = atom.rel === 'this-part' ? 'part' : atom.rel === 'this-chapter' ? 'chapter' : 'section';
      const now = here[level];
      compare(orig.ids, now ? [now] : []);
      return;
    }
    case 'this-article':
    case 'this-paragraph':
    case 'this-item':
    case 'prev-item':
      if (atom.parts.length > 0) return;
      for (const id of orig.ids) {
        const n = newNode(input, id);
        if (n) out.newIds.push(n.id);
      }
      return;
    case undefined:
      return;
  }
}
