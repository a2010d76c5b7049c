/**
 * Chinese numerals both ways, in the forms legal texts use: 一…九十九,
 * 一百零一, 一百一十, 二百/两百, 〇/零, 一千零一十, and ASCII or full-width
 * digits (第8条, 第８条).
 */

const DIGITS = '零一二三四五六七八九';
const DIGIT_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Characters a Chinese or digit numeral may be made of (for scanners and lexers). */
export const NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万0123456789０１２３４５６７８９';

/** Integer → the form legal texts print: 10 → 十, 110 → 一百一十, 101 → 一百零一. */
export function toChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99_999_999) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n === 0) return '零';
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return toChinese(high) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + belowTenThousand(low, true));
  }
  return belowTenThousand(n, false);
}

function belowTenThousand(n: number, inner: boolean): string {
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = Math.floor(n / values[i]) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十一…十九 drop the leading 一 when the number starts there.
    if (values[i] === 10 && d === 1 && out === '' && !inner) out += '十';
    else out += DIGITS[d] + units[i];
  }
  return out;
}

/** Text → integer, or undefined when the text is not a numeral. */
export function fromChinese(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  // Character codes throughout: every label of every line is read here, and a CJK character taken as s[i] is a new string.
  const digits = arabicDigits(s);
  if (digits !== undefined) return digits;
  // No unit characters at all: 一〇一, 二〇二二 are positional.
  let units = false;
  for (let i = 0; i < s.length && !units; i++) units = UNIT_OF.has(s.charCodeAt(i));
  if (!units) return positional(s);
  let total = 0;
  let section = 0; // below 万
  let digit: number | undefined;
  let lastUnit = Infinity;
  let sawAny = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const value = DIGIT_OF.get(code);
    if (value !== undefined) {
      // Two non-zero digits in a row never occur in unit forms.
      if (digit !== undefined && digit !== 0 && value !== 0) return undefined;
      digit = value;
      sawAny = true;
      continue;
    }
    const unit = UNIT_OF.get(code);
    if (unit === undefined) return undefined;
    if (unit === 10000) {
      section += digit ?? 0;
      if (section === 0) return undefined;
      total += section * 10000;
      section = 0;
      lastUnit = Infinity;
    } else {
      if (unit >= lastUnit) return undefined;
      // A bare 十 means 一十.
      section += (digit === undefined || (digit === 0 && unit === 10) ? 1 : digit) * unit;
      lastUnit = unit;
    }
    digit = undefined;
    sawAny = true;
  }
  if (!sawAny) return undefined;
  return total + section + (digit ?? 0);
}

const DIGIT_OF = new Map(Object.entries(DIGIT_VALUE).map(([ch, v]) => [ch.charCodeAt(0), v]));
const UNIT_OF = new Map(Object.entries(UNIT_VALUE).map(([ch, v]) => [ch.charCodeAt(0), v]));

/** 8 / 12 / ８: ASCII or full-width digits only, else undefined. */
function arabicDigits(s: string): number | undefined {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else if (c >= 0xff10 && c <= 0xff19) n = n * 10 + (c - 0xff10);
    else return undefined;
  }
  // Beyond what a double holds exactly, read as Number reads it.
  return s.length > 15 ? Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))) : n;
}

/** 一〇一 / 二〇二二 style: every character a digit. */
function positional(s: string): number | undefined {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const value = DIGIT_OF.get(s.charCodeAt(i));
    if (value === undefined) return undefined;
    n = n * 10 + value;
  }
  return n;
}
