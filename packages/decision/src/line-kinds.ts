import type { Label } from '@amend/model';
import { CN_NUMERAL_CHARS, squeezeSpaces } from '@amend/model';
import type { SourceLine } from './decision-source.ts';

/**
 * What one line of a decision's body is, read on its own: a section heading
 * (附件, 决定废止的…), a rule heading, a group heading, an instruction, the
 * next instruction inside a quotation left open, words for every rule, page
 * residue. The framing decides with these and the lines around.
 */

const GROUP_HEADING =
  /(?:作|做)出?(?:如下|以下)?(?:修改|调整)[：:]?$|修改如下[：:]?$|^其他修改[：:]$|^对下列条文作出修改[：:]?$|的修改情况$|作如下修改$/;
/** What every form of GROUP_HEADING ends in, before an optional ： or :: 改 整 下 况. */
const GROUP_LAST = new Set([0x6539, 0x6574, 0x4e0b, 0x51b5]);

/** 对部分条文作以下修改： / 其他修改： / …的修改情况: a heading over items, giving no instruction itself. */
export function isGroupHeading(text: string): boolean {
  // Asked of every item's first line: most are instructions ending in 修改为：, whose 为 no form ends in.
  const end = endsInColon(text) ? text.length - 1 : text.length;
  return GROUP_LAST.has(text.charCodeAt(end - 1)) && GROUP_HEADING.test(text);
}

const INSTRUCTION_START = /^(?:(?:同时|此外|另外|并)[，,]?)?(?:将|把|在|删去|删除|增加|增写|新增|增设|增补|对第|对《|修改第)/;
const REF =
  '(?:原)?(?:第?[零〇一二两三四五六七八九十百千万0-9]+[条款项目章节](?:之[零〇一二两三四五六七八九十]+)?|第[（(][零〇一二三四五六七八九十]+[）)]项)';
const REF_INSTRUCTION = new RegExp(
  `^(?:《[^》]+》)?${REF}(?:(?:、|和|至|及)?${REF})*(?:中的|的|中)?(?:第一处|“[^”]*”)*[，,]?(?:相应地?|分别|统一|均|一律)?(?:修改为|改为|修改成|变为|增加|删去|删除|合并|单列|移作|移至|调整为|分为|并入|内容修改为|章名|节名)`,
);
const DELETES_PLACES = new RegExp(`^(?:删去|删除)${REF}(?:[、，和]${REF})*。$`);
/**
 * Page numbers and field codes a word processor left in the text: — 2 —, ─ 52 ─, －1－, - 30 - (its first dash
 * read as a list mark), PAGE; several on one line (─ 52 ── 51 ─).
 */
const PAGE_MARK = /^(?:[—\-–－─]\s*[0-9０-９]+\s*[—\-–－─]\s*)+$|^[0-9０-９]+\s*[—\-–－─]$|^PAGE\s*$/;

/** What every form of PAGE_MARK starts with: a dash, a digit or P; one starting with a digit ends in a dash. */
const PAGE_DASHES = new Set([...'—-–－─'].map((c) => c.charCodeAt(0)));
const PAGE_DIGITS = new Set([...'0123456789０１２３４５６７８９'].map((c) => c.charCodeAt(0)));

export function isPageMark(text: string): boolean {
  const c = text.charCodeAt(0);
  // A line labelled 1. / 1、 starts with a digit: only 52 — (a digit, then a dash ending the line) is a page mark.
  const may = PAGE_DASHES.has(c) || c === 80 /* P */ || (PAGE_DIGITS.has(c) && PAGE_DASHES.has(text.charCodeAt(text.length - 1)));
  return may && PAGE_MARK.test(text);
}

/**
 * A line inside a quotation left open that is the item's next instruction: it names a place and
 * introduces its own text (第三款修改为：“… / 增加一款作为第三款：“…), or deletes places (删去第五款。).
 * Rule text does not speak so. `opens`: false when the caller knows the line holds no “.
 */
export function cutsOpenQuote(text: string, opens = true): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x201c || c === 0x2018) return false;
  if (text.charCodeAt(0) === 0x5220 /* 删 */ && DELETES_PLACES.test(text)) return true;
  const at = opens ? text.indexOf('“') : -1;
  const head = at < 0 ? text : text.slice(0, at);
  if (head.length > 40 || !(at >= 0 || endsInColon(head))) return false;
  return (
    /第[零〇一二两三四五六七八九十百千0-9]+[条款项]/.test(head) &&
    /(?:修改为|改为|增加|作为第.{1,6}[条款项])[：:]?$/.test(head) &&
    readsAsInstruction(head)
  );
}

/** The first characters of every line readsAsInstruction accepts (INSTRUCTION_START's, REF_INSTRUCTION's). */
const INSTRUCTION_FIRST = new Set([...`同此另并将把在删增新对修《原第${CN_NUMERAL_CHARS}0123456789`].map((c) => c.charCodeAt(0)));

/** Whether a line (label removed) reads as an amendment instruction. */
export function readsAsInstruction(text: string): boolean {
  // 在燃气管道设施保护范围内，禁止下列行为： is rule text; an instruction that opens with 在 names its place or words.
  if (text.charCodeAt(0) === 0x5728 /* 在 */ && !PLACED_AT.test(text)) return false;
  return INSTRUCTION_START.test(text) || REF_INSTRUCTION.test(text);
}

/** 在第五条… / 在“甲”后… / 在《某条例》… / 在附则中… / 在条文最后…: what an instruction opening with 在 names first. */
const PLACED_AT =
  /^在.{0,30}?(?:第[零〇一二两三四五六七八九十百千万0-9]+[编章节条款项目]|[“"《]|附则|总则|条文|本条|序言|正文|引言|名称|标题|题注|末尾|最后)/;

export type LineSection = 'amend' | 'repeal' | 'annex' | undefined;

/**
 * Whether a line may head a section, whatever its label: what each form below needs (附件 first, 下列… and
 * ： last, or 废止的 / 修改的 in a short line). A cheap test for the many lines that head none.
 */
export function mayHeadSection(text: string): boolean {
  if (text.charCodeAt(0) === 0x9644 /* 附 */ && text.startsWith('附件')) return true;
  const last = text.charCodeAt(text.length - 1);
  if ((last === 0xff1a || last === 58) && text.includes('下列')) return true;
  return text.length <= 40 && SHORT_HEAD.test(text);
}

/**
 * 一、修改九件地方性法规的部分条款 / 二、废止五件地方性法规 / 一、对下列政府规章的部分条款予以修改 /
 * 一、对下列明显不适应…要求的法规进行修改: a labelled heading over
 * the amended (or repealed) rules of the decision, naming none of them.
 */
const PART_HEADING =
  /^(?:(?:修改|废止)[0-9０-９零〇一二两三四五六七八九十]+[件部项个](?:地方性法规|法规|政府规章|市政府规章|省政府规章|规章)(?:的部分条款)?|对下列(?:[^，。；“”《》：:]{0,30}?的)?(?:政府|市政府|省政府)?(?:规章|法规|地方性法规)(?:的部分条款)?(?:予以|进行)(?:修改|废止))[：:]?$/;
const COUNTED_PART = /(?:修改|废止)[0-9０-９零〇一二两三四五六七八九十]+[件部项个]/;
/** What a short line heading a section says somewhere: 废止的, 修改的, 予以, 进行修改, or COUNTED_PART (one search, not five). */
const SHORT_HEAD = new RegExp(`废止的|修改的|予以|进行(?:修改|废止)|${COUNTED_PART.source}`);

/** A line that heads a section of the decision: 附件N, …决定修改的…, …决定废止的…, 对下列…予以废止：. */
export function sectionOf(line: SourceLine, label: Label | undefined): LineSection {
  const text = label ? line.text.slice(label.length) : line.text;
  if (!label && /^附件[0-9０-９一二三四五六七八九十]*$/.test(text)) return 'annex';
  if (label && PART_HEADING.test(text)) return text.includes('废止') ? 'repeal' : 'amend';
  const short = !label && text.length <= 40 && !/[。；：，:;,“]/.test(text);
  const last = text.charCodeAt(text.length - 1);
  // Ends in ： (checked first: most lines are long sentences of a payload).
  const listed = (last === 0xff1a || last === 58) && /下列.{0,30}(?:废止|修改)[：:]$/.test(text) && !/[“”]/.test(text);
  if (!(short && /(?:废止|修改)的/.test(text)) && !listed) return undefined;
  return /废止/.test(text) && !/修改/.test(text) ? 'repeal' : 'amend';
}

/** The rule a heading names: 一、宁夏…办法 / 一、修改《…》 / 一、对《…》作出修改 / （一）《…》 / 一、《…》的修改情况. */
export function ruleHeadingTitle(text: string): string | undefined {
  // 四、《天津市某某办法》（2005年市人民政府令第96号）。: the title, then its decree in brackets, a final 。 allowed.
  if (text.charCodeAt(0) === 0x300a /* 《 */) {
    const decreed = QUOTED_DECREED.exec(text);
    if (decreed) return decreed[1];
  }
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3002 || last === 0xff1b || last === 0x201d || startsInstruction(text)) return undefined;
  // 一、北京市某某规定(1990年5月28日…令发布,根据…第一次修改): the title, its history in brackets left out.
  const noted = NOTED_TITLE.exec(text);
  if (noted && RULE_KIND_END.test(noted[1])) return squeezeSpaces(noted[1]);
  const quoted = /^(?:修改|对|关于)?《(.+)》(?:作出修改|作如下修改|作以下修改|的修改|的修正|的修改情况|修改如下)?[：:]?$/.exec(text);
  if (quoted && !/》.*《/.test(quoted[1])) return quoted[1];
  if (endsInColon(text) || /(修改为|改为|删去|删除|第.{1,8}[条款项]|“)/.test(text)) return undefined;
  if (!/(办法|规定|条例|细则|规则|决定|解释|批复|法|规程|意见|通知|章程)(（[^）]*）)?$/.test(text)) return undefined;
  return squeezeSpaces(text);
}

/** 将, 删去, 删除, 在, 增加 or 第 first: an instruction (or a label), never a rule's title. */
function startsInstruction(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x5c06 /* 将 */ || c === 0x5728 /* 在 */ || c === 0x7b2c /* 第 */) return true;
  const d = text.charCodeAt(1);
  return (c === 0x5220 /* 删 */ && (d === 0x53bb /* 去 */ || d === 0x9664)) /* 除 */ || (c === 0x589e /* 增 */ && d === 0x52a0); /* 加 */
}

/** 《title》 then the decree or history that made it, in brackets, and nothing after but a 。. */
const QUOTED_DECREED = /^《([^《》]+)》[（(][^（）()]*(?:令|号|發布|发布|公布|通过|修改|修正|修订)[^（）()]*[）)][。．.]?$/;

/** A title without 《》 then its history in brackets: a date, and how the rule was made or changed. */
const NOTED_TITLE =
  /^([^（(《》“”，,。；：:]+)[（(]([^（）()]*[0-9０-９]{4}年[^（）()]*(?:发布|公布|通过|修改|修正|修订|施行)[^（）()]*)[）)]$/;
const RULE_KIND_END = /(?:办法|规定|条例|细则|规则|规程|决定)$/;

/** 一、修改《…》等5件地方性法规: a heading over several rules' headings. */
export function isGroupOfRules(text: string): boolean {
  // 修改《 / 对《 / 《 first (asked of every labelled line).
  const c = text.charCodeAt(0);
  if (c !== 0x4fee /* 修 */ && c !== 0x5bf9 /* 对 */ && c !== 0x300a /* 《 */) return false;
  return /^(?:修改|对)?《.+》等.{1,6}(?:件|部|项)/.test(text) && !/[。”]$/.test(text);
}

/** 此外，将上述五件地方性法规…: words that apply to every rule of the decision. */
export function isGeneral(text: string): boolean {
  // 此 另 同: asked of every line that goes on an item, most of which start otherwise.
  const c = text.charCodeAt(0);
  if (c !== 0x6b64 && c !== 0x53e6 && c !== 0x540c) return false;
  return /^(?:此外|另外|同时)[，,]/.test(text) && /上述.{0,8}(?:法规|规章|条例|规定|办法|解释|法律|司法解释)/.test(text);
}

/** Ends in ： or : (an instruction introducing its text). */
export function endsInColon(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff1a || c === 58;
}

/** The quotation a line opens closes before its end (“A”修改为“B”), other than by a final ” or ”。. */
export function closesWithin(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d && --depth === 0) return i < text.length - 1 && !(i === text.length - 2 && text.endsWith('。'));
  }
  return false;
}

/**
 * 增加一项，作为第十二项： / 第十二项修改为： / 在第十一项后增加一项： / 增加两项，分别作为第十二项、第十三项： /
 * 增加一款，作为第二款，内容为：: an
 * instruction naming a place and introducing its text after the colon (which may have lost its opening quote).
 */
export function introducesText(text: string): boolean {
  return introducedTextAt(text) >= 0;
}

/** Where the colon after which `introducesText` finds the text introduced is, or -1. */
export function introducedTextAt(text: string): number {
  // What reads as an instruction starts with one of a few characters: most lines (a payload's) are not searched.
  if (!INSTRUCTION_FIRST.has(text.charCodeAt(0))) return -1;
  // The colon comes within the first 41 characters: a long line (a payload's) is not searched to its end.
  const n = text.length < 41 ? text.length : 41;
  let colon = 0;
  while (colon < n && text.charCodeAt(colon) !== 0xff1a && text.charCodeAt(colon) !== 58) colon++;
  if (colon === n || !INTRODUCES_LAST.has(text.charCodeAt(colon - 1))) return -1;
  const head = text.slice(0, colon);
  return NAMES_PLACE.test(head) && INTRODUCES.test(head) && readsAsInstruction(head) ? colon : -1;
}
const NAMES_PLACE = /第[零〇一二两三四五六七八九十百千0-9]+[条款项目]/;
const INTRODUCES = /(?:修改为|改为|增加[一二两三四五六七八九十]*[条款项目]?|作为第.{1,8}[条款项目]|内容为|修改第.{1,12}[条款项目]为)$/;
/** What every form of INTRODUCES ends in: 为, 加, a numeral of 增加两项, 条 款 项 目. */
const INTRODUCES_LAST = new Set([...'为加一二两三四五六七八九十条款项目'].map((c) => c.charCodeAt(0)));

/** Where the bracket that leaves `depth` brackets open closes in `text`, or -1. */
export function closeAt(text: string, depth: number): number {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && --depth === 0) return i;
  }
  return -1;
}

/** Starts with “ or ‘: a paragraph of a quoted passage. */
export function opensQuote(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x201c || c === 0x2018;
}
