import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { example, shared } from './helpers.ts';

/**
 * Every before/after pair the project has, for the drafter's round trip:
 * consecutive dated versions of one rule in the corpus (`Name(YYYY-MM-DD).md`),
 * the decree 119 examples (rules → expected) and the triples (before → after).
 */
export interface VersionPair {
  name: string;
  old: string;
  neu: string;
  /** The real decision, where one exists. */
  instrument?: string;
}

export function lawPairs(): VersionPair[] {
  const laws = join(shared, 'corpus/laws');
  const out: VersionPair[] = [];
  for (const dir of readdirSync(laws).sort()) {
    const path = join(laws, dir);
    if (!statSync(path).isDirectory()) continue;
    const byRule = new Map<string, string[]>();
    for (const f of readdirSync(path).sort()) {
      const m = /^(.*)\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(f);
      if (m) byRule.set(m[1], [...(byRule.get(m[1]) ?? []), f]);
    }
    for (const [rule, files] of byRule) {
      for (let k = 1; k < files.length; k++) {
        const date = (f: string) => f.slice(rule.length + 1, -4);
        out.push({
          name: `${dir}/${rule} ${date(files[k - 1])} → ${date(files[k])}`,
          old: join(path, files[k - 1]),
          neu: join(path, files[k]),
        });
      }
    }
  }
  return out;
}

export function decreePairs(): VersionPair[] {
  return readdirSync(join(example, 'rules'))
    .sort()
    .map((f) => ({
      name: `decree 119/${f}`,
      old: join(example, 'rules', f),
      neu: join(example, 'expected', f),
      instrument: join(example, 'decision.md'),
    }));
}

export function triplePairs(): VersionPair[] {
  const out: VersionPair[] = [];
  for (const base of [join(shared, 'corpus/triples'), join(shared, 'corpus/real/triples')]) {
    for (const d of readdirSync(base).sort()) {
      const dir = join(base, d);
      if (!statSync(dir).isDirectory()) continue;
      out.push({ name: `triple/${d}`, old: join(dir, 'before.md'), neu: join(dir, 'after.md'), instrument: join(dir, 'instrument.md') });
    }
  }
  return out;
}
