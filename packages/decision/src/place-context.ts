import type { Address, Level, MessageId, Span } from '@amend/model';
import { fromChinese } from '@amend/model';
import { above, levelOf, rankOf, setLevel, STRUCTURE, structuralLevel } from './address-rules.ts';
import type { TargetItem } from './clauses.ts';

/** What places are resolved for: reports problems, maps offsets into the item to places in the file. */
export interface PlaceOwner {
  error(id: MessageId, data: Record<string, string | number>, span: Span): void;
  readonly env: { span(from: number, to: number): Span };
}

/**
 * Places as written → addresses in the original numbering, with what the
 * item's previous clauses named: a bare 第二款 takes the article named last,
 * 其中 the places named last, 该条 the article of the last place.
 */
export class Places {
  /** The place named last. */
  last: Address | undefined;
  /** The places named last (for 其中 and bare “C”修改为“D”). */
  scope: Address[] | undefined;

  /** The item's state, which reports problems and maps offsets to places in the file (no closures made per item). */
  constructor(private readonly owner: PlaceOwner) {}

  private error(id: MessageId, data: Record<string, string | number>, span: Span): void {
    this.owner.error(id, data, span);
  }

  private span(from: number, to: number): Span {
    return this.owner.env.span(from, to);
  }

  /** The place the previous clause named (第八条改为第九条，修改为：…). */
  contextTarget(span: Span): Address[] | undefined {
    if (this.last) return [this.last];
    this.error('decision/no-context', {}, span);
    return undefined;
  }

  /** Targets in the original numbering, with levels carried over from the place named before. */
  places(items: TargetItem[], span: Span): Address[] | undefined {
    // Most lists name one place with no 其, 其后各条 or sentence (第五条, 第三条第二款): its address alone, the list made whole.
    if (items.length === 1) {
      const place = items[0];
      if (place.kind !== 'qi' && place.kind !== 'whole' && !place.onward && place.part === undefined) {
        const addr = this.address(place, span);
        if (!addr) return undefined;
        this.last = addr;
        return (this.scope = [addr]);
      }
    }
    const list: Address[] = [];
    // Whether each place closes a 至 range, kept only once one does (most lists hold no range).
    let ranges: boolean[] | undefined;
    let qiOnly = true;
    for (const place of items) {
      if (place.kind === 'qi') {
        if (!this.scope) {
          this.error('decision/no-context', {}, span);
          return undefined;
        }
        for (const addr of this.scope) {
          list.push(addr);
          ranges?.push(false);
        }
        continue;
      }
      qiOnly = false;
      if (place.kind === 'whole') return [];
      if (place.onward && !place.refs.length) {
        // 其后各条: after the article named last.
        const article = this.last?.article;
        if (!article) {
          this.error('decision/no-context', {}, span);
          return undefined;
        }
        list.push({ article, onward: 'after' });
        ranges?.push(false);
        continue;
      }
      const addr = this.address(place, span);
      if (!addr) return undefined;
      // 第二句 narrows the place; what follows (该条, a bare 第二款) continues the 款 itself.
      const sentence = sentenceOf(place.part);
      const named = sentence === undefined ? addr : { ...addr, sentence };
      list.push(place.onward ? { ...named, onward: place.onward } : named);
      if (place.range && !ranges) ranges = list.map(() => false);
      if (ranges) ranges[list.length - 1] = place.range;
      this.last = addr;
    }
    const out = ranges
      ? this.expand(
          list.map((addr, i) => ({ addr, range: ranges[i] })),
          span,
        )
      : list;
    if (out && !qiOnly) this.scope = out;
    return out;
  }

  private address(place: TargetItem, span: Span): Address | undefined {
    if (place.trailing) {
      this.error('decision/unexpected-token', { found: place.trailing.image }, this.span(place.trailing.from, place.to));
      return undefined;
    }
    switch (place.kind) {
      case 'this': {
        const ctx = this.contextTarget(span)?.[0];
        if (!ctx) return undefined;
        const w = place.thisWord ?? '';
        const cut: Level | undefined = /条/.test(w) ? 'paragraph' : /款/.test(w) ? 'item' : /项/.test(w) ? 'subitem' : undefined;
        // 该条第二款: the levels below continue the place.
        return { ...(cut ? above(ctx, cut) : ctx), ...this.fresh(place) };
      }
      case 'intro':
        return { special: 'preamble' };
      case 'title':
        return { special: 'title' };
      // 将正文修改为 / 将答复内容修改为: the reply's text (the engine finds its paragraphs); 正文第二段 counts paragraphs.
      case 'body':
      case 'answer':
        if (!place.refs.length) return { special: place.kind };
        if (place.kind === 'answer') {
          this.error('decision/unexpected-token', { found: place.refs[0].image }, this.span(place.refs[0].from, place.to));
          return undefined;
        }
        return this.fresh(place, true, span);
      case 'preamble': {
        const addr: Address = { special: 'preamble' };
        const p = place.refs.find((r) => r.level === 'naturalPara');
        if (p) addr.paragraph = p.num;
        return addr;
      }
      default: {
        const addr = this.fresh(place, true, span);
        // 第二章的章名: the heading's words, not the chapter's.
        if (addr && place.heading) addr.special = 'heading';
        return addr;
      }
    }
  }

  /** An address from references alone; `inherit` fills the levels above the first one from context. */
  fresh(place: TargetItem, inherit: true, span?: Span): Address | undefined;
  fresh(place: TargetItem): Address;
  fresh(place: TargetItem, inherit = false, span?: Span): Address | undefined {
    const addr: Address = {};
    let prev = -1;
    for (const ref of place.refs) {
      const rank = rankOf(structuralLevel(ref.level));
      if (rank <= prev) {
        this.error('decision/bad-reference', { found: ref.image, previous: STRUCTURE[prev] }, this.span(ref.from, place.to));
      }
      prev = Math.max(prev, rank);
      setLevel(addr, ref);
    }
    const top = place.refs[0] ? structuralLevel(place.refs[0].level) : undefined;
    // 第X段 counts the paragraphs of a text without articles (a 批复): nothing to inherit.
    const relative = inherit && top && place.kind === 'refs' && place.refs[0]?.level !== 'duan';
    if (relative && rankOf(top) > rankOf('article')) {
      const ctx = this.last;
      if (!ctx?.article) {
        this.error('decision/no-context', {}, span ?? this.span(place.from, place.to));
        return undefined;
      }
      return withLevels(above(ctx, top), addr);
    }
    // Sections are numbered within their chapter: 第七节 after 第三章 is that chapter's.
    if (relative && top === 'section' && this.last?.chapter !== undefined) return withLevels(above(this.last, 'section'), addr);
    return addr;
  }

  /** Expand 第X至第Y ranges. */
  expand(list: { addr: Address; range: boolean }[], span: Span): Address[] | undefined {
    // Most lists hold no range (every place names itself).
    if (!list.some((x) => x.range)) return list.map((x) => x.addr);
    const out: Address[] = [];
    for (const { addr, range } of list) {
      const prev = out[out.length - 1];
      if (!range || !prev) {
        out.push(addr);
        continue;
      }
      const level = levelOf(addr);
      const a = num(prev, level);
      const b = num(addr, level);
      if (a === undefined || b === undefined || b <= a || levelOf(prev) !== level) {
        this.error('decision/bad-range', { from: String(a ?? '?'), to: String(b ?? '?') }, span);
        return undefined;
      }
      for (let n = a + 1; n <= b; n++) {
        const next: Address = { ...addr };
        if (level === 'article') next.article = { n };
        else (next as Record<string, number>)[level] = n;
        out.push(next);
      }
    }
    return out;
  }
}

/** `outer` (a fresh copy of the levels above) given the levels of `inner`: { ...outer, ...inner } without the spread. */
function withLevels(outer: Address, inner: Address): Address {
  for (const k in inner) (outer as Record<string, unknown>)[k] = inner[k as keyof Address];
  return outer;
}

function num(addr: Address, level: Level): number | undefined {
  if (level === 'article') return addr.article && !addr.article.sub ? addr.article.n : undefined;
  const v = addr[level as keyof Address];
  return typeof v === 'number' ? v : undefined;
}

/** 第二句 → 2, 最后一句 → -1; 前两句, 后两句 name several sentences and no single one. */
export function sentenceOf(part: string | undefined): number | undefined {
  if (part === undefined) return undefined;
  if (part === '最后一句') return -1;
  const m = /^第(.+)句$/.exec(part);
  const n = m ? fromChinese(m[1]) : undefined;
  return n !== undefined && n > 0 ? n : undefined;
}
