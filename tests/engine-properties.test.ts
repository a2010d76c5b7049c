import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFragment, parseRule, serialize } from '@amend/document';
import { applyAmendment } from '@amend/engine';
import type { Article, Chapter, Document, Fragment, Operation, RuleAmendment, Span } from '@amend/model';
import { fromChinese, toChinese } from '@amend/model';
import { rule } from './properties/arbitraries.ts';

/**
 * Engine properties on generated rules and generated valid decisions:
 * deletions, phrase replacements, whole-article replacements and national
 * style 之一 insertions, each aimed at a different article.
 */
const span: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const decision = { title: '某市人民政府关于修改《某办法》的决定' };

function articlesOf(doc: Document): Article[] {
  const out: Article[] = [];
  const visit = (n: { kind: string; children?: unknown[] }) => {
    if (n.kind === 'article') out.push(n as Article);
    else for (const c of (n.children ?? []) as never[]) visit(c);
  };
  visit(doc);
  return out;
}

const textOf = (a: Article) =>
  a.children
    .map((p) => [p.text, ...p.children.map((i) => i.label + i.text + i.children.map((s) => s.label + s.text).join(''))].join('\n'))
    .join('\n');

/** A rule and a list of operations, one per chosen article, valid against it. */
const ruleWithOps = rule.chain((doc) => {
  const arts = articlesOf(doc).filter((a) => !a.num.sub);
  const hasSub = new Set(
    articlesOf(doc)
      .filter((a) => a.num.sub)
      .map((a) => a.num.n),
  );
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: arts.length - 1 }), fc.constantFrom('delete', 'replaceText', 'replaceNode', 'insertAfter')), {
      maxLength: 4,
    })
    .map((picks) => {
      const used = new Set<number>();
      const ops: Operation[] = [];
      for (const [i, kind] of picks) {
        const a = arts[i];
        if (used.has(a.num.n) || (kind === 'delete' && used.size + 1 >= arts.length)) continue;
        used.add(a.num.n);
        const base = { rule: doc.title, item: `（${ops.length + 1}）`, span };
        const target = { article: { n: a.num.n } };
        if (kind === 'delete') {
          if (hasSub.has(a.num.n)) continue;
          ops.push({ ...base, kind: 'deleteNode', level: 'article', target });
        } else if (kind === 'replaceText') {
          const phrase = a.children[0].text.slice(0, 4);
          ops.push({ ...base, kind: 'replaceText', scope: [target], pairs: [{ from: phrase, to: '（已修改）' }] });
        } else if (kind === 'replaceNode') {
          ops.push({ ...base, kind: 'replaceNode', level: 'article', target, content: parseFragment('本条由决定重写。', 'article').value });
        } else if (!hasSub.has(a.num.n)) {
          ops.push({
            ...base,
            kind: 'insertNode',
            level: 'article',
            after: target,
            as: { article: { n: a.num.n, sub: 1 } },
            content: parseFragment('新增的条文。', 'article').value,
          });
        }
      }
      // National-style 之一 insertions go with decisions that renumber nothing: after a deletion
      // the article they follow has a new number, and the announced 第X条之一 would be wrong.
      const renumbers = ops.some((op) => op.kind === 'deleteNode');
      return { doc, ops: renumbers ? ops.filter((op) => op.kind !== 'insertNode') : ops };
    });
});

function amendmentOf(doc: Document, ops: Operation[]): RuleAmendment {
  return {
    title: doc.title,
    label: '',
    span,
    items: ops.map((op, k) => ({ label: op.item, num: k + 1, path: op.item, text: '', span, operations: [op] })),
  };
}

describe('engine properties', () => {
  it('articles end numbered 1..N (plus 之N), and every original article is kept, deleted or merged exactly once', () => {
    fc.assert(
      fc.property(ruleWithOps, ({ doc, ops }) => {
        const c = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const main = articlesOf(c.after)
          .filter((a) => !a.num.sub)
          .map((a) => a.num.n);
        expect(main).toEqual(main.map((_, i) => i + 1));
        const seen = c.changes.flatMap((x) => x.before.map((b) => b.id)).sort();
        expect(seen).toEqual(
          articlesOf(doc)
            .map((a) => a.id)
            .sort(),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("text outside every operation's scope is unchanged", () => {
    fc.assert(
      fc.property(ruleWithOps, ({ doc, ops }) => {
        const c = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        const touched = new Set(
          ops.flatMap((op) => ('target' in op ? [op.target] : 'scope' in op ? op.scope : [])).map((t) => t.article!.n),
        );
        const before = new Map(articlesOf(c.before).map((a) => [a.id, a]));
        const after = new Map(articlesOf(c.after).map((a) => [a.id, a]));
        for (const change of c.changes) {
          if (change.before.length !== 1 || change.after.length !== 1) continue;
          const old = before.get(change.before[0].id)!;
          if (touched.has(old.num.n) && !old.num.sub) continue;
          expect(textOf(after.get(change.after[0].id)!)).toBe(textOf(old));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an empty decision changes nothing but the 题注', () => {
    fc.assert(
      fc.property(rule, (doc) => {
        const c = applyAmendment(doc, amendmentOf(doc, []), { decision });
        expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(serialize({ ...c.after, notes: [] })).toBe(serialize({ ...doc, notes: [] }));
      }),
      { numRuns: 100 },
    );
  });

  it('the result does not depend on the order of independent operations', () => {
    fc.assert(
      fc.property(
        ruleWithOps.chain((x) => fc.shuffledSubarray(x.ops, { minLength: x.ops.length }).map((shuffled) => ({ ...x, shuffled }))),
        ({ doc, ops, shuffled }) => {
          const a = applyAmendment(doc, amendmentOf(doc, ops), { decision });
          const b = applyAmendment(doc, amendmentOf(doc, shuffled), { decision });
          expect(serialize(b.after)).toBe(serialize(a.after));
        },
      ),
      { numRuns: 100 },
    );
  });
});

/**
 * Chapters: a rule of several chapters whose articles cite chapters (本办法第三章,
 * 本办法第二章至第四章), and a decision deleting some chapters and inserting
 * others by their new number. Chapter titles carry the original position, so
 * the result can be checked against a numbering worked out here independently.
 */
const chapterRule = fc.integer({ min: 2, max: 6 }).chain((k) =>
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: k }),
        fc.integer({ min: 1, max: k }),
        fc.constantFrom('single', 'range', 'none'),
      ),
      { minLength: k, maxLength: k },
    )
    .map((specs) => {
      let n = 0;
      const lines = ['某市管理办法', '（2010年1月1日某市人民政府令第1号公布）', ''];
      specs.forEach(([count, x, y, form], ci) => {
        lines.push(`第${toChinese(ci + 1)}章　原第${ci + 1}章`, '');
        for (let j = 0; j < count; j++) {
          const [a, b] = [Math.min(x, y), Math.max(x, y)];
          const cite =
            form === 'single' || a === b
              ? `依照本办法第${toChinese(x)}章的规定执行。`
              : form === 'range'
                ? `依照本办法第${toChinese(a)}章至第${toChinese(b)}章的规定执行。`
                : '按照规定执行。';
          lines.push(`第${toChinese(++n)}条　第${ci + 1}章的条文。${cite}`, '');
        }
      });
      return { k, doc: parseRule(lines.join('\n')).value };
    }),
);

const chapterCase = chapterRule.chain(({ k, doc }) =>
  fc
    .tuple(
      fc.subarray(
        Array.from({ length: k }, (_, i) => i + 1),
        { maxLength: k - 1 },
      ),
      fc.integer({ min: 0, max: 3 }),
    )
    .chain(([deleted, inserts]) => {
      const total = k - deleted.length + inserts;
      return fc
        .uniqueArray(fc.integer({ min: 1, max: total }), { minLength: inserts, maxLength: inserts })
        .map((at) => ({ k, doc, deleted, at: [...at].sort((a, b) => a - b) }));
    }),
);

/** A new chapter as the decision's payload would read: its heading and one article, numbered by the engine. */
function newChapter(title: string): Fragment {
  const article: Article = {
    kind: 'article',
    id: '',
    num: { n: 0 },
    children: [{ kind: 'paragraph', id: '', text: '新增的条文。', children: [] }],
  };
  const chapter: Chapter = { kind: 'chapter', id: '', num: 0, title, children: [article] };
  return { level: 'articles', text: `${title}\n新增的条文。`, articles: [article], divisions: [chapter] };
}

describe('engine properties: chapters', () => {
  it('after any mix of chapter inserts and deletes, chapters run 1..N in the order worked out here, and so do articles', () => {
    fc.assert(
      fc.property(chapterCase, ({ k, doc, deleted, at }) => {
        const ops: Operation[] = [
          ...deleted.map((c): Operation => ({
            kind: 'deleteNode',
            level: 'chapter',
            target: { chapter: c },
            rule: doc.title,
            item: `删${c}`,
            span,
          })),
          ...at.map((p, i): Operation => ({
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: p },
            content: newChapter(`新章${i + 1}`),
            rule: doc.title,
            item: `增${i + 1}`,
            span,
          })),
        ];
        const c = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const expected = Array.from({ length: k }, (_, i) => `原第${i + 1}章`).filter((_, i) => !deleted.includes(i + 1));
        at.forEach((p, i) => expected.splice(p - 1, 0, `新章${i + 1}`));
        const chapters = c.after.children.filter((n): n is Chapter => n.kind === 'chapter');
        expect(chapters.map((ch) => ch.title)).toEqual(expected);
        expect(chapters.map((ch) => ch.num)).toEqual(expected.map((_, i) => i + 1));
        const nums = articlesOf(c.after).map((a) => a.num.n);
        expect(nums).toEqual(nums.map((_, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });

  it('every chapter reference is either renumbered to where its chapter went, or left as written and reported', () => {
    fc.assert(
      fc.property(chapterCase, ({ doc, deleted, at }) => {
        const ops: Operation[] = [
          ...deleted.map((c): Operation => ({
            kind: 'deleteNode',
            level: 'chapter',
            target: { chapter: c },
            rule: doc.title,
            item: `删${c}`,
            span,
          })),
          ...at.map((p, i): Operation => ({
            kind: 'insertNode',
            level: 'chapter',
            as: { chapter: p },
            content: newChapter(`新章${i + 1}`),
            rule: doc.title,
            item: `增${i + 1}`,
            span,
          })),
        ];
        const c = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        // Where each original chapter went, worked out from the titles of the result.
        const chapters = c.after.children.filter((n): n is Chapter => n.kind === 'chapter');
        const now = new Map(chapters.map((ch, i) => [ch.title, i + 1]));
        const newAt = (orig: number) => now.get(`原第${orig}章`);
        const reported = new Set(
          c.diagnostics.filter((d) => d.ruleId === 'engine/dangling-reference').map((d) => `${d.data?.reference}@${d.data?.where}`),
        );
        const afterText = serialize(c.after);
        let checked = 0;
        for (const r of c.references) {
          const m = /^本办法第(.+?)章(?:至第(.+?)章)?$/.exec(r.text);
          if (!m) continue;
          checked++;
          const from = fromChinese(m[1])!;
          const to = m[2] ? fromChinese(m[2])! : from;
          const held = Array.from({ length: to - from + 1 }, (_, i) => from + i);
          if (held.some((x) => deleted.includes(x))) {
            // Left exactly as written, and reported.
            expect(r.status).toBe('dangling');
            expect(afterText).toContain(`依照${r.text}的规定执行。`);
            expect([...reported].some((x) => x.startsWith(`${r.text}@`))).toBe(true);
          } else {
            const renumbered = m[2]
              ? `本办法第${toChinese(newAt(from)!)}章至第${toChinese(newAt(to)!)}章`
              : `本办法第${toChinese(newAt(from)!)}章`;
            expect(r.newText).toBe(renumbered);
          }
        }
        // Every citation of a chapter in a chapter that stays was checked above.
        const kept = doc.children.filter((n): n is Chapter => n.kind === 'chapter' && !deleted.includes(n.num));
        const cited = kept.flatMap((ch) => articlesOf({ ...doc, children: [ch] })).filter((a) => /本办法第.+章/.test(a.children[0].text));
        expect(checked).toBe(cited.length);
      }),
      { numRuns: 150 },
    );
  });
});
