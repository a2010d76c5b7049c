import type { Address, ArticleNumber, Diagnostic, Document, MessageId, Node, Operation, Provenance } from '@amend/model';
import { diagnostic } from '@amend/model';
import { isDraft } from 'immer';
import type { Folded } from './match.ts';
import type { Seg } from './segments.ts';
import { DOC, type TreeIndex } from './tree-index.ts';

/**
 * The state of one application, inside one immer `produce`. Nodes are
 * addressed by handle: the original id for nodes of the rule (ids are only
 * recomputed at the end) and a fresh `+n` for nodes the decision creates, so
 * every edit acts on identity, never on a number that may already have moved.
 *
 * Where each node lives (`slot`) is known from the original tree up front;
 * the draft of a node is only reached, and cached, when an operation needs
 * it, so that a large rule with a few changes drafts only a few nodes.
 */

export interface OpCtx {
  op: Operation;
  /** Index of the operation inside its decision item. */
  index: number;
  /** Position of the operation in the decision, for stable ordering. */
  seq: number;
  origin: Provenance;
}

/** A change of original text, located in the original unit (offsets into its text). */
export interface TextEdit {
  start: number;
  end: number;
  to: string;
  /** The phrase as the decision wrote it, for messages (for a sentence or lead-in: its place). */
  phrase: string;
  /** A sentence or lead-in replaced as a range: a wider edit, not a phrase. */
  range?: true;
  /**
   * A phrase's occurrence, counted per scope named (第五条) and pair of its
   * operation; `word`, the longer name it sits inside (卫生 in 动物卫生监督机构).
   */
  tally?: { scope: string; pair: number; word?: string };
  ctx: OpCtx;
}

export type Field = 'children' | 'preamble';

/** A created node waiting for its place in the new numbering (增加一条，作为第五条). */
export interface Placement {
  node: Node;
  level: 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem';
  /**
   * The container (article for a 款, 款 for a 项, 项 for a 目); for an article,
   * an optional chapter or section; for a division, its parent (the document
   * when absent).
   */
  container?: string;
  /** A container named in the new numbering (移作第七条第二款: 第七条), found once the levels above are numbered. */
  into?: Address;
  /** A new division put around articles (包括第一条至第七条, new numbering), once articles are numbered. */
  holds?: { from: ArticleNumber; to: ArticleNumber };
  /** 1-based position in the new numbering. */
  at: number;
  ctx: OpCtx;
}

/**
 * What became of a node that is no longer in the rule: deleted; merged into
 * another (`into`, a handle); rewritten (its words replaced by new nodes);
 * or split off as an article of its own (`into`: that article), which
 * references follow.
 */
export type Fate = { how: 'deleted' } | { how: 'merged'; into: string } | { how: 'rewritten' } | { how: 'split'; into: string };

export interface Announced {
  handle: string;
  as: Address;
  ctx: OpCtx;
  /** The original node(s) it comes from, as the decision names them (a move's or a merge's source); absent for a new node. */
  stated?: string;
}

export interface Work {
  /** The original rule. */
  ix: TreeIndex;
  /** The draft being edited. */
  doc: Document;
  /** Drafts (or created nodes) reached so far, by handle. */
  nodes: Map<string, Node>;
  slot: Map<string, { parent: string; field: Field }>;
  /** Provenance of the units whose text changed. */
  texts: Map<string, Seg[]>;
  edits: Map<string, TextEdit[]>;
  placements: Placement[];
  /**
   * What needs renumbering: articles, headings, and the lists of 项 (by
   * their 款) and of 目 (by their 项) an operation edited, with the first
   * operation that did.
   */
  dirty: { articles: boolean; headings: boolean; items: Map<string, OpCtx>; subitems: Map<string, OpCtx> };
  /** Article handle → paths of the decision items that touched it. */
  touched: Map<string, Set<string>>;
  /** Handle of a merged article → original ids of the articles merged into it. */
  merged: Map<string, string[]>;
  /** Handle of an article split off → original id of the article it came from. */
  splitFrom: Map<string, string>;
  /** What became of the nodes a deletion, merge or split removed, for messages about references to them. */
  fates: Map<string, Fate>;
  /** Nodes whose new number the decision announces (作为第五条), checked after renumbering. */
  announced: Announced[];
  /**
   * New articles announced into a division (在附则中增加一条，作为第二条) whose
   * number the division could not give them: each was put at the nearest
   * place inside it; the division's handle, for the message if the number
   * then differs.
   */
  kept?: Map<string, string>;
  /** 之 articles the decision renumbers under another article (将第二条之一改为第四条之一): they no longer follow their own. */
  rebased?: ReadonlySet<string>;
  /**
   * 第二项修改为：“（一）…”，并调整为第一项: the number a 项 or 目 is moved to by the item that restates it
   * (key: decision item, then handle), which the restated label may carry.
   */
  movedTo?: ReadonlyMap<string, number>;
  /** Folded original text per unit, for phrase matching. */
  folded: Map<string, Folded>;
  diagnostics: Diagnostic[];
  file?: string;
  counter: number;
}

/** A list of 项 (the 款 holding it) or of 目 (the 项) was edited: it is relabelled and its punctuation checked. */
export function listEdited(w: Work, container: string, level: 'item' | 'subitem', ctx: OpCtx): void {
  const lists = level === 'item' ? w.dirty.items : w.dirty.subitems;
  if (!lists.has(container)) lists.set(container, ctx);
}

/** A node leaves its place (deleted or moved away): what its going makes to be renumbered. */
export function leaving(w: Work, node: Node, parent: string, ctx: OpCtx): void {
  switch (node.kind) {
    case 'part':
    case 'chapter':
    case 'section':
      w.dirty.headings = true;
      w.dirty.articles = true;
      return;
    case 'article':
      w.dirty.articles = true;
      return;
    case 'item':
      return listEdited(w, parent, 'item', ctx);
    case 'subitem':
      return listEdited(w, parent, 'subitem', ctx);
    default:
      return;
  }
}

export function newHandle(w: Work): string {
  return `+${++w.counter}`;
}

export function report(w: Pick<Work, 'diagnostics' | 'file'>, id: MessageId, data: Record<string, string | number>, ctx?: OpCtx): void {
  const full = ctx ? { item: ctx.op.item, rule: ctx.op.rule, ...data } : data;
  w.diagnostics.push(diagnostic(id, full, ctx ? { file: w.file, span: ctx.op.span } : { file: w.file }));
}

function childrenOf(n: Node): Node[] | undefined {
  return 'children' in n ? (n.children as Node[]) : undefined;
}

/** Where every original node lives, from the original tree (no drafts needed). */
export function originalSlots(ix: TreeIndex): Map<string, { parent: string; field: Field }> {
  const preamble = new Set(ix.doc.preamble.map((p) => p.id));
  const slots = new Map<string, { parent: string; field: Field }>();
  for (const [id, parent] of ix.parentOf) slots.set(id, { parent, field: preamble.has(id) ? 'preamble' : 'children' });
  return slots;
}

/** The live node of a handle (a draft, or a created node), or undefined when it is no longer in the tree. */
export function nodeOf(w: Work, handle: string): Node | undefined {
  const cached = w.nodes.get(handle);
  if (cached) return cached;
  const s = w.slot.get(handle);
  if (!s) return undefined;
  const parent = nodeOf(w, s.parent);
  if (!parent) return undefined;
  const list = (s.field === 'preamble' ? (parent as Document).preamble : childrenOf(parent)) ?? [];
  const i = indexIn(w, list, handle);
  const node = i < 0 ? undefined : list[i];
  if (node) w.nodes.set(handle, node);
  return node;
}

/**
 * Where a node is in the list it lives in. Reading a draft's element makes a
 * draft of it, so the list is not scanned from the start: the search begins
 * at the node's place in the original rule and widens from there — a node
 * has moved only as far as the nodes inserted or removed before it.
 */
function indexIn(w: Work, list: readonly Node[], handle: string): number {
  const guess = Math.min(w.ix.childIndex.get(handle) ?? 0, list.length - 1);
  for (let d = 0; guess - d >= 0 || guess + d < list.length; d++) {
    if (guess + d < list.length && list[guess + d].id === handle) return guess + d;
    if (d > 0 && guess - d >= 0 && list[guess - d].id === handle) return guess - d;
  }
  return -1;
}

/** The kind of a handle's node, without drafting it. */
export function kindOf(w: Work, handle: string): Node['kind'] | undefined {
  return (w.nodes.get(handle) ?? w.ix.byId.get(handle))?.kind;
}

/** Register a node (and what it holds) as living under `parent`. */
export function attach(w: Work, node: Node, parent: string, field: Field = 'children'): void {
  w.nodes.set(node.id, node);
  w.slot.set(node.id, { parent, field });
  for (const c of childrenOf(node) ?? []) attach(w, c, node.id);
}

/**
 * A field (or element) as it stands, read without making a draft of it: reading through a draft
 * drafts what is read, and each draft costs its making and its finalising. For reading only —
 * what comes back may be the original's own object, never to be written.
 */
function peek<T extends object, K extends keyof T>(o: T, key: K): T[K] {
  return isDraft(o) ? (Reflect.getOwnPropertyDescriptor(o, key)?.value as T[K]) : o[key];
}

/** A node and what it holds leave the tree: only their ids are read, so nothing is drafted. */
function forget(w: Work, node: Node): void {
  w.nodes.delete(node.id);
  w.slot.delete(node.id);
  const children = 'children' in node ? (peek(node, 'children') as readonly Node[]) : undefined;
  if (children) for (let i = 0; i < children.length; i++) forget(w, peek(children, i));
}

/**
 * Everything a node (or the 引言) holds replaced by `nodes` at once: one new list, rather than
 * one removal after another through the draft, which drafts and moves every node after it.
 */
export function replaceAll(w: Work, handle: string, nodes: Node[], field: Field = 'children'): void {
  const parent = nodeOf(w, handle) as unknown as Record<Field, Node[]>;
  const old = peek(parent, field);
  for (let i = 0; i < old.length; i++) forget(w, peek(old, i));
  parent[field] = nodes;
  for (const n of nodes) attach(w, n, handle, field);
}

/** The array a node lives in and its index there. */
export function location(w: Work, handle: string): { list: Node[]; index: number; parent: string } | undefined {
  const s = w.slot.get(handle);
  if (!s) return undefined;
  const parent = nodeOf(w, s.parent);
  if (!parent) return undefined;
  const list = (s.field === 'preamble' ? (parent as Document).preamble : childrenOf(parent)) as Node[];
  const index = indexIn(w, list, handle);
  return index < 0 ? undefined : { list, index, parent: s.parent };
}

/** Take a node out of the tree. */
export function detach(w: Work, handle: string): Node | undefined {
  const loc = location(w, handle);
  if (!loc) return undefined;
  const [node] = loc.list.splice(loc.index, 1);
  forget(w, node);
  return node;
}

/** Put `nodes` into the array `handle` lives in, replacing it (`replace`) or after/before it. */
export function placeBeside(w: Work, handle: string, nodes: Node[], where: 'replace' | 'after' | 'before'): boolean {
  const loc = location(w, handle);
  if (!loc) return false;
  const field = w.slot.get(handle)!.field;
  if (where === 'replace') {
    const [old] = loc.list.splice(loc.index, 1, ...nodes);
    forget(w, old);
  } else loc.list.splice(where === 'after' ? loc.index + 1 : loc.index, 0, ...nodes);
  for (const n of nodes) attach(w, n, loc.parent, field);
  return true;
}

/** The article handle holding `handle` (itself when it is one), following the live tree. */
export function articleHandle(w: Work, handle: string): string | undefined {
  for (let h: string | undefined = handle; h !== undefined && h !== DOC; h = w.slot.get(h)?.parent) {
    if (kindOf(w, h) === 'article') return h;
  }
  return undefined;
}

/** Record that a decision item touched the article holding `handle`. */
export function touch(w: Work, handle: string, ctx: OpCtx): void {
  const a = articleHandle(w, handle);
  if (!a) return;
  let set = w.touched.get(a);
  if (!set) w.touched.set(a, (set = new Set()));
  set.add(ctx.op.item);
}

/** Provenance of a live text unit: recorded runs, or all original, or all new. */
export function segsOf(w: Work, handle: string, text: string): Seg[] {
  const recorded = w.texts.get(handle);
  if (recorded) return recorded;
  return w.ix.byId.has(handle) ? (text ? [{ text, unit: handle, start: 0 }] : []) : text ? [{ text }] : [];
}
