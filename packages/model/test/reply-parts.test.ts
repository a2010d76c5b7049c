import { describe, expect, it } from 'vitest';
import { replyParts } from '../src/index.ts';

const paras = (...texts: string[]) => texts.map((text) => ({ text }));

describe('replyParts: what 正文 and 答复内容 of a reply name', () => {
  it('addressee, 收悉 … 答复如下：, the answer, 此复: 正文 is the middle two, 答复内容 the answer', () => {
    expect(replyParts(paras('甲省高级人民法院：', '你院请示收悉。经研究，答复如下：', '乙。', '丙。', '此复。'))).toEqual({
      body: { from: 1, to: 4 },
      answer: { from: 2, to: 4 },
    });
  });

  it('the answer run on in the 收悉 paragraph: 正文 only; without 此复 正文 runs to the end', () => {
    expect(replyParts(paras('甲省高级人民法院：', '你院请示收悉。经研究，我们认为，乙。'))).toEqual({ body: { from: 1, to: 2 } });
  });

  it('no addressee line (the first paragraph is a sentence): nothing is named', () => {
    expect(replyParts(paras('为了甲，作如下规定：', '乙。', '此复。'))).toEqual({});
    expect(replyParts(paras('近来，有的法院请示甲问题。经研究，批复如下：', '乙。'))).toEqual({});
    expect(replyParts(paras('甲省高级人民法院：', '此复。'))).toEqual({});
  });
});
