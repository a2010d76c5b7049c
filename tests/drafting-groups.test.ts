import { describe, expect, it } from 'vitest';
import { familyRule } from './family-rule.ts';

/**
 * Families of how a decision groups and aims its instructions, end to end on
 * one small hand-written rule: a group heading in the words 作出如下修改, 所有的
 * for every occurrence, one text given to provisions of several articles, 前两项,
 * 原第二款 after an earlier item added a 款.
 * Every expected line is worked out from the words of the instruction.
 */
const TITLE = '某某市大气污染防治条例';
const RULE = `${TITLE}
（2015年1月1日某某市人民代表大会常务委员会公布）

第一条　为了防治大气污染，制定本条例。

第二条　发生重污染天气时，应急指挥机构启动应急预案；应急预案应当向社会公布。

第三条　申请许可，应当具备下列条件：
（一）有固定场所；
（二）年满十八周岁；
（三）有相应设备。

第四条　申请备案，应当具备下列条件：
（一）有专业人员；
（二）年满十八周岁；
（三）有管理制度。

第五条　本条例自2015年3月1日起施行。
`;

const { original: ORIGINAL, run, apply, withLines } = familyRule(TITLE, RULE);

describe('group headings', () => {
  it('对部分条文作出如下修改： heads numbered items and gives no instruction itself', () => {
    const items = [
      '一、将第一条中的“防治”修改为“防止”。',
      '',
      '二、对部分条文作出如下修改：',
      '',
      '1.将第三条第一项中的“固定”修改为“固定的”。',
      '',
      '2.将第四条第一项中的“专业”修改为“专业技术”。',
    ].join('\n');
    expect(apply(items)).toEqual(
      withLines({ 0: '第一条　为了防止大气污染，制定本条例。', 3: '（一）有固定的场所；', 7: '（一）有专业技术人员；' }),
    );
  });
});

describe('所有的: every occurrence, as 中的', () => {
  it('将本条所有的“A”修改为“B” on a line of its own names the article of the item', () => {
    const items = ['一、将第二条中的“重污染天气”修改为“重污染天气预警”。', '', '将本条所有的“应急”修改为“应对”。'].join('\n');
    expect(apply(items)).toEqual(withLines({ 1: '第二条　发生重污染天气预警时，应对指挥机构启动应对预案；应对预案应当向社会公布。' }));
  });

  it('将第二条中所有的“A”修改为“B”', () => {
    expect(apply('一、将第二条中所有的“应急”修改为“应对”。')).toEqual(
      withLines({ 1: '第二条　发生重污染天气时，应对指挥机构启动应对预案；应对预案应当向社会公布。' }),
    );
  });
});

describe('one text for provisions of several articles', () => {
  it('第三条第二项、第四条第二项修改为“（二）…”: each 项 named becomes that text', () => {
    const item = '一、将第三条第二项、第四条第二项修改为“（二）年满十八周岁，具有完全民事行为能力；”。';
    expect(apply(item)).toEqual(
      withLines({ 4: '（二）年满十八周岁，具有完全民事行为能力；', 8: '（二）年满十八周岁，具有完全民事行为能力；' }),
    );
  });

  it('the original is what the expectations above change', () => {
    expect(ORIGINAL[4]).toBe('（二）年满十八周岁；');
    expect(ORIGINAL[8]).toBe('（二）年满十八周岁；');
    expect(ORIGINAL[7]).toBe('（一）有专业人员；');
  });
});

describe('前N项: the first N of the unit', () => {
  it('将第三条前两项修改为 with two quoted 项 replaces 第一项 and 第二项', () => {
    const items = ['一、将第三条前两项修改为：', '“（一）有固定的经营场所；', '“（二）年满二十周岁；”'].join('\n');
    expect(apply(items)).toEqual(withLines({ 3: '（一）有固定的经营场所；', 4: '（二）年满二十周岁；' }));
  });

  it('将第三条前两款修改为 with two quoted 款 replaces 第一款 (its 项 with it) and 第二款; 第三款 stays', () => {
    const three = familyRule(
      TITLE,
      RULE.replace('（三）有相应设备。', '（三）有相应设备。\n许可证有效期为三年。\n有效期届满需要延续的，应当提出申请。'),
    );
    const items = '一、将第三条前两款修改为：“申请许可，应当有固定场所。”“许可证有效期为五年。”';
    expect(three.apply(items).slice(2, 6)).toEqual([
      '第三条　申请许可，应当有固定场所。',
      '许可证有效期为五年。',
      '有效期届满需要延续的，应当提出申请。',
      '第四条　申请备案，应当具备下列条件：',
    ]);
  });
});

describe('原第二款: the number before an earlier item of the decision', () => {
  it('after 增加一款，作为第二款, 第三条原第二款 is the 款 that was second', () => {
    const three = familyRule(TITLE, RULE.replace('（三）有相应设备。', '（三）有相应设备。\n许可证有效期为三年。'));
    const items = [
      '一、在第三条中增加一款，作为第二款：“许可证由市生态环境部门颁发。”',
      '',
      '二、将第三条原第二款中的“三年”修改为“五年”。',
    ].join('\n');
    expect(three.apply(items).slice(2, 8)).toEqual([
      '第三条　申请许可，应当具备下列条件：',
      '（一）有固定场所；',
      '（二）年满十八周岁；',
      '（三）有相应设备。',
      '许可证由市生态环境部门颁发。',
      '许可证有效期为五年。',
    ]);
  });
});

describe('several places, several texts', () => {
  it('第三条第二项、第四条第二项修改为“（二）…”“（二）…”: one quotation per place, in order', () => {
    const item = '一、将第三条第二项、第四条第二项修改为：“（二）年满二十周岁；”“（二）具有完全民事行为能力；”';
    expect(apply(item)).toEqual(withLines({ 4: '（二）年满二十周岁；', 8: '（二）具有完全民事行为能力；' }));
  });

  it('a 项 text labelled （二） is not given to a third 项', () => {
    const { errors } = run('一、将第三条第二项、第四条第三项修改为“（二）年满十八周岁，具有完全民事行为能力；”。');
    expect(errors.map((e) => e.ruleId)).toEqual(['decision/payload-count-mismatch']);
  });
});
