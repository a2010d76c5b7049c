import type { Address } from '@amend/model';
import { addressLabel as placeLabel, sameArticleNumber, toChinese } from '@amend/model';
import type { Clause } from './instructions.ts';

/**
 * Clauses into the drafting language. Within one item the first place is
 * named in full and the following ones as a drafter continues: 第二款 for a
 * 款 of the article just named, 其中 for the very place just named, a
 * renumbering said first (将第八条改为第九条，修改为：…). A clause that ends
 * in a quoted text ends its sentence; the next starts a new paragraph.
 */

/**
 * A place as said after `here` (the place named last) — the article left out
 * when it is the same one. A reader (and the decision parser) takes what a
 * place leaves out from the place named last: 第二款 takes its article, and a
 * bare 第六项 its article and 款, so a 项 is said without its article only
 * right after the article itself was named.
 */
function relative(a: Address, here: Address | undefined): string {
  const sameArticle = !!here?.article && !!a.article && sameArticleNumber(here.article, a.article);
  const bareArticle = here !== undefined && here.paragraph === undefined && here.item === undefined && here.subitem === undefined;
  if (sameArticle && (a.paragraph !== undefined || (a.item !== undefined && bareArticle))) {
    return placeLabel({ paragraph: a.paragraph, item: a.item, subitem: a.subitem });
  }
  return placeLabel(a);
}

/** Several places: 第三条、第五条、第九条; three or more articles in a row as 第十二条至第十六条. */
function placesLabel(places: Address[], here: Address | undefined, wholeRule: string): string {
  if (places.length === 0) return wholeRule;
  const out: string[] = [];
  for (let k = 0; k < places.length;) {
    let run = k;
    while (run + 1 < places.length && isNextArticle(places[run], places[run + 1])) run++;
    if (run - k >= 2) {
      out.push(`${placeLabel(places[k])}至${placeLabel(places[run])}`);
      k = run + 1;
    } else {
      out.push(k === 0 ? relative(places[k], here) : placeLabel(places[k]));
      k++;
    }
  }
  return out.join('、');
}

function isNextArticle(a: Address, b: Address): boolean {
  const whole = (x: Address) => Object.keys(x).length === 1 && x.article && !x.article.sub;
  return !!(whole(a) && whole(b) && b.article!.n === a.article!.n + 1);
}

const FINAL = /[。；：！？]$/;

/** The quoted text of a payload: each paragraph opens with “, only the last closes. */
export function quote(lines: string[]): string {
  return lines.map((l, k) => `“${l}${k === lines.length - 1 ? '”' : ''}`).join('\n\n');
}

function samePlace(a: Address | undefined, b: Address | undefined): boolean {
  return !!a && !!b && placeLabel(a) === placeLabel(b);
}

/** The words of one item (without its label). */
export function wordItem(clauses: Clause[], wholeRule: string): string {
  const sentences: string[] = [];
  let current: string[] = [];
  let here: Address | undefined;
  let last: Address[] | undefined;
  /** A sentence ends in 。 unless it ends in a quoted text that ends in its own final mark. */
  const close = (payload?: string[]): void => {
    const s = current.join('，');
    // A quoted text that ends in its own final mark ends the sentence (删去…中的“…意见。”).
    const last = payload ? payload[payload.length - 1] : s.endsWith('”') ? s.slice(0, -1) : '';
    sentences.push(FINAL.test(last) ? s : `${s}。`);
    current = [];
  };
  for (const c of clauses) {
    switch (c.kind) {
      case 'renumber':
        current.push(`将${relative(c.target, here)}改为${placeLabel(c.to)}`);
        here = c.target;
        last = [c.target];
        break;
      case 'phrases': {
        const same = last && c.scope.length === 1 && last.length === 1 && samePlace(c.scope[0], last[0]);
        const at = same ? '其' : placesLabel(c.scope, here, wholeRule);
        current.push(...phraseClauses(c.edits, at, placesLabel(c.scope, here, wholeRule)));
        if (c.scope.length) here = c.scope[c.scope.length - 1];
        last = c.scope;
        break;
      }
      case 'replace': {
        const same = last && last.length === 1 && samePlace(c.target, last[0]) && current.length > 0;
        current.push(same ? `修改为：${quote(c.lines)}` : `将${relative(c.target, here)}修改为：${quote(c.lines)}`);
        close(c.lines);
        here = c.target;
        last = [c.target];
        break;
      }
      case 'delete':
        current.push(`删去${c.targets.map((t, k) => (k === 0 ? relative(t, here) : relativeTo(t, c.targets[k - 1]))).join('、')}`);
        here = c.targets[c.targets.length - 1];
        last = c.targets;
        break;
      case 'insert':
        current.push(insertWords(c, here));
        close(c.lines);
        if (c.parent) here = c.parent;
        break;
      case 'insertHeading': {
        const unit = c.level === 'part' ? '编' : c.level === 'chapter' ? '章' : '节';
        const where = c.parent ? `在${placeLabel(c.parent)}中` : '';
        current.push(`${where}增加一${unit}，作为${placeLabel(c.as)}：${quote(c.lines)}`);
        close(c.lines);
        break;
      }
      case 'merge':
        current.push(`将${c.targets.map((t) => placeLabel(t)).join('、')}合并为${placeLabel(c.as)}，修改为：${quote(c.lines)}`);
        close(c.lines);
        break;
      case 'rename':
        current.push(
          c.level === 'title'
            ? `将名称修改为“${c.title}”`
            : `将${placeLabel(c.target)}${c.level === 'section' ? '节名' : c.level === 'part' ? '编名' : '章名'}修改为“${c.title}”`,
        );
        break;
      case 'preamble':
        current.push(`将引言修改为：${quote(c.lines)}`);
        close(c.lines);
        break;
    }
  }
  if (current.length) close();
  return sentences.join('\n\n');
}

/** A further place of a list, the article left out when it is the article of the place before (第二款、第三款). */
function relativeTo(a: Address, prev: Address): string {
  return relative(a, prev.article ? { article: prev.article } : undefined);
}

function insertWords(c: Extract<Clause, { kind: 'insert' }>, here: Address | undefined): string {
  const unit = { article: '条', paragraph: '款', item: '项', subitem: '目' }[c.level];
  const count = 1 + (c.more?.length ?? 0);
  const as = [c.as, ...(c.more ?? [])].map(placeLabel).join('、');
  let where = '';
  if (c.after) where = `在${placeLabel(c.after)}后`;
  else if (c.before) where = `在${placeLabel(c.before)}前`;
  else if (c.parent && c.level === 'article') where = `在${placeLabel(c.parent)}中`;
  // 增加一款 / 增加一项 right after the article was named: the container is the place named last.
  else if (
    c.parent &&
    !(
      samePlace(c.parent, here) ||
      (c.level === 'paragraph' && here?.article && c.parent.article && sameArticleNumber(here.article, c.parent.article))
    )
  ) {
    where = `在${relative(c.parent, here)}中`;
  }
  return `${where}增加${count === 1 ? '一' : count === 2 ? '两' : toChinese(count)}${unit}，作为${as}：${quote(c.lines)}`;
}

/** Phrase edits of one place: replacements, deletions and insertions, the place named once. */
function phraseClauses(edits: Extract<Clause, { kind: 'phrases' }>['edits'], at: string, lastNamed: string): string[] {
  const out: string[] = [];
  let named = false;
  const place = (): string => {
    const p = named ? '其' : at;
    named = true;
    return p === '其' ? '其中的' : `${p}中的`;
  };
  const replaces = edits.filter((e) => e.kind === 'replace');
  if (replaces.length) out.push(`将${place()}${replaces.map((e) => `“${e.from}”修改为“${e.to}”`).join('，')}`);
  const deletes = edits.filter((e) => e.kind === 'delete');
  if (deletes.length) out.push(`删去${place()}${deletes.map((e) => `“${e.from}”`).join('、')}`);
  for (const e of edits) {
    if (e.kind === 'after' || e.kind === 'before') out.push(`在${place()}“${e.from}”${e.kind === 'after' ? '后' : '前'}增加“${e.to}”`);
  }
  // Words at the very end: the place is named again, as 其 cannot take 末尾.
  for (const e of edits) if (e.kind === 'end') out.push(`在${at === '其' ? lastNamed : at}末尾增加“${e.to}”`);
  return out;
}
