import type { Provision } from '@amend/model';
import { fromChinese } from '@amend/model';
import type { Atom, RefMatch } from '@amend/engine';
import type { ScannedCitation } from './citation-scan.ts';

/**
 * Lists written short, whose numbers share one 第 and one level word
 * (第三、四条, 第二款第四、六项, 第三至五项) or leave out their 第 (第三十七条、三十八条):
 * the engine's reference scanner reads neither, so they are read here. Their
 * targets are marked `shared` (a rewrite writes the list out in full).
 */

const NUM = '[一二三四五六七八九十百零〇]+';
/** 第四、六项, 第二、三款, 第三至五项: numbers that share one 第 and one level word. */
const SHARED_RE = new RegExp(`^第(${NUM})((?:(?:、|和|及|或者|或|至|到)${NUM})+)([款项])`);
/** 、三十八条: the next one of a list written without its 第. */
const BARE_NEXT_RE = new RegExp(`^(、|和|及|或者|或|至|到)(${NUM})([条款项])(?![一二三四五六七八九十])`);
const LEVEL_WORD = { 条: 0, 款: 1, 项: 2 } as const;

/** The lowest level a provision names: 0 article, 1 款, 2 项, 3 目. */
function depth(p: Provision): number {
  return p.subitem !== undefined ? 3 : p.item !== undefined ? 2 : p.paragraph !== undefined ? 1 : 0;
}

/** `base` with its provision at `level` (0 article, 1 款, 2 项) numbered `n`, the levels below dropped. */
function at(base: Provision, level: number, n: number): Provision {
  if (level === 0) return { article: { n } };
  if (level === 1) return { article: base.article, paragraph: n };
  return { article: base.article, ...(base.paragraph !== undefined ? { paragraph: base.paragraph } : {}), item: n };
}

/**
 * Lists written short, after the citation read so far: 第二款第四、六项,
 * 第一百一十五条第一款第三至五项, 第三十七条、三十八条. Each number becomes a
 * target of its own (or closes a range), marked `shared`.
 */
export function shortLists(c: ScannedCitation, text: string, end: number): number {
  for (;;) {
    const last = c.targets[c.targets.length - 1];
    if (!last || last.through) return end;
    const rest = text.slice(end, end + 80);
    const shared = SHARED_RE.exec(rest);
    if (shared && depth(last.provision) < LEVEL_WORD[shared[3] as '款' | '项']) {
      const level = LEVEL_WORD[shared[3] as '款' | '项'];
      const parts = [...`、${shared[1]}${shared[2]}`.matchAll(new RegExp(`(、|和|及|或者|或|至|到)(${NUM})`, 'g'))];
      if (parts.some((x) => fromChinese(x[2]) === undefined)) return end;
      const base = last.provision;
      c.targets.pop();
      let offset = end;
      parts.forEach((x, k) => {
        const n = fromChinese(x[2])!;
        const start = k === 0 ? last.start : offset + x[1].length;
        const stop = offset + x[0].length + (k === parts.length - 1 ? 1 : 0);
        const provision = at(base, level, n);
        const prev = c.targets[c.targets.length - 1];
        if (k > 0 && /[至到]/.test(x[1])) {
          prev.through = provision;
          prev.end = stop;
          prev.text = text.slice(prev.start, stop);
        } else c.targets.push({ provision, text: text.slice(start, stop), start, end: stop, shared: true });
        offset += x[0].length;
      });
      end += shared[0].length;
      continue;
    }
    const bare = BARE_NEXT_RE.exec(rest);
    const level = bare ? LEVEL_WORD[bare[3] as '条' | '款' | '项'] : -1;
    if (!bare || depth(last.provision) !== level) return end;
    const n = fromChinese(bare[2]);
    if (n === undefined) return end;
    const provision = at(last.provision, level, n);
    const start = end + bare[1].length;
    const stop = end + bare[0].length;
    if (/[至到]/.test(bare[1])) {
      last.through = provision;
      last.end = stop;
      last.text = text.slice(last.start, stop);
      last.shared = true;
    } else c.targets.push({ provision, text: text.slice(start, stop), start, end: stop, shared: true });
    end = stop;
  }
}

const SEPARATOR = '(?:、|和|及|或者|或|至|到)';
/** 第三、四条, 第三至五条, 第三、四款 standing alone: no article, 款 or 项 before them in the same list. */
const STANDALONE_RE = new RegExp(`第(${NUM})((?:${SEPARATOR}${NUM})+)([条款项])`, 'g');
const LEVEL = { 条: 'article', 款: 'paragraph', 项: 'item' } as const;

/**
 * Lists written short that start a list of their own (民事诉讼法第三、四条; the
 * 第三、四款 of 第十条第二款、第三、四款), as the matches the engine's scanner
 * would give for 第三条、第四条: one atom a number, the first with its 第, the
 * last with its level word.
 */
export function standaloneLists(text: string): RefMatch[] {
  const out: RefMatch[] = [];
  for (const m of text.matchAll(STANDALONE_RE)) {
    const level = LEVEL[m[3] as '条' | '款' | '项'];
    const parts = [...`、${m[1]}${m[2]}`.matchAll(new RegExp(`(${SEPARATOR})(${NUM})`, 'g'))];
    const nums = parts.map((x) => fromChinese(x[2]));
    if (nums.some((n) => n === undefined)) continue;
    const atoms: Atom[] = [];
    let offset = m.index;
    parts.forEach((x, k) => {
      const start = k === 0 ? m.index : offset + x[1].length;
      const end = offset + x[0].length + (k === parts.length - 1 ? 1 : 0);
      atoms.push({
        start,
        end,
        parts: [{ level, n: nums[k]!, start, end, digits: 'cn' }],
        rangeFromPrevious: k > 0 && /[至到]/.test(x[1]),
      });
      offset += x[0].length;
    });
    // As the engine's scanner says of 第三条: after 《…》 or a name ending like a law's, another rule's.
    const external = /(?:》|[\u4e00-\u9fff](?:法|法典|条例))$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], external, atoms });
  }
  return out;
}
