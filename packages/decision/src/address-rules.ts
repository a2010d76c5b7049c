import { assertNever, type Address, type Level } from '@amend/model';
import type { Ref, RefLevel } from './clauses.ts';

/** Structural levels from the top down; a reference names them in this order. */
export const STRUCTURE: Level[] = ['part', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'];

/** A level a reference can name: a node with a number (第二句, 名称 and 引言 are read apart). */
export type StructuralLevel = Exclude<Level, 'sentence' | 'title' | 'preamble'>;

/** The structural level a reference word stands for (第X段 is a paragraph, 第X部分 a top division). */
export function structuralLevel(level: RefLevel): StructuralLevel {
  switch (level) {
    case 'naturalPara':
    case 'duan':
      return 'paragraph';
    case 'division':
      return 'chapter';
    default:
      return level;
  }
}

/** Where a level stands in STRUCTURE (a switch: every reference of every place asks). */
export function rankOf(level: Level): number {
  switch (level) {
    case 'part':
      return 0;
    case 'chapter':
      return 1;
    case 'section':
      return 2;
    case 'article':
      return 3;
    case 'paragraph':
      return 4;
    case 'item':
      return 5;
    case 'subitem':
      return 6;
    default:
      return -1;
  }
}

export function setLevel(addr: Address, ref: Ref): void {
  // A store per field by name: a computed key makes every store a generic one.
  const level = structuralLevel(ref.level);
  switch (level) {
    case 'part':
      addr.part = ref.num;
      return;
    case 'chapter':
      addr.chapter = ref.num;
      return;
    case 'section':
      addr.section = ref.num;
      return;
    case 'article':
      addr.article = ref.article ?? { n: ref.num };
      return;
    case 'paragraph':
      addr.paragraph = ref.num;
      return;
    case 'item':
      addr.item = ref.num;
      return;
    case 'subitem':
      addr.subitem = ref.num;
      return;
    default:
      assertNever(level, 'reference level');
  }
}

/** The deepest level an address names. */
export function levelOf(addr: Address): Level {
  // Named fields, deepest first (as STRUCTURE from the end): every operation asks this of its addresses.
  if (addr.subitem !== undefined) return 'subitem';
  if (addr.item !== undefined) return 'item';
  if (addr.paragraph !== undefined) return 'paragraph';
  if (addr.article !== undefined) return 'article';
  if (addr.section !== undefined) return 'section';
  if (addr.chapter !== undefined) return 'chapter';
  if (addr.part !== undefined) return 'part';
  if (addr.special === 'title') return 'title';
  return 'preamble';
}

/** Copy of `addr` keeping only the levels above `level` (all of them for a level not in STRUCTURE). */
export function above(addr: Address, level: Level): Address {
  const out: Address = {};
  if (addr.special) out.special = addr.special;
  // Field by field in STRUCTURE's order, as setLevel stores them.
  const rank = rankOf(level);
  const upTo = rank < 0 ? STRUCTURE.length : rank;
  if (upTo > 0 && addr.part !== undefined) out.part = addr.part;
  if (upTo > 1 && addr.chapter !== undefined) out.chapter = addr.chapter;
  if (upTo > 2 && addr.section !== undefined) out.section = addr.section;
  if (upTo > 3 && addr.article !== undefined) out.article = addr.article;
  if (upTo > 4 && addr.paragraph !== undefined) out.paragraph = addr.paragraph;
  if (upTo > 5 && addr.item !== undefined) out.item = addr.item;
  if (upTo > 6 && addr.subitem !== undefined) out.subitem = addr.subitem;
  return out;
}

/** Only the number of `level` (for `as`/`to`: the new number of the node itself). */
export function own(addr: Address): Address {
  const level = levelOf(addr);
  const out: Address = {};
  const v = addr[level as keyof Address];
  if (v !== undefined) (out as Record<string, unknown>)[level] = v;
  return out;
}

export function sameAddress(a: Address, b: Address): boolean {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

function normal(a: Address): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of ['special', ...STRUCTURE]) {
    const v = a[k as keyof Address];
    if (v !== undefined) o[k] = typeof v === 'object' ? { n: v.n, sub: v.sub ?? 0 } : v;
  }
  return o;
}

/**
 * What 第X款改为/移作/调整为 Y does with a node. A 款 or 项 given an article's
 * number becomes an article of its own (a split), unless it goes 移至 (into)
 * that article. A node given a place in another container or at another
 * level moves there (原第六项修改为第二款第一项), and so does one 移作 another
 * place (将第十条移作第十二条, 将第三章移作第五章). Anything else states a new
 * number (第八条改为第九条) that the engine checks against its own numbering.
 */
export function moveKind(target: Address, dest: Address, verb: string): 'renumber' | 'split' | 'move' {
  const from = levelOf(target);
  const to = levelOf(dest);
  if (to === 'article' && (from === 'paragraph' || from === 'item')) return verb === '移至' || verb === '移到' ? 'move' : 'split';
  const container = above(dest, to);
  const stays = to === from && (!Object.keys(container).length || sameAddress(container, above(target, to)));
  return !stays || /^移/.test(verb) ? 'move' : 'renumber';
}

/** Document order of two addresses of one level. */
export function compareAddresses(a: Address, b: Address): number {
  for (const l of STRUCTURE) {
    const x = a[l as keyof Address];
    const y = b[l as keyof Address];
    const nx = typeof x === 'object' ? x.n * 1000 + (x.sub ?? 0) : (x as number | undefined);
    const ny = typeof y === 'object' ? y.n * 1000 + (y.sub ?? 0) : (y as number | undefined);
    if (nx !== ny) return (nx ?? 0) - (ny ?? 0);
  }
  return 0;
}

/** A target naming a sentence (第二款第二句) acts on that sentence, not its 款. */
export function levelOrSentence(target: Address): Level {
  return target.sentence !== undefined ? 'sentence' : levelOf(target);
}
