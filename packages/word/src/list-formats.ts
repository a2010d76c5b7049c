/**
 * The number formats of Word's list numbering (ECMA-376 §17.18.59, ST_NumberFormat)
 * written out: what a paragraph numbered 第%1条 in `chineseCounting` shows
 * as its label. Chinese counting uses the one home of Chinese numerals
 * (`toChinese`: 十一, 一百一十), which is how rules number their articles.
 */
import { toChinese } from '@amend/model';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULLSTOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const IDEOGRAPH_CIRCLED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
  零: '零',
  万: '万',
};
const DIGIT_CHARS = '〇一二三四五六七八九';

/** `n` written in `format`; undefined when the format is not known (the caller writes digits and says so). */
export function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return pick(CIRCLED, n);
    case 'decimalEnclosedParen':
      return pick(PAREN, n);
    case 'decimalEnclosedFullstop':
      return pick(FULLSTOP, n);
    case 'ideographEnclosedCircle':
      return pick(IDEOGRAPH_CIRCLED, n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return n >= 0 ? toChinese(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => DIGIT_CHARS[Number(d)]);
    case 'chineseLegalSimplified':
      // Financial numerals keep the leading 壹 of 壹拾.
      return n >= 1 ? (n >= 10 && n < 20 ? '壹' : '') + [...toChinese(n)].map((c) => LEGAL[c] ?? c).join('') : String(n);
    case 'ideographTraditional':
      return cycle(STEMS, n);
    case 'ideographZodiac':
      return cycle(BRANCHES, n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'none':
      return '';
    default:
      return undefined;
  }
}

/** Enclosed forms exist up to a point; beyond it Word writes digits. */
function pick(chars: string, n: number): string {
  return n >= 1 && n <= chars.length ? chars[n - 1] : String(n);
}

/** 甲乙丙… and 子丑寅… run round again after the last. */
function cycle(chars: string, n: number): string {
  return n >= 1 ? chars[(n - 1) % chars.length] : String(n);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Word's letters: A…Z, then AA, BB, … (the letter repeated). */
function letters(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}
