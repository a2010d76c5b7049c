import type { Citation } from '@amend/model';
import { normaliseTitle } from '@amend/engine';

/**
 * Names of rules as citations write them, and the index that resolves a name
 * to a rule of the corpus. A title is known by several keys: as written
 * (book-title marks removed, widths folded), without 中华人民共和国 (公司法),
 * and without the issuer before 关于 (关于审理…的规定, as people quote a court
 * interpretation). Two versions of one rule share their keys: they are one
 * work, cited by the version in force when the citing text was written.
 */

const PRC = '中华人民共和国';

/** A name reduced to what comparison sees: widths folded, spaces and 《》〈〉 removed. */
export function nameKey(name: string): string {
  return normaliseTitle(name);
}

/** 关于适用《X》[a part of X][若干问题]的解释|规定（N）: one of a numbered series interpreting a law, or a part of it. */
const NUMBERED_RE =
  /关于适用[《〈](?:中华人民共和国)?([^《》〈〉]+)[》〉]([^《》〈〉的]{0,12}?)(?:若干问题)?的(解释|规定)([（(][一二三四五六七八九十]{1,3}[）)])$/;

/**
 * The ways a title is written when cited, marks kept: as it is, without
 * 中华人民共和国, and without the issuer before 关于 (not for 关于修改…的决定,
 * whose 关于 form names every decision of its kind); the interpretation of
 * a law, 关于适用《X》的解释, also as X解释.
 */
export function titleForms(title: string): string[] {
  const forms = new Set([title.trim()]);
  const about = /^[^关《〈]{2,40}?(关于.+)$/.exec(title.trim());
  if (about && !about[1].startsWith('关于修改')) forms.add(about[1]);
  for (const f of [...forms]) if (f.includes(PRC)) forms.add(f.split(PRC).join(''));
  // 关于适用《中华人民共和国民事诉讼法》的解释 is cited as 民事诉讼法解释; a numbered one with its number:
  // …《民法典》婚姻家庭编的解释（一） as 民法典婚姻家庭编解释（一）, …《公司法》若干问题的规定（四） as
  // 公司法解释（四） (every court interpretation is a 司法解释) and 公司法规定（四）.
  const applying = /关于适用[《〈](?:中华人民共和国)?([^《》〈〉]+)[》〉]的解释$/.exec(title.trim());
  if (applying) forms.add(`${applying[1]}解释`);
  const numbered = NUMBERED_RE.exec(title.trim());
  if (numbered) {
    const [, law, part, kind, number] = numbered;
    forms.add(`${law}${part}解释${number}`);
    if (kind === '规定') forms.add(`${law}${part}规定${number}`);
  }
  return [...forms];
}

/** Every key a rule's title is cited by. */
export function titleKeys(title: string): string[] {
  return [...new Set(titleForms(title).map(nameKey))].filter((k) => k.length >= 2);
}

/** A rule of the corpus in one version. */
export interface LawVersion {
  title: string;
  /** YYYY-MM-DD: the version's date (its file name, else its latest dated note). */
  date?: string;
  file?: string;
}

/** One rule across its versions, oldest first. */
export interface Work {
  /** The title of its newest version. */
  title: string;
  versions: LawVersion[];
}

/** Titles of a corpus by every key they are cited by. */
export class LawIndex {
  private readonly byKey = new Map<string, Work[]>();
  readonly works: Work[] = [];
  /** Longest key length, to bound suffix searches. */
  maxKey = 0;

  constructor(versions: readonly LawVersion[] = []) {
    const byTitle = new Map<string, Work>();
    for (const v of versions) {
      const full = nameKey(v.title);
      let work = byTitle.get(full);
      if (!work) {
        work = { title: v.title, versions: [] };
        byTitle.set(full, work);
        this.works.push(work);
        for (const k of titleKeys(v.title)) this.add(k, work);
      }
      work.versions.push(v);
    }
    for (const w of this.works) {
      w.versions.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      w.title = w.versions[w.versions.length - 1].title;
    }
  }

  private add(key: string, work: Work): void {
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(work)) list.push(work);
    this.byKey.set(key, list);
    this.maxKey = Math.max(this.maxKey, key.length);
    this.tails = undefined;
  }

  /** The work a name stands for; undefined when none or when two works share the name. */
  lookup(name: string): Work | undefined {
    const list = this.byKey.get(nameKey(name));
    return list?.length === 1 ? list[0] : undefined;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  private tails: Set<string> | undefined;

  /**
   * A key that ends another, longer key (仲裁法 ends 劳动争议调解仲裁法, 合同法
   * ends 劳动合同法): written after other characters it may be the tail of a
   * name the corpus lacks, so a lead word must come before it.
   */
  isTail(key: string): boolean {
    if (!this.tails) {
      const tails = new Set<string>();
      for (const [k, works] of this.byKey) {
        for (let i = 1; i < k.length - 1; i++) {
          const shorter = this.byKey.get(k.slice(i));
          if (shorter?.some((w) => !works.includes(w))) tails.add(k.slice(i));
        }
      }
      this.tails = tails;
    }
    return this.tails.has(key);
  }
}

/** Does a citation cite this rule (any version of it, by any of its names)? */
export function ruleMatcher(index: LawIndex, law: string): (c: Citation) => boolean {
  const work = index.lookup(law);
  const keys = new Set((work?.versions ?? [{ title: law }]).flatMap((v) => titleKeys(v.title)));
  return (c) =>
    c.law.title !== undefined
      ? (work !== undefined && index.lookup(c.law.title) === work) || keys.has(nameKey(c.law.title))
      : keys.has(nameKey(c.law.name));
}

/** Do two names stand for one rule (公司法 and 中华人民共和国公司法)? */
export function sameRule(index: LawIndex, a: string, b: string): boolean {
  const work = index.lookup(a);
  if (work && work === index.lookup(b)) return true;
  const keys = new Set(titleKeys(a));
  return titleKeys(b).some((k) => keys.has(k));
}

/**
 * Words that end right before a law's name in running text (依照刑法第…,
 * 应当认定为刑法第…, 单位犯刑法第…): a name found in the index must follow one
 * of them, or stand at the start of a clause, to be the whole name and not
 * the tail of a longer one (劳动合同法 is not 合同法).
 */
const LEADS = [
  '依照',
  '依据',
  '根据',
  '按照',
  '参照',
  '比照',
  '对照',
  '适用',
  '违反',
  '符合',
  '认定为',
  '认定',
  '属于',
  '构成',
  '具有',
  '实施',
  '删去',
  '删除',
  '修改',
  '援引',
  '引用',
  '援用',
  '规定',
  '遵守',
  '执行',
  '落实',
  '贯彻',
  '不受',
  '受到',
  '涉及',
  '包括',
  '以及',
  '或者',
  '同时',
  '分别',
  '应当',
  '可以',
  '已经',
  '履行',
  '影响',
  '承担',
  '如无',
  '若无',
  '并无',
  '除',
  '了',
  '以',
  '因',
  '无',
  '如',
  '若',
  '其',
  '就',
  '即',
  '系',
  '是',
  '为',
  '犯',
  '依',
  '照',
  '按',
  '据',
  '对',
  '将',
  '在',
  '的',
  '和',
  '及',
  '与',
  '或',
  '由',
  '经',
  '有',
  '受',
  '于',
  '之',
  '并',
  '而',
  '但',
  '向',
  '从',
  '自',
  '至',
  '到',
  '用',
  '在于',
  '见',
  '同',
];
const LEAD_RE = new RegExp(`(?:${LEADS.sort((a, b) => b.length - a.length).join('|')})$`);

/** 修正前的, 修订后, 原, 旧, 1997年: a qualifier naming a version before a law's name. */
const QUALIFIER_RE = /(?:(?:修正|修订|修改)[前后]?的?|(?:[0-9]{4}|[〇一二三四五六七八九]{4})年(?:修正|修订|修改)?的?|原|旧|新|现行)$/;

/** A qualifier means an earlier text on purpose when it says before, former, old or a year. */
export function isHistorical(qualifier: string | undefined): boolean {
  return qualifier !== undefined && /前|原|旧|年/.test(qualifier);
}

export interface BareName {
  name: string;
  /** The fuller name it shortens, given earlier in the text. */
  full?: string;
  /** Offset of the name's first character in the text. */
  start: number;
  qualifier?: string;
  /** The name is a key of the index (or of the document's own aliases). */
  known: boolean;
}

/**
 * The name of a rule written without marks right before `end` (公司法 in
 * 依照公司法第十条), read against the index and the document's aliases:
 * the longest known key that follows a lead word. Unknown names (a law not in
 * the corpus) are returned as the run after the last lead word when they end
 * like a law's name. Undefined when the words before are no name at all.
 */
export function bareNameBefore(text: string, end: number, names: KnownNames, floor = 0): BareName | undefined {
  const series = SERIES_RE.exec(text.slice(Math.max(floor, end - 5), end));
  if (series) return seriesName(text, end - series[0].length, series[0], names, floor);
  const run = hanRun(text, end, floor);
  if (run.length < 2 || OWN.test(run)) return undefined;
  // 刑法分则第九章第三百九十八条: a part of a rule the corpus knows.
  if (/.(?:总则|分则)$/.test(run)) {
    const whole = bareNameBefore(text, end - 2, names, floor);
    if (whole?.known) return whole;
  }
  // A run of Chinese characters is its own key: folding changes none of them.
  for (let len = Math.min(run.length, Math.max(names.maxKey, 2)); len >= 2; len--) {
    const name = run.slice(run.length - len);
    if (!names.known(name)) continue;
    const lead = leadOf(run.slice(0, run.length - len), names.isTail(name));
    if (lead === undefined) continue;
    return { name, start: end - len, known: true, ...lead };
  }
  // 调解仲裁法 after 《中华人民共和国劳动争议调解仲裁法》 was named: the tail of a name the text gave.
  for (let len = LAW_END.test(run) ? Math.min(run.length, 30) : 0; len >= 3; len--) {
    const name = run.slice(run.length - len);
    const full = names.abbreviates(name);
    if (full === undefined) continue;
    const lead = leadOf(run.slice(0, run.length - len), true);
    if (lead === undefined) continue;
    return { name, start: end - len, known: true, full, ...lead };
  }
  return unknownName(run, end);
}

/** （四）: the number of one of a series of court interpretations, after its name (公司法解释（四）). */
const SERIES_RE = /[（(][一二三四五六七八九十]{1,3}[）)]$/;
/** How the name of such an interpretation ends when the corpus does not know it: a law's name, perhaps a part of it, 解释 or 规定. */
const SERIES_END = /(?:法|法典)[\u4e00-\u9fff]{0,8}?(?:解释|规定)$/;

/**
 * The name of a numbered interpretation ending right before its number at
 * `end` (民法典婚姻家庭编解释 of 民法典婚姻家庭编解释（一）): the longest name
 * the index knows with that number, else one that reads as a law's
 * interpretation, cut as an unknown name is; returned with its number.
 */
function seriesName(text: string, end: number, number: string, names: KnownNames, floor: number): BareName | undefined {
  const run = hanRun(text, end, floor);
  if (!/(?:解释|规定)$/.test(run) || OWN.test(run)) return undefined;
  for (let len = Math.min(run.length, names.maxKey); len >= 3; len--) {
    const key = nameKey(run.slice(run.length - len) + number);
    if (!names.known(key)) continue;
    const lead = leadOf(run.slice(0, run.length - len), names.isTail(key));
    if (lead === undefined) continue;
    return { name: run.slice(run.length - len) + number, start: end - len, known: true, ...lead };
  }
  const unknown = unknownName(run, end, SERIES_END);
  return unknown && { ...unknown, name: unknown.name + number };
}

/** A word for a kind of rule, with no name before it. */
const KIND_ONLY = /^(?:法|法典|条例|通则|总则|实施条例)$/;

/** How the name of a law ends. */
const LAW_END = /(?:法|法典|条例|通则|总则)$/;

/** 本法, 本实施条例, 本暂行办法: the document itself. */
const OWN = /本(?:实施|暂行|试行)?(?:法|条例|办法|规定|细则|规则|解释|决定)$/;

/** What a scanner knows of names: the corpus's keys and the document's aliases. */
export interface KnownNames {
  known(key: string): boolean;
  isTail(key: string): boolean;
  /** The name given earlier in the text that this one shortens, if any. */
  abbreviates(name: string): string | undefined;
  maxKey: number;
}

/**
 * The Chinese characters right before `end`, back to `floor` at the most;
 * from the end of the citation before (the floor), without the word that
 * joins the two (公司法第十条和合同法第五条).
 */
function hanRun(text: string, end: number, floor: number): string {
  let from = end;
  while (from > floor && end - from < 60 && isHan(text.charCodeAt(from - 1))) from--;
  const run = text.slice(from, end);
  const joint = from === floor && floor > 0 ? /^(?:以及|或者|和|及|与|或)/.exec(run) : null;
  return joint ? run.slice(joint[0].length) : run;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * What precedes a name: a qualifier, perhaps, and then either a lead word or
 * anything at all when the name ends no longer key. Undefined when the name
 * reads as part of a longer one (本法, or 调解仲裁法 for a tail 仲裁法).
 */
function leadOf(before: string, tail: boolean): { qualifier?: string } | undefined {
  if (before === '' || before.endsWith(PRC)) return {};
  if (/本$/.test(before)) return undefined;
  const q = QUALIFIER_RE.exec(before);
  if (q) {
    const rest = before.slice(0, q.index);
    if (rest === '' || !tail || LEAD_RE.test(rest)) return { qualifier: q[0] };
  }
  return !tail || LEAD_RE.test(before) ? {} : undefined;
}

/** Lead words long enough to cut an unknown name at (a single 对 or 和 is too often inside one: 突发事件应对法). */
const CUT_RE = new RegExp(`(?:${LEADS.filter((w) => w.length > 1 || '犯即系'.includes(w)).join('|')})`, 'g');

/** 依照劳动合同法 → 劳动合同法, when the index does not know it. */
function unknownName(run: string, end: number, ends = LAW_END): BareName | undefined {
  if (!ends.test(run)) return undefined;
  const prc = run.lastIndexOf(PRC);
  let start = 0;
  if (prc >= 0) start = prc;
  else for (const m of run.matchAll(CUT_RE)) if (run.length - (m.index + m[0].length) >= 2) start = m.index + m[0].length;
  const name = run.slice(start);
  // 删除条例第七条: a kind of rule alone names the document itself, not another rule.
  if (name.length < 2 || /^本/.test(name) || KIND_ONLY.test(name) || !ends.test(name)) return undefined;
  return { name, start: end - run.length + start, known: false };
}
