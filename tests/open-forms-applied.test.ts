import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * Forms of real decisions left open by the earlier samples, end to end on one
 * small hand-written rule (decision text → operations → consolidated rule).
 * Every expected line is worked out from the words of the instruction.
 */
const TITLE = '某某市甲事务条例';
const RULE = `${TITLE}
（2010年1月1日某某市人民代表大会常务委员会通过）

第一条　为了规范甲事务，制定本条例。

第二条　下列行为禁止：
（一）占用甲地；
（二）损坏乙物的设施；
（三）丙行为；
（四）丁行为；
（五）戊行为。
违反前款规定的，予以处罚。

第三条　有关的部门应当提前参与有关方面的工作。

第四条　本条例自公布之日起施行。
`;

const { apply, run, withLines, original } = familyRule(TITLE, RULE);

describe('words of one place, then another place whole', () => {
  it('删去第二条第一款第二项中的“A”和第五项: the words go from 项 2, 项 5 goes and the list closes on 项 4', () => {
    const lines = apply('一、删去第二条第一款第二项中的“的设施”和第五项。');
    expect(lines).toEqual([...original.slice(0, 3), '（二）损坏乙物；', '（三）丙行为；', '（四）丁行为。', ...original.slice(7)]);
  });
});

describe('the verb before the place', () => {
  it('修改第二条第二款为：… (unquoted): the 款 restated', () => {
    expect(apply('一、修改第二条第二款为：违反前款规定的，处以罚款。')).toEqual(withLines({ 7: '违反前款规定的，处以罚款。' }));
  });
});

describe('words deleted beside other words', () => {
  it('将第三条“A”后的“B”删除', () => {
    expect(apply('一、将第三条“提前参与”后的“有关方面的”删除。')).toEqual(withLines({ 8: '第三条　有关的部门应当提前参与工作。' }));
  });
});

describe('a 项 restated and given another number in its own 款, the article keeping its number', () => {
  it('第二条第一款第二项修改为：“…”，并调整为第一项，同时删去第一款第五项、第二款', () => {
    const lines = apply('一、第二条第一款第二项修改为：“（二）损坏乙物；”，并调整为第一项，同时删去第一款第五项、第二款。');
    expect(lines).toEqual([
      '第一条　为了规范甲事务，制定本条例。',
      '第二条　下列行为禁止：',
      '（一）损坏乙物；',
      '（二）占用甲地；',
      '（三）丙行为；',
      '（四）丁行为。',
      '第三条　有关的部门应当提前参与有关方面的工作。',
      '第四条　本条例自公布之日起施行。',
    ]);
  });
});

describe('a 项 restated with the label of the number it is moved to', () => {
  it('第二条第一款第二项修改为：“（一）…”，并调整为第一项: the label agrees with the move, the 项 goes first', () => {
    expect(apply('一、第二条第一款第二项修改为：“（一）损坏乙物；”，并调整为第一项。')).toEqual(
      withLines({ 2: '（一）损坏乙物；', 3: '（二）占用甲地；' }),
    );
  });

  it('将第二条改为第一条，第一款第二项修改为：“（一）…”，并调整为第一项: the same with the article renumbered', () => {
    const { errors, lines } = run('一、删去第一条。\n\n二、将第二条改为第一条，第一款第二项修改为：“（一）损坏乙物；”，并调整为第一项。');
    expect(errors).toEqual([]);
    expect(lines.slice(0, 3)).toEqual(['第一条　下列行为禁止：', '（一）损坏乙物；', '（二）占用甲地；']);
  });

  it('a label that is neither its number nor the one it is moved to still says two different things', () => {
    const { errors } = run('一、第二条第一款第二项修改为：“（三）损坏乙物；”，并调整为第一项。');
    expect(errors.map((e) => e.ruleId)).toEqual(['engine/renumber-mismatch']);
  });
});

describe('a reply (批复) with points: its 答复内容 or 正文 restated', () => {
  const title = '最高人民法院关于甲乙问题的批复';
  const asked = '你院《关于甲乙问题的请示》收悉。经研究，答复如下：';
  const reply = familyRule(
    title,
    [
      title,
      '（2001年1月1日最高人民法院审判委员会第1次会议通过）',
      '',
      '某某省高级人民法院：',
      '',
      asked,
      '',
      '一、当事人持甲证明书的，人民法院应予受理。',
      '',
      '二、当事人持乙证明书的，人民法院不予受理。',
      '',
      '此复。',
      '',
    ].join('\n'),
  );

  it('将答复内容修改为：“一、…”“二、…”“三、…”: the points give way to the new ones; addressee, the 收悉 paragraph and 此复 stay', () => {
    expect(
      reply.apply(
        '将答复内容修改为：\n“一、当事人持甲证明书的，人民法院应予受理。\n“二、当事人持乙证明书的，人民法院应予受理，并依法审查。\n“三、当事人持丙证明书的，人民法院不予受理。”',
      ),
    ).toEqual([
      '某某省高级人民法院：',
      asked,
      '一、当事人持甲证明书的，人民法院应予受理。',
      '二、当事人持乙证明书的，人民法院应予受理，并依法审查。',
      '三、当事人持丙证明书的，人民法院不予受理。',
      '此复。',
    ]);
  });

  it('将正文修改为：“…”: the 收悉 paragraph and the points give way to the text (here without points)', () => {
    expect(
      reply.apply(
        '将正文修改为：\n“你院《关于甲乙问题的请示》收悉。经研究，批复如下：\n“当事人持甲证明书或者乙证明书的，人民法院应予受理。”',
      ),
    ).toEqual([
      '某某省高级人民法院：',
      '你院《关于甲乙问题的请示》收悉。经研究，批复如下：',
      '当事人持甲证明书或者乙证明书的，人民法院应予受理。',
      '此复。',
    ]);
  });

  it('a change of words in the 答复内容 of several points, or its deletion: an error, nothing applied', () => {
    expect(reply.run('将答复内容中的“证明书”修改为“证书”。').errors.map((e) => e.ruleId)).toEqual(['engine/unsupported-operation']);
    expect(reply.run('删去答复内容。').errors.map((e) => e.ruleId)).toEqual(['engine/unsupported-operation']);
  });
});
