/**
 * A lone insertion or deletion between two equal runs can often sit in
 * several places with the same result: deleting 《乙法》《 from 《甲法》《乙法》《丙法》
 * is also deleting 乙法》《 one token on. The diff picks one at random as far
 * as a reader is concerned; this moves it to where its edges fall on
 * punctuation (after 》 or ，, before 《), so whole citations and clauses are
 * struck. The same cleanup diff-match-patch calls semantic lossless.
 */
export interface Part {
  kind: 'equal' | 'del' | 'ins';
  tokens: string[];
}

const CLOSES = /[》）)」』。；;，,、：:！？\n]$/u;
const OPENS = /^[《（(「『\n]/u;

/** How good a place between two tokens is for a change to start or end. */
function cut(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 2;
  return (CLOSES.test(before) ? 1 : 0) + (OPENS.test(after) ? 1 : 0);
}

export function slide(parts: Part[]): Part[] {
  for (let i = 1; i + 1 < parts.length; i++) {
    const [prev, change, next] = [parts[i - 1], parts[i], parts[i + 1]];
    if (prev.kind !== 'equal' || next.kind !== 'equal' || change.kind === 'equal') continue;
    // The side holding the change reads prev + change + next; the change may start at any p
    // where the tokens it would cover and uncover are the same.
    const seq = [...prev.tokens, ...change.tokens, ...next.tokens];
    const len = change.tokens.length;
    const score = (p: number): number => cut(seq[p - 1], seq[p]) + cut(seq[p + len - 1], seq[p + len]);
    let p = prev.tokens.length;
    let best = p;
    while (p > 0 && seq[p - 1] === seq[p + len - 1]) p--;
    for (; ; p++) {
      if (score(p) > score(best)) best = p;
      if (!(p + len < seq.length && seq[p] === seq[p + len])) break;
    }
    parts[i - 1] = { kind: 'equal', tokens: seq.slice(0, best) };
    parts[i] = { kind: change.kind, tokens: seq.slice(best, best + len) };
    parts[i + 1] = { kind: 'equal', tokens: seq.slice(best + len) };
  }
  return parts;
}
