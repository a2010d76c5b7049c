import fc from 'fast-check';
import { parseRule, serialize } from '@amend/document';
import type { Article, Document, Item, Paragraph } from '@amend/model';
import { sentence } from './arbitraries.ts';

/**
 * Edits of a generated rule for the drafter's property test: words replaced,
 * deleted and added, 款 and 项 added and deleted, articles added, deleted and
 * restated; references to other articles kept in step with the renumbering,
 * the way a published text has them. Each article is given a subject of its
 * own first (关于土地森林，…), as the articles of a real rule differ.
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

const SUBJECTS = [
  '土地',
  '森林',
  '草原',
  '河流',
  '湖泊',
  '矿产',
  '海洋',
  '湿地',
  '山地',
  '荒漠',
  '滩涂',
  '水域',
  '林地',
  '耕地',
  '牧场',
  '园地',
];

export type Edit =
  | { kind: 'word'; at: number; how: 'replace' | 'delete' | 'insert'; word: number }
  | {
      kind: 'addParagraph' | 'dropParagraph' | 'addItem' | 'dropItem' | 'restate' | 'addArticle' | 'dropArticle';
      at: number;
      text: string;
    };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('word' as const),
      at: fc.nat(),
      how: fc.constantFrom('replace' as const, 'delete' as const, 'insert' as const),
      word: fc.nat(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'addParagraph' as const,
        'dropParagraph' as const,
        'addItem' as const,
        'dropItem' as const,
        'restate' as const,
        'addArticle' as const,
        'dropArticle' as const,
      ),
      at: fc.nat(),
      text: sentence,
    }),
  },
);

function plainArticles(doc: Document): Article[] {
  const out: Article[] = [];
  const visit = (nodes: Document['children']): void => {
    for (const n of nodes) {
      if (n.kind === 'article') out.push(n);
      else if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') visit(n.children as Document['children']);
    }
  };
  visit(doc.children);
  return out;
}

/** Where an article sits, to add one beside it or take it out. */
function siblings(doc: Document, a: Article): Document['children'] {
  let found: Document['children'] | undefined;
  const visit = (nodes: Document['children']): void => {
    if (nodes.includes(a)) found = nodes;
    for (const n of nodes) if (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section') visit(n.children as Document['children']);
  };
  visit(doc.children);
  return found!;
}

const texts = (a: Article): { get: () => string; set: (t: string) => void }[] =>
  a.children.flatMap((p) => [
    { get: () => p.text, set: (t: string) => (p.text = t) },
    ...p.children.map((i) => ({ get: () => i.text, set: (t: string) => (i.text = t) })),
  ]);

function relabel(items: Item[]): void {
  items.forEach((it, k) => {
    it.num = k + 1;
    it.label = `（${'零一二三四五六七八九十'[k + 1] ?? k + 1}）`;
  });
}

/** The old rule with references to its articles, and the new rule made from it by the edits. */
export function versions(base: Document, refs: number[], edits: Edit[]): { old: Document; neu: Document } {
  const old = structuredClone(base);
  const olds = plainArticles(old);
  // Each article about its own subject, as in a real rule: two versions of a rule are compared by their words.
  olds.forEach(
    (a, k) =>
      (a.children[0].text = `关于${SUBJECTS[k % SUBJECTS.length]}${SUBJECTS[Math.floor(k / SUBJECTS.length) % SUBJECTS.length]}，${a.children[0].text}`),
  );
  // Some articles cite another (本办法第N条), in the old numbering.
  refs.forEach((r, k) => {
    const a = olds[k % olds.length];
    const target = olds[r % olds.length];
    if (!target.num.sub) a.children[0].text = a.children[0].text.replace(/[。：]$/, (m) => `，依照本办法第${cn(target.num.n)}条${m}`);
  });
  const neu = structuredClone(old);
  const origin = new Map(plainArticles(neu).map((a, k) => [a, k]));
  for (const e of edits) {
    const arts = plainArticles(neu);
    if (!arts.length) break;
    const a = arts[e.at % arts.length];
    if (e.kind === 'word') {
      const units = texts(a);
      const u = units[e.at % units.length];
      const t = u.get();
      const present = WORDS.filter((w) => t.includes(w));
      const w = WORDS[e.word % WORDS.length];
      if (e.how === 'insert') u.set(t.replace(/([。；：])$/, `${w}$1`));
      else if (present.length) u.set(t.replace(present[e.word % present.length], e.how === 'delete' && t.length > 6 ? '' : w));
    } else if (e.kind === 'addParagraph') {
      a.children.splice(e.at % (a.children.length + 1), 0, { kind: 'paragraph', id: '', text: `${e.text}。`, children: [] });
    } else if (e.kind === 'dropParagraph' && a.children.length > 1) {
      a.children.splice(e.at % a.children.length, 1);
    } else if (e.kind === 'addItem' || e.kind === 'dropItem') {
      const p: Paragraph | undefined = a.children.find((x) => x.children.length > 0);
      if (!p) continue;
      if (e.kind === 'addItem')
        p.children.splice(e.at % (p.children.length + 1), 0, {
          kind: 'item',
          id: '',
          num: 0,
          label: '',
          text: `${e.text}；`,
          children: [],
        });
      else if (p.children.length > 1) p.children.splice(e.at % p.children.length, 1);
      relabel(p.children);
    } else if (e.kind === 'restate') {
      a.children = [{ kind: 'paragraph', id: '', text: `${e.text}。`, children: [] }];
    } else if (e.kind === 'addArticle') {
      const list = siblings(neu, a);
      list.splice(list.indexOf(a) + 1, 0, {
        kind: 'article',
        id: '',
        num: { n: 0 },
        children: [{ kind: 'paragraph', id: '', text: `${e.text}。`, children: [] }],
      });
    } else if (e.kind === 'dropArticle' && arts.length > 1) {
      const list = siblings(neu, a);
      list.splice(list.indexOf(a), 1);
    }
  }
  // Numbered as the engine numbers after an insertion or deletion, references following their articles.
  const after = plainArticles(neu);
  const structural = after.length !== olds.length || after.some((a) => !origin.has(a));
  if (structural) {
    let counter = 0;
    for (const a of after) a.num = a.num.sub && counter > 0 ? { n: counter, sub: a.num.sub } : { n: ++counter };
  }
  const renumbered = new Map<number, number>();
  plainArticles(old).forEach((oa, k) => {
    const na = after.find((x) => origin.get(x) === k);
    if (na && !oa.num.sub) renumbered.set(oa.num.n, na.num.n);
  });
  for (const a of after) {
    if (!origin.has(a)) continue;
    for (const u of texts(a))
      u.set(
        u
          .get()
          .replace(/本办法第([一二三四五六七八九十]+)条/g, (m, n: string) =>
            renumbered.has(fromCn(n)) ? `本办法第${cn(renumbered.get(fromCn(n))!)}条` : m,
          ),
      );
  }
  // As read from text, the way amend draft gets them.
  return { old: parseRule(serialize(old)).value, neu: parseRule(serialize(neu)).value };
}

function cn(n: number): string {
  const d = '零一二三四五六七八九';
  return n < 10 ? d[n] : n < 20 ? `十${n % 10 ? d[n % 10] : ''}` : `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}

function fromCn(s: string): number {
  const d = '零一二三四五六七八九';
  if (!s.includes('十')) return d.indexOf(s);
  const [a, b] = s.split('十');
  return (a ? d.indexOf(a) : 1) * 10 + (b ? d.indexOf(b) : 0);
}
