import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { bare } from './helpers.ts';

/** Decision layouts other than decree 119's, as other drafters lay them out. */

const local = `# 某某自治区人民政府关于修改和废止部分政府规章的决定

为了维护法制统一，现决定：

一、对下列2件政府规章予以废止：

（一）某某自治区甲办法（2000年1月1日某某自治区人民政府令第1号公布）

（二）某某自治区乙规定（2001年2月2日某某自治区人民政府令第2号公布）

二、对下列2件政府规章的部分条款予以修改：

（一）《某某自治区丙办法》

1.将第三条中的“甲”修改为“乙”。

2.在第五条第二款后增加一项，作为第三项：“（三）丁。”

（二）《某某自治区丁条例》

1.第八条调整为第七条。

2.将第十条修改为两条，作为第十条、第十一条：“第十条　甲。

“第十一条　乙。”

本决定自公布之日起施行。
`;

const national = `# 全国人民代表大会常务委员会关于修改《中华人民共和国甲法》等三部法律的决定

第十三届全国人民代表大会常务委员会第十次会议决定：

一、对《中华人民共和国甲法》作出修改

将第十条修改为：“甲。”

二、对《中华人民共和国乙法》作出修改

（一）将第三条中的“丙”修改为“丁”。

（二）删去第五条。

三、将《中华人民共和国丙法》第七条第二款中的“戊”修改为“己”。

本决定自公布之日起施行。

《中华人民共和国甲法》《中华人民共和国乙法》《中华人民共和国丙法》根据本决定作相应修改，重新公布。
`;

describe('a local decision with 下列 sections and （一）《…》 rule headings', () => {
  const r = parseDecision(local);
  const d = r.value;

  it('reads the sections, the repeal list and the rules', () => {
    expect(r.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(d.repealed.map((x) => [x.label, x.title, x.note])).toEqual([
      ['（一）', '某某自治区甲办法', '2000年1月1日某某自治区人民政府令第1号公布'],
      ['（二）', '某某自治区乙规定', '2001年2月2日某某自治区人民政府令第2号公布'],
    ]);
    expect(d.amendments.map((a) => [a.label, a.title, a.items.map((i) => i.path)])).toEqual([
      ['（一）', '某某自治区丙办法', ['（一）1.', '（一）2.']],
      ['（二）', '某某自治区丁条例', ['（二）1.', '（二）2.']],
    ]);
  });

  it('inserts an item into the 款 named as the anchor', () => {
    expect(d.amendments[0].items[1].operations.map(bare)).toEqual([
      {
        kind: 'insertNode',
        level: 'item',
        as: { item: 3 },
        parent: { article: { n: 5 }, paragraph: 2 },
        content: { level: 'items', text: '（三）丁。' },
      },
    ]);
  });

  it('reads 调整为 as a renumbering and 修改为两条 as a replacement plus an insertion', () => {
    expect(d.amendments[1].items.map((i) => i.operations.map(bare))).toEqual([
      [{ kind: 'renumber', level: 'article', target: { article: { n: 8 } }, to: { article: { n: 7 } } }],
      [
        { kind: 'replaceNode', level: 'article', target: { article: { n: 10 } }, content: { level: 'articles', text: '第十条　甲。' } },
        {
          kind: 'insertNode',
          level: 'article',
          after: { article: { n: 10 } },
          as: { article: { n: 11 } },
          content: { level: 'articles', text: '第十一条　乙。' },
        },
      ],
    ]);
  });
});

describe('a national decision amending several laws', () => {
  const r = parseDecision(national);
  const d = r.value;

  it('puts each item under the law its heading or its own words name', () => {
    expect(r.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(d.amendments.map((a) => [a.label, a.title, a.items.map((i) => i.path)])).toEqual([
      ['一、', '中华人民共和国甲法', ['一']],
      ['二、', '中华人民共和国乙法', ['二（一）', '二（二）']],
      ['', '中华人民共和国丙法', ['三']],
    ]);
    expect(d.amendments[2].items[0].operations[0]).toMatchObject({
      kind: 'replaceText',
      rule: '中华人民共和国丙法',
      scope: [{ article: { n: 7 }, paragraph: 2 }],
    });
    expect(d.closing.map((c) => c.kind)).toEqual(['effective', 'republish']);
  });
});
