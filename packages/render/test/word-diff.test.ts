import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff, type Chunk } from '../src/index.ts';

const changes = (chunks: Chunk[]) => chunks.filter((c) => c.type !== 'equal').map((c) => `${c.type}:${c.text}`);

describe('wordDiff', () => {
  it('replaces whole words, as 将“工商行政管理部门”修改为“市场监督管理部门” does', () => {
    const before = '县级以上人民政府工商行政管理部门负责本行政区域内的监督管理工作。';
    const after = '县级以上人民政府市场监督管理部门负责本行政区域内的监督管理工作。';
    // Character by character only 工商行政 → 市场监督 differs (管理 is common); as words, 行政管理 and 管理 differ.
    expect(wordDiff(before, after)).toEqual([
      { type: 'equal', text: '县级以上人民政府' },
      { type: 'del', text: '工商行政管理' },
      { type: 'ins', text: '市场监督管理' },
      { type: 'equal', text: '部门负责本行政区域内的监督管理工作。' },
    ]);
  });

  it('strikes a whole word when one character of it changes (帐簿 → 账簿)', () => {
    expect(
      changes(wordDiff('各单位必须依法设置会计帐簿，并保证其真实、完整。', '各单位必须依法设置会计账簿，并保证其真实、完整。')),
    ).toEqual(['del:帐簿', 'ins:账簿']);
  });

  it('keeps article references whole: 第十四条 → 第十三条, not 四 → 三', () => {
    expect(changes(wordDiff('依照本规定第十四条处理。', '依照本规定第十三条处理。'))).toEqual(['del:第十四条', 'ins:第十三条']);
  });

  it('folds a one-character equal run between two changes into one change', () => {
    expect(changes(wordDiff('适用第三条和第五条的规定。', '适用第四条和第六条的规定。'))).toEqual([
      'del:第三条和第五条',
      'ins:第四条和第六条',
    ]);
  });

  it('folds a lone reference between two changes into them: 第十条、第十一条 → 第十一条、第十二条', () => {
    // Decree 119 三 renumbers old 第十条 and 第十一条 to 第十一条 and 第十二条: the two 第十一条 are different articles.
    expect(wordDiff('为不符合本办法第十条、第十一条规定的人员', '为不符合本办法第十一条、第十二条规定的人员')).toEqual([
      { type: 'equal', text: '为不符合本办法' },
      { type: 'del', text: '第十条、第十一条' },
      { type: 'ins', text: '第十一条、第十二条' },
      { type: 'equal', text: '规定的人员' },
    ]);
  });

  it('keeps two changes apart across punctuation', () => {
    expect(changes(wordDiff('适用第三条、第五条的规定。', '适用第四条、第六条的规定。'))).toEqual([
      'del:第三条',
      'ins:第四条',
      'del:第五条',
      'ins:第六条',
    ]);
  });

  it('slides a lone deletion onto punctuation so whole citations are struck', () => {
    // 民间借贷规定's 引言, 2015 → 2020: the four civil laws give way to 民法典.
    const before =
      '根据《中华人民共和国民法通则》《中华人民共和国物权法》《中华人民共和国担保法》《中华人民共和国合同法》《中华人民共和国民事诉讼法》等相关法律之规定';
    const after = '根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等相关法律之规定';
    expect(wordDiff(before, after)).toEqual([
      { type: 'equal', text: '根据《中华人民共和国民法' },
      { type: 'del', text: '通则' },
      { type: 'ins', text: '典' },
      { type: 'equal', text: '》' },
      { type: 'del', text: '《中华人民共和国物权法》《中华人民共和国担保法》《中华人民共和国合同法》' },
      { type: 'equal', text: '《中华人民共和国民事诉讼法》等相关法律之规定' },
    ]);
  });

  it('gives no change for equal texts and one insertion for an empty old text', () => {
    expect(wordDiff('同一文本。', '同一文本。')).toEqual([{ type: 'equal', text: '同一文本。' }]);
    expect(wordDiff('', '新增一条。')).toEqual([{ type: 'ins', text: '新增一条。' }]);
  });

  it('inserts a new first paragraph whole when the old paragraph follows it unchanged (会计法 2024, old 第四十九条)', () => {
    const old = '违反本法规定，同时违反其他法律规定的，由有关部门在各自职权范围内依法进行处罚。';
    const added = '因违反本法规定受到处罚的，按照国家有关规定记入信用记录。';
    // Word by word alone, the new paragraph's 违反本法规定 would be taken for the old one's.
    expect(wordDiff(old, `${added}\n${old}`)).toEqual([
      { type: 'ins', text: `${added}\n` },
      { type: 'equal', text: old },
    ]);
  });

  it('diffs word by word between the lines both texts keep', () => {
    expect(wordDiff('第一款。\n由工商部门处理。\n第三款。', '第一款。\n由市场监督管理部门处理。\n第三款。')).toEqual([
      { type: 'equal', text: '第一款。\n由' },
      { type: 'del', text: '工商' },
      { type: 'ins', text: '市场监督管理' },
      { type: 'equal', text: '部门处理。\n第三款。' },
    ]);
  });

  it('always rebuilds both texts from its chunks', () => {
    const legal = fc.constantFrom(
      '第一条',
      '第十四条',
      '人民政府',
      '部门',
      '应当',
      '，',
      '。',
      '（一）',
      '\n',
      '管理',
      '工商',
      '市场',
      '的',
      'a<b>',
      '2020',
    );
    const text = fc.array(legal, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const chunks = wordDiff(a, b);
        const side = (skip: Chunk['type']) =>
          chunks
            .filter((c) => c.type !== skip)
            .map((c) => c.text)
            .join('');
        return side('ins') === a && side('del') === b && chunks.every((c) => c.text.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
