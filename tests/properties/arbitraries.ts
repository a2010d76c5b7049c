import fc from 'fast-check';
import { assignIds } from '@amend/document';
import type { Article, Chapter, Document, Item, Paragraph, Section, Subitem } from '@amend/model';

/**
 * Generators of rule trees for property tests. Texts are drawn from ordinary
 * words, so they never start with a structural marker (第, （, 一、) and hold no
 * cross-references: any change in them is the engine's doing.
 */
const WORDS = [
  '行政机关',
  '应当',
  '依法',
  '履行',
  '职责',
  '监督',
  '管理',
  '公民',
  '法人',
  '其他组织',
  '有关部门',
  '按照',
  '规定',
  '实施',
  '加强',
  '保障',
  '安全',
  '服务',
  '信息',
  '公开',
];

export const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 8 }).map((ws) => ws.join(''));

const subitem = (n: number): fc.Arbitrary<Subitem> =>
  sentence.map((t) => ({ kind: 'subitem', id: '', num: n, label: `${n}．`, text: t + '；' }));

const item = (n: number): fc.Arbitrary<Item> =>
  fc.tuple(sentence, fc.integer({ min: 0, max: 2 })).chain(([t, subs]) =>
    fc.tuple(...Array.from({ length: subs }, (_, i) => subitem(i + 1))).map((children) => ({
      kind: 'item' as const,
      id: '',
      num: n,
      label: `（${cn(n)}）`,
      text: t + (children.length ? '：' : '；'),
      children,
    })),
  );

const paragraph: fc.Arbitrary<Paragraph> = fc.tuple(sentence, fc.integer({ min: 0, max: 3 })).chain(([t, items]) =>
  fc.tuple(...Array.from({ length: items }, (_, i) => item(i + 1))).map((children) => ({
    kind: 'paragraph' as const,
    id: '',
    text: t + (children.length ? '：' : '。'),
    children,
  })),
);

const articleBody = fc.array(paragraph, { minLength: 1, maxLength: 3 });

/** Articles numbered 1..n, with an occasional 之一/之二 after one of them. */
export const articles: fc.Arbitrary<Article[]> = fc
  .array(fc.tuple(articleBody, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 12 })
  .map((specs) => {
    const out: Article[] = [];
    specs.forEach(([children, extra], i) => {
      out.push({ kind: 'article', id: '', num: { n: i + 1 }, children });
      if (extra === 9) out.push({ kind: 'article', id: '', num: { n: i + 1, sub: 1 }, children });
    });
    return out;
  });

/** A rule (with ids, as the parser gives them): title, one 题注, and either bare articles or chapters (some with sections) holding them. */
export const rule: fc.Arbitrary<Document> = fc.tuple(articles, fc.integer({ min: 0, max: 2 }), sentence).map(([arts, shape, title]) => {
  let children: Document['children'] = arts;
  if (shape > 0) {
    const half = Math.ceil(arts.length / 2);
    const groups = [arts.slice(0, half), arts.slice(half)].filter((g) => g.length);
    children = groups.map((g, ci): Chapter => ({
      kind: 'chapter',
      id: '',
      num: ci + 1,
      title: ['总则', '附则'][ci],
      children: shape === 2 ? [{ kind: 'section', id: '', num: 1, title: '一般规定', children: g } satisfies Section] : g,
    }));
  }
  // A fresh copy: the engine freezes what it is given, and generated parts may be shared.
  return assignIds<Document>(
    structuredClone({
      kind: 'document',
      id: '',
      type: 'rule',
      title: title.slice(0, 10) + '办法',
      notes: [{ kind: 'note', id: '', text: '（2010年1月1日某市人民政府令第1号公布）' }],
      toc: [],
      preamble: [],
      children,
      meta: {},
    }),
  );
});

function cn(n: number): string {
  return '零一二三四五六七八九十'[n] ?? String(n);
}

/** Drop ids and positions, which parse assigns and generators leave empty. */
export function shape(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(shape);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== 'id' && k !== 'pos' && k !== 'meta') out[k] = shape(v);
    return out;
  }
  return x;
}
