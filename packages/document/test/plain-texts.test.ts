import { describe, expect, it } from 'vitest';
import { plainTexts, readLines } from '../src/lines.ts';

/** Payload lines split by search must be the lines readLines cleans, whatever breaks, spaces and marks they hold. */
describe('plainTexts', () => {
  const texts = [
    '',
    '\n',
    '第一条　本办法自公布之日起施行。',
    '  《行政执法证》应当载明以下信息：\n（一）持证人的姓名；\n\n（二）执法类别。  ',
    '# 第一章　总则\n#没有空格\n## \n　第二条　……\n',
    '甲\r\n乙\r丙\n丁',
    '序号\t名称\n1\t办法\n\t备注',
    '第三款\n\n\n第四款\n',
  ];

  it('gives readLines’ texts, and says whether any line may hold a TAB', () => {
    for (const text of texts) {
      const { texts: lines, tabs } = plainTexts(text);
      expect(lines, JSON.stringify(text)).toEqual(readLines(text, 'plain').map((l) => l.text));
      expect(tabs).toBe(text.includes('\t'));
    }
  });
});
