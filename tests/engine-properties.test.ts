import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFragment, serialize } from '@amend/document';
import { applyAmendment } from '@amend/engine';
import type { Article, Document, Operation, RuleAmendment, Span } from '@amend/model';
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

const textOf = (a: Article) => a.children.map((p) => [p.text, ...p.children.map((i) => i.label + i.text + i.children.map((s) => s.label + s.text).join(''))].join('\n')).join('\n');

/** A rule and a list of operations, one per chosen article, valid against it. */
const ruleWithOps = rule.chain((doc) => {
  const arts = articlesOf(doc).filter((a) => !a.num.sub);
  const hasSub = new Set(articlesOf(doc).filter((a) => a.num.sub).map((a) => a.num.n));
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: arts.length - 1 }), fc.constantFrom('delete', 'replaceText', 'replaceNode', 'insertAfter')), { maxLength: 4 })
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
          ops.push({ ...base, kind: 'insertNode', level: 'article', after: target, as: { article: { n: a.num.n, sub: 1 } }, content: parseFragment('新增的条文。', 'article').value });
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
        const main = articlesOf(c.after).filter((a) => !a.num.sub).map((a) => a.num.n);
        expect(main).toEqual(main.map((_, i) => i + 1));
        const seen = c.changes.flatMap((x) => x.before.map((b) => b.id)).sort();
        expect(seen).toEqual(articlesOf(doc).map((a) => a.id).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('text outside every operation\'s scope is unchanged', () => {
    fc.assert(
      fc.property(ruleWithOps, ({ doc, ops }) => {
        const c = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        const touched = new Set(ops.flatMap((op) => ('target' in op ? [op.target] : 'scope' in op ? op.scope : [])).map((t) => t.article!.n));
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
      fc.property(ruleWithOps.chain((x) => fc.shuffledSubarray(x.ops, { minLength: x.ops.length }).map((shuffled) => ({ ...x, shuffled }))), ({ doc, ops, shuffled }) => {
        const a = applyAmendment(doc, amendmentOf(doc, ops), { decision });
        const b = applyAmendment(doc, amendmentOf(doc, shuffled), { decision });
        expect(serialize(b.after)).toBe(serialize(a.after));
      }),
      { numRuns: 100 },
    );
  });
});
