import type { CitationTarget, CitedLaw, Provision } from '@amend/model';
import { assertNever, fromChinese } from '@amend/model';
import { scanReferences, type Atom, type RefMatch } from '@amend/engine';
import { bareNameBefore, isHistorical, nameKey, type LawIndex } from './law-names.ts';
import { shortLists, standaloneLists } from './shared-lists.ts';

/**
 * Citations of other rules in one text. The engine's reference scanner
 * reads the lists of 第X条第Y款第Z项 (one home for that reading); this file
 * decides which of them cite another rule and which rule:
 *
 *   《中华人民共和国公司法》第七十一条     a book title (nested marks allowed)
 *   《…》（以下简称民事诉讼法）第二百条    a title followed by its alias, a
 *                                       document number or a version note
 *   公司法第一百八十三条                  a name without marks, read against
 *                                       the corpus and the document's aliases
 *   该法第十八条                          the rule named last
 *
 * and adds the item forms the engine does not read: 第十七条第一款（一）项,
 * 第一条第一款第（一）项, 第十五条（三）、（四）项.
 */

/** A citation found in one text: offsets are the text's own. */
export interface ScannedCitation {
  text: string;
  law: CitedLaw;
  targets: CitationTarget[];
  start: number;
  end: number;
}

/** What a document has said so far: its aliases and the rules it named. */
export class ScanContext {
  /** Alias key → the name it abbreviates (以下简称民诉法解释). */
  readonly aliases = new Map<string, string>();
  /** The rules named so far, in order (for 该法). */
  private readonly named: string[] = [];

  constructor(readonly index: LawIndex) {}

  known = (key: string): boolean => this.index.has(key) || this.aliases.has(key);
  isTail = (key: string): boolean => this.index.isTail(key);
  get maxKey(): number {
    return Math.max(this.index.maxKey, this.aliasMax);
  }
  private aliasMax = 0;

  /** Does the text hold one of the aliases defined so far? */
  aliasIn(text: string): boolean {
    for (const a of this.aliases.keys()) if (text.includes(a)) return true;
    return false;
  }

  defineAlias(alias: string, name: string): void {
    this.aliases.set(alias, name);
    this.resolved.clear();
    this.aliasMax = Math.max(this.aliasMax, alias.length);
  }

  private readonly namedKeys: string[] = [];

  mention(name: string): void {
    if (this.named[this.named.length - 1] === name) return;
    this.named.push(name);
    this.namedKeys.push(nameKey(name));
  }

  /** The rule named last whose name ends in `kind` (法, 条例, 规定…). */
  lastNamed(kind: string): string | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const name = this.aliases.get(nameKey(this.named[i])) ?? this.named[i];
      if (name.endsWith(kind) || (kind === '法' && name.endsWith('法典'))) return name;
    }
    return undefined;
  }

  /** A name given earlier whose key ends with this one's (劳动争议调解仲裁法 for 调解仲裁法). */
  abbreviates = (name: string): string | undefined => {
    // A run of Chinese characters is its own key.
    for (let i = this.named.length - 1; i >= 0; i--) {
      const full = this.namedKeys[i];
      if (full.length > name.length && full.endsWith(name)) return this.named[i];
    }
    return undefined;
  };

  private readonly resolved = new Map<string, string | undefined>();

  /** The title a name resolves to, through the document's aliases. */
  resolve(name: string): string | undefined {
    if (!this.resolved.has(name)) this.resolved.set(name, this.lookup(name));
    return this.resolved.get(name);
  }

  private lookup(name: string): string | undefined {
    const key = nameKey(name);
    const full = this.aliases.get(key);
    return this.index.lookup(full ?? name)?.title ?? (full !== undefined ? undefined : this.index.lookup(name)?.title);
  }
}

const ALIAS_RE =
  /《([^《》]*(?:《[^《》]*》[^《》]*)*)》\s*[（(](?:[^（）()]{0,30}[，,])?(?:以下简称为|以下简称|以下称|下称|简称)[“"《]?([^）)”"》，,、]{1,30})[”"》]?[）)]/g;
const TITLE_RE = /《([^《》]*(?:《[^《》]*》[^《》]*)*)》/g;
/** A parenthesis that may stand between a title and its articles. */
const BETWEEN_RE =
  /[（(][^（）()]{0,30}(?:以下简称|以下称|下称|简称)[^）)]{1,30}[）)]$|[（(][^）)]{0,20}(?:〔\d{4}〕|\[\d{4}\]|\d{4}年)[^）)]{0,20}[）)]$/;
const ANAPHORA_RE = /该(法|条例|办法|规定|细则|决定|规则|解释|公约|条约|协定)$/;
const SEPARATOR = /^(?:、|和|或者|或|及|以及|与|至|到)$/;

/**
 * What a text says of names when none of its citations can matter: the
 * aliases it defines and the titles it names (for a later 该法).
 */
export function skim(text: string, ctx: ScanContext): void {
  readAliases(text, ctx);
  for (const m of text.matchAll(TITLE_RE)) ctx.mention(m[1]);
}

/** Could a text cite a rule known by these pieces of its name (or by an alias, or 该法)? */
export function mayCite(text: string, focus: readonly string[], ctx: ScanContext): boolean {
  return text.includes('该') || focus.some((f) => text.includes(f)) || ctx.aliasIn(text);
}

/** Register the aliases a text defines, before its citations are read. */
export function readAliases(text: string, ctx: ScanContext): void {
  for (const m of text.matchAll(ALIAS_RE)) {
    const alias = nameKey(m[2]);
    if (alias.length >= 2 && alias !== nameKey(m[1])) ctx.defineAlias(alias, m[1]);
  }
}

/** Every citation of another rule in `text`, in order. */
export function scanCitations(text: string, ctx: ScanContext): ScannedCitation[] {
  readAliases(text, ctx);
  const titles = [...text.matchAll(TITLE_RE)].map((m) => ({ end: m.index + m[0].length, name: m[1] }));
  let t = 0;
  const out: ScannedCitation[] = [];
  const short = new Set(standaloneLists(text));
  for (const m of [...scanReferences(text), ...short].sort((x, y) => x.start - y.start)) {
    const first = m.atoms[0];
    if (!first || first.rel !== undefined) continue;
    // Book titles before this point are mentions, for 该法.
    while (t < titles.length && titles[t].end <= first.start) ctx.mention(titles[t++].name);
    const prev = out[out.length - 1];
    // A list written short that a citation's list already took (第十条第三、四款).
    if (short.has(m) && prev && m.start < prev.end) continue;
    const gap = prev ? text.slice(prev.end, first.start) : '';
    if (prev && SEPARATOR.test(gap)) {
      const before = prev.targets.length;
      extend(prev, text, m, gap);
      if (short.has(m)) for (const x of prev.targets.slice(before)) x.shared = true;
      continue;
    }
    // 第三、四款 with no article before it in its list cites nothing; 民事诉讼法第三、四条 does.
    if (short.has(m) && first.parts[0].level !== 'article') continue;
    const law = lawBefore(text, first.start, m, ctx, prev?.end ?? 0);
    if (!law) continue;
    const c: ScannedCitation = { text: '', law: law.law, targets: [], start: law.start, end: first.start };
    extend(c, text, m, '');
    if (c.targets.length === 0) continue;
    if (short.has(m)) for (const x of c.targets) x.shared = true;
    if (law.law.naming !== 'anaphora') ctx.mention(law.law.name);
    out.push(c);
  }
  while (t < titles.length) ctx.mention(titles[t++].name);
  return out;
}

/** The rule named right before offset `at`, and where its name starts. */
function lawBefore(text: string, at: number, m: RefMatch, ctx: ScanContext, floor: number): { law: CitedLaw; start: number } | undefined {
  let end = at;
  let between = '';
  const paren = BETWEEN_RE.exec(text.slice(Math.max(0, at - 40), at));
  if (paren && text[at - paren[0].length - 1] === '》') {
    between = paren[0];
    end = at - paren[0].length;
  }
  if (text[end - 1] === '》' || (text[end - 1] === '〉' && outerAngle(text, end - 1) >= 0)) {
    const open = text[end - 1] === '》' ? openingMark(text, end - 1) : outerAngle(text, end - 1);
    // 本《规定》第三条: the document itself, its kind in marks.
    if (open < 0 || text[open - 1] === '本') return undefined;
    const name = text.slice(open + 1, end - 1);
    const alias = ctx.aliases.has(nameKey(name));
    const law: CitedLaw = {
      written: text.slice(open, end),
      naming: alias ? 'alias' : 'title',
      name: alias ? ctx.aliases.get(nameKey(name))! : name,
    };
    const version = /(\d{4}年(?:修正|修订|修改)?)/.exec(between);
    const q = version?.[1] ?? qualifierBefore(text, open);
    if (q) law.qualifier = q;
    return { law: withTitle(law, ctx), start: open };
  }
  const ana = ANAPHORA_RE.exec(text.slice(Math.max(0, at - 3), at));
  if (ana) {
    const start = at - ana[0].length;
    mentionBareNames(text, start, ctx);
    const name = ctx.lastNamed(ana[1]);
    if (!name) return undefined;
    const law: CitedLaw = { written: ana[0], naming: 'anaphora', name };
    return { law: withTitle(law, ctx), start };
  }
  const bare = bareNameBefore(text, at, ctx, floor);
  // The engine takes a name ending in 法 or 条例 for another rule's; 民法通则, 民法总则 and 公司法解释（四） are too.
  if (!bare || (!bare.known && !m.external && !/(?:通则|总则|[）)])$/.test(bare.name))) return undefined;
  const alias = bare.full ?? ctx.aliases.get(nameKey(bare.name));
  const law: CitedLaw = { written: bare.name, naming: alias !== undefined ? 'alias' : 'short', name: alias ?? bare.name };
  if (bare.qualifier) law.qualifier = bare.qualifier;
  return { law: withTitle(law, ctx), start: bare.start };
}

function withTitle(law: CitedLaw, ctx: ScanContext): CitedLaw {
  const title = ctx.resolve(law.name);
  return title ? { ...law, title } : law;
}

/**
 * Names written without marks and without articles before `end`
 * (从企业破产法施行之日起…，在该法第十八条): mentions too, for 该法.
 */
function mentionBareNames(text: string, end: number, ctx: ScanContext): void {
  const from = Math.max(0, text.lastIndexOf('。', end) + 1);
  const found: { at: number; name: string }[] = [];
  for (let i = from; i < end; i++) {
    if (!'法例定则释'.includes(text[i])) continue;
    const bare = bareNameBefore(text, i + 1, ctx);
    if (bare?.known) found.push({ at: i, name: bare.name });
  }
  for (const f of found) ctx.mention(f.name);
}

/** 修改前的《…》: a qualifier right before a book title. */
function qualifierBefore(text: string, open: number): string | undefined {
  const m = /(?:(?:修正|修订|修改)[前后]的?|原)$/.exec(text.slice(Math.max(0, open - 5), open));
  return m?.[0];
}

/** The 〈 of a title written 〈…〉 instead of 《…》 (not a title inside a 《》), or -1. */
function outerAngle(text: string, close: number): number {
  const open = text.lastIndexOf('〈', close);
  if (open < 0 || close - open > 200 || /[《》〈〉]/.test(text.slice(open + 1, close))) return -1;
  const before = text.slice(0, open);
  return before.split('《').length === before.split('》').length ? open : -1;
}

/** The 《 that opens the title closing at `close`. */
function openingMark(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && i >= close - 200; i--) {
    if (text[i] === '》') depth++;
    else if (text[i] === '《' && --depth === 0) return i;
  }
  return -1;
}

/** Add a match's atoms (and item forms after it) to a citation. */
function extend(c: ScannedCitation, text: string, m: RefMatch, gap: string): void {
  let prev: Provision | undefined = c.targets[c.targets.length - 1]?.through ?? c.targets[c.targets.length - 1]?.provision;
  let range = gap === '至' || gap === '到';
  let end = c.end;
  for (const atom of m.atoms) {
    const p = provisionOf(atom, prev);
    if (!p) break;
    const rangeHere = atom.rangeFromPrevious || range;
    range = false;
    const last = c.targets[c.targets.length - 1];
    if (rangeHere && last && !last.through) {
      last.through = p;
      last.text = text.slice(last.start, atom.end);
      last.end = atom.end;
    } else c.targets.push({ provision: p, text: text.slice(atom.start, atom.end), start: atom.start, end: atom.end });
    prev = p;
    end = atom.end;
  }
  end = shortLists(c, text, parenItems(c, text, end));
  c.end = end;
  c.text = text.slice(c.start, end);
}

const CN = '[一二三四五六七八九十]+';
const MARKER = `第?[（(](${CN})[）)]`;
const SEP_ITEMS = '(?:、|和|及|或者|或|至|到)';
/** （一）、（二）项 / 第(八)项、第(九)项: markers, each perhaps with its 项, the last with it. */
const PAREN_ITEMS = new RegExp(`^${MARKER}项?(?:${SEP_ITEMS}${MARKER}项?)*`);

/** 第十七条第一款（一）项, 第（一）项, （三）、（四）项, 第(八)项、第(九)项: items written with their marker. */
function parenItems(c: ScannedCitation, text: string, end: number): number {
  const last = c.targets[c.targets.length - 1];
  if (!last || last.through || last.provision.item !== undefined) return end;
  const m = PAREN_ITEMS.exec(text.slice(end, end + 80));
  // Cut back to the last 项 written: the markers after it are not this citation's.
  const word = m ? m[0].lastIndexOf('项') : -1;
  if (!m || word < 0) return end;
  const list = m[0].slice(0, word + 1);
  const markers = [...list.matchAll(new RegExp(`[（(](${CN})[）)]`, 'g'))];
  const nums = markers.map((x) => fromChinese(x[1]));
  if (nums.some((n) => n === undefined)) return end;
  const close = end + list.length;
  c.targets.pop();
  let ranged = false;
  markers.forEach((x, k) => {
    // Each target's words: from its marker (with 第) to the next separator, the first one from the article.
    const own = k === 0 ? last.start : end + x.index - (list[x.index - 1] === '第' ? 1 : 0);
    const next = k + 1 < markers.length ? end + markers[k + 1].index - (list[markers[k + 1].index - 1] === '第' ? 1 : 0) : close;
    const stop = k + 1 < markers.length ? next - (/^(?:或者)/.test(text.slice(next - 2, next)) ? 2 : 1) : close;
    const provision = { ...last.provision, item: nums[k]! };
    const before = c.targets[c.targets.length - 1];
    // 第（一）至（三）项: a range of items.
    if (k > 0 && /[至到]$/.test(text.slice(c.targets[c.targets.length - 1].end, own))) {
      before.through = provision;
      before.end = stop;
      before.text = text.slice(before.start, stop);
      ranged = true;
    } else c.targets.push({ provision, text: text.slice(own, stop), start: own, end: stop });
  });
  if (ranged) for (const t of c.targets.slice(-markers.length)) t.shared = true;
  return close;
}

/** An atom as a provision, its missing upper levels taken from the previous one (第十六条第六项、第七项). */
function provisionOf(atom: Atom, prev: Provision | undefined): Provision | undefined {
  if (atom.rel !== undefined) return undefined;
  // 民事诉讼法第十七章 cites a chapter, not a provision; 第二章第三条 is 第三条.
  const above = atom.parts.filter((p) => p.level === 'part' || p.level === 'chapter' || p.level === 'section');
  const parts = atom.parts.filter((p) => !above.includes(p));
  if (parts.length === 0 || (above.length > 0 && parts[0].level !== 'article')) return undefined;
  const top = parts[0].level;
  let p: Partial<Provision> = {};
  if (top !== 'article') {
    if (!prev) return undefined;
    p = { article: prev.article };
    if (top === 'item' || top === 'subitem') p.paragraph = prev.paragraph;
    if (top === 'subitem') p.item = prev.item;
  }
  for (const part of parts) {
    switch (part.level) {
      case 'article':
        p = { article: part.sub ? { n: part.n, sub: part.sub } : { n: part.n } };
        break;
      case 'paragraph':
        p.paragraph = part.n;
        break;
      case 'item':
        p.item = part.n;
        break;
      case 'subitem':
        p.subitem = part.n;
        break;
      case 'part':
      case 'chapter':
      case 'section':
        break;
      default:
        assertNever(part.level, 'level');
    }
  }
  return p.article ? (p as Provision) : undefined;
}

export { isHistorical };
