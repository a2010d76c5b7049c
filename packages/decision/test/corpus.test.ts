import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '@amend/model';
import { parseDecision } from '../src/index.ts';
import { corpus, opsOf, read, shared } from './helpers.ts';

/**
 * Every amending instrument of the corpus: national 修正案 (刑法, 宪法) and
 * court 关于修改…的决定. They are found by title, so a new one added to the
 * corpus is tested too (and must then get its count below).
 */
function instruments(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...instruments(path));
    else if (name.endsWith('.md') && /^# .*(修正案(（[^）]*）)?|关于修改.+的决定)$/m.test(read(path).split('\n', 1)[0])) out.push(path);
  }
  return out.sort();
}

/**
 * Items per instrument, counted in the files: numbered items (一、 二、 …,
 * 第X条 in the constitution, 1. 2. under the court's 一、修改《…》 headings),
 * not counting a numbered closing clause (九、本修正案自公布之日起施行); an
 * instrument of one unnumbered instruction counts 1.
 */
const ITEMS: Record<string, number> = {
  '刑法/刑法修正案.md': 8,
  '刑法/刑法修正案（二）.md': 1,
  '刑法/刑法修正案（三）.md': 8,
  '刑法/刑法修正案（四）.md': 8,
  '刑法/刑法修正案（五）.md': 3,
  '刑法/刑法修正案（六）.md': 20,
  '刑法/刑法修正案（七）.md': 14,
  '刑法/刑法修正案（八）.md': 49,
  '刑法/刑法修正案（九）.md': 51,
  '刑法/刑法修正案（十）.md': 1,
  '刑法/刑法修正案（十一）.md': 47,
  '宪法/宪法修正案（1988年）.md': 2,
  '宪法/宪法修正案（1993年）.md': 9,
  '宪法/宪法修正案（1999年）.md': 6,
  '宪法/宪法修正案（2004年）.md': 14,
  '宪法/宪法修正案（2018年）.md': 21,
  '司法解释/最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定.md': 8,
  '司法解释/最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定.md': 12,
  // The only paragraph states that amount thresholds no longer apply: no textual instruction.
  '司法解释/最高人民法院关于修改《关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》的决定.md': 0,
  '司法解释/最高人民法院关于修改《最高人民法院关于仲裁司法审查案件报核问题的有关规定》的决定.md': 7,
  // 270 numbered lines: 27 rule headings and 243 items, plus the unnumbered single items of 十 and 十八.
  '司法解释/最高人民法院关于修改《最高人民法院关于在民事审判工作中适用〈工会法〉若干问题的解释》等二十七件民事类司法解释的决定.md': 245,
  '司法解释/最高人民法院关于修改《最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释》的决定.md': 10,
  '司法解释/最高人民法院关于修改《最高人民法院关于审理食品药品纠纷案件适用法律若干问题的规定》的决定.md': 1,
};

/** Warnings the sources earn, each checked in the file. */
const WARNINGS: Record<string, string[]> = {
  // 第二条's replacement text lacks its closing ” (the file ends there).
  '宪法/宪法修正案（1988年）.md': ['decision/unclosed-quote-at-end'],
  // 二十三's payload lacks its closing ”.
  '刑法/刑法修正案（九）.md': ['decision/unclosed-quote-at-end'],
  '司法解释/最高人民法院关于修改《关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释》的决定.md': [
    'decision/not-an-instruction',
  ],
};

const files = instruments(corpus);
const parsed = new Map<string, { d: Decision; diagnostics: ReturnType<typeof parseDecision>['diagnostics'] }>();
for (const f of files) {
  const r = parseDecision(read(f), { file: f });
  parsed.set(relative(corpus, f), { d: r.value, diagnostics: r.diagnostics });
}

describe('every amending instrument in the corpus', () => {
  it('is found: 11 刑法, 5 宪法 and 7 court instruments', () => {
    expect([...parsed.keys()].sort()).toEqual(Object.keys(ITEMS).sort());
  });

  it.each([...parsed.keys()])('%s parses with no errors', (name) => {
    const { d, diagnostics } = parsed.get(name)!;
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((x) => x.severity === 'warning').map((x) => x.ruleId)).toEqual(WARNINGS[name] ?? []);
    expect(d.amendments.reduce((n, a) => n + a.items.length, 0)).toBe(ITEMS[name]);
  });

  it('names the amended law of a single-law instrument', () => {
    expect(parsed.get('刑法/刑法修正案（三）.md')!.d.amendments.map((a) => a.title)).toEqual(['中华人民共和国刑法']);
    expect(parsed.get('宪法/宪法修正案（2018年）.md')!.d.amendments.map((a) => a.title)).toEqual(['中华人民共和国宪法']);
    const card = '司法解释/最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定.md';
    expect(parsed.get(card)!.d.amendments[0].title).toBe(
      '最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释',
    );
  });

  it('splits a one-sentence instrument into preamble and instruction', () => {
    const { d } = parsed.get('刑法/刑法修正案（二）.md')!;
    expect(d.preamble).toBe('为了惩治毁林开垦和乱占滥用林地的犯罪，切实保护森林资源');
    expect(opsOf(d, '')).toMatchObject([{ kind: 'replaceNode', level: 'article', target: { article: { n: 342 } } }]);
    expect(d.closing.map((c) => c.kind)).toEqual(['effective']);
  });

  it('reads the national forms in their own words', () => {
    const xf = parsed.get('刑法/刑法修正案.md')!.d;
    // 一、第一百六十二条后增加一条，作为第一百六十二条之一：…
    expect(opsOf(xf, '一')[0]).toMatchObject({
      kind: 'insertNode',
      level: 'article',
      after: { article: { n: 162 } },
      as: { article: { n: 162, sub: 1 } },
    });
    // 八、刑法第二百二十五条增加一项，作为第三项：“…”原第三项改为第四项。
    expect(opsOf(xf, '八').map((o) => [o.kind, o.level])).toEqual([
      ['insertNode', 'item'],
      ['renumber', 'item'],
    ]);
    expect(opsOf(xf, '八')[1]).toMatchObject({ target: { article: { n: 225 }, item: 3 }, to: { item: 4 } });
    // 七、十二：将刑法第三百七十五条第二款修改为…增加一款作为第三款…原第三款作为第四款，修改为…
    const seven = parsed.get('刑法/刑法修正案（七）.md')!.d;
    expect(opsOf(seven, '十二').map((o) => o.kind)).toEqual(['replaceNode', 'insertNode', 'renumber', 'replaceNode']);
    // 九、七：增加五条，作为第一百二十条之二、…、第一百二十条之六：the five articles in one payload.
    const nine = parsed.get('刑法/刑法修正案（九）.md')!.d;
    expect(opsOf(nine, '七')[0]).toMatchObject({
      kind: 'insertNode',
      level: 'article',
      after: { article: { n: 120, sub: 1 } },
      content: { level: 'articles' },
    });
  });

  it('reads the constitution forms', () => {
    const c2018 = parsed.get('宪法/宪法修正案（2018年）.md')!.d;
    // 第五十二条：增加一节，作为第七节“监察委员会”；增加五条…内容如下：(unquoted) … 第七节相应改为第八节，…
    const ops = opsOf(c2018, '第五十二条');
    expect(ops[0]).toMatchObject({
      kind: 'insertNode',
      level: 'section',
      parent: { chapter: 3 },
      as: { section: 7 },
      content: { level: 'articles' },
    });
    expect(ops[1]).toEqual({ kind: 'renumber', level: 'section', target: { chapter: 3, section: 7 }, to: { section: 8 } });
    expect(ops.slice(2)).toHaveLength(16);
    expect(ops[17]).toEqual({ kind: 'renumber', level: 'article', target: { article: { n: 138 } }, to: { article: { n: 143 } } });
  });

  it('reads the court forms: 引言, 名称, 第一部分标题, 第X段, quoted renumbering', () => {
    const civ = parsed.get(
      '司法解释/最高人民法院关于修改《最高人民法院关于在民事审判工作中适用〈工会法〉若干问题的解释》等二十七件民事类司法解释的决定.md',
    )!.d;
    expect(civ.amendments).toHaveLength(27);
    expect(opsOf(civ, '十三1.')).toEqual([
      {
        kind: 'renameHeading',
        level: 'title',
        target: { special: 'title' },
        title: '最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释',
      },
    ]);
    expect(opsOf(civ, '四2.')).toEqual([
      { kind: 'renameHeading', level: 'chapter', target: { chapter: 1 }, title: '一、融资租赁合同的认定' },
    ]);
    expect(opsOf(civ, '十')[0]).toMatchObject({ kind: 'replaceNode', level: 'paragraph', target: { paragraph: 2 } });
    expect(opsOf(civ, '三2.')).toEqual([
      { kind: 'replaceText', scope: [], pairs: [{ from: '一、买卖合同的成立及效力', to: '一、买卖合同的成立' }] },
    ]);
    expect(opsOf(civ, '三23.')).toEqual([]);
    const rail = parsed.get(
      '司法解释/最高人民法院关于修改《最高人民法院关于审理铁路运输人身损害赔偿纠纷案件适用法律若干问题的解释》的决定.md',
    )!.d;
    expect(opsOf(rail, '十')).toHaveLength(7);
    expect(opsOf(rail, '五')[0]).toMatchObject({
      kind: 'merge',
      targets: [{ article: { n: 6 } }, { article: { n: 7 } }],
      as: { article: { n: 6 } },
    });
    // 一、第一条第二款开始部分增加规定：“…不适用本解释”: a provision without its final mark, joined with ； (as published).
    expect(opsOf(rail, '一')).toEqual([
      {
        kind: 'insertText',
        scope: [{ article: { n: 1 }, paragraph: 2 }],
        position: 'start',
        text: '铁路运输企业在客运合同履行过程中造成旅客人身损害的赔偿纠纷案件，不适用本解释；',
      },
    ]);
    // 四、第五条条首部分修改为…；并增加一项作为第三项: the lead-in replaced (its 项 stay), the new 项 added to 第五条.
    // The decision's 造成人身损害,有 (a half-width comma between Chinese words) is read as ， like the published text.
    expect(opsOf(rail, '四')).toMatchObject([
      {
        kind: 'replaceNode',
        level: 'article',
        target: { article: { n: 5 } },
        leadIn: true,
        content: { text: '铁路行车事故及其他铁路运营事故造成人身损害，有下列情形之一的，铁路运输企业不承担赔偿责任' },
      },
      { kind: 'insertNode', level: 'item', parent: { article: { n: 5 } }, as: { item: 3 } },
    ]);
  });

  it('reads text added at an edge or beside a phrase in the constitution', () => {
    // 1993 第四条 宪法序言第十自然段末尾增加：“…。”
    expect(opsOf(parsed.get('宪法/宪法修正案（1993年）.md')!.d, '第四条')).toEqual([
      {
        kind: 'insertText',
        scope: [{ special: 'preamble', paragraph: 10 }],
        position: 'end',
        text: '中国共产党领导的多党合作和政治协商制度将长期存在和发展。',
      },
    ]);
    // 2018 第三十六条 宪法第一条第二款“社会主义制度是中华人民共和国的根本制度。”后增写一句，内容为：“…”
    expect(opsOf(parsed.get('宪法/宪法修正案（2018年）.md')!.d, '第三十六条')).toEqual([
      {
        kind: 'insertText',
        scope: [{ article: { n: 1 }, paragraph: 2 }],
        position: { after: '社会主义制度是中华人民共和国的根本制度。' },
        text: '中国共产党领导是中国特色社会主义最本质的特征。',
      },
    ]);
  });
});

describe('the triples', () => {
  it('医疗 (section 八): the preamble and 15 articles replaced', () => {
    const path = resolve(shared, 'corpus/triples/spc2020-civ27-s08-yiliao/instrument.md');
    const d = parseDecision(read(path)).value;
    const section = d.amendments.find((a) => a.label === '八、')!;
    const ops = section.items.flatMap((i) => i.operations);
    expect(ops.map((o) => o.kind === 'replaceNode' && o.level)).toEqual(['preamble', ...Array(15).fill('article')]);
  });
});
