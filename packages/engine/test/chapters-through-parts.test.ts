import { describe, expect, it } from 'vitest';
import { serialize } from '@amend/document';
import { amend, bodyLines, frag, rule } from './helpers.ts';

/**
 * Codes that number their chapters through all their parts (民事诉讼法: 第一编
 * has 第一章 to 第十一章, 第二编 opens with 第十二章) keep doing so when a
 * chapter or section is added; codes whose parts restart at 第一章 (刑法) keep
 * restarting. Expected lines written from that convention.
 */
const T = '某某诉讼法';
const through = rule(`${T}

第一编　总则

第一章　任务

第一条　本法的任务。

第二章　管辖

第二条　管辖的规定。

第二编　审判程序

第三章　第一审程序

第一节　起诉

第三条　起诉的条件。

第四章　第二审程序

第四条　上诉的期限。
`);

const restart = rule(`${T}

第一编　总则

第一章　任务

第一条　本法的任务。

第二编　分则

第一章　罪名

第二条　罪名的规定。
`);

const errors = (c: ReturnType<typeof amend>) => c.diagnostics.filter((d) => d.severity === 'error');

describe('chapters numbered through the parts', () => {
  it('a section added in 第三章 leaves 第三章 and 第四章 as they are', () => {
    const c = amend(through, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'section',
            parent: { chapter: 3 },
            as: { section: 2 },
            content: frag('第二节　审理\n第四条　审理的方式。', 'section'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after))).toEqual([
      '第一编　总则',
      '第一章　任务',
      '第一条　本法的任务。',
      '第二章　管辖',
      '第二条　管辖的规定。',
      '第二编　审判程序',
      '第三章　第一审程序',
      '第一节　起诉',
      '第三条　起诉的条件。',
      '第二节　审理',
      '第四条　审理的方式。',
      '第四章　第二审程序',
      '第五条　上诉的期限。',
    ]);
  });

  it('在第一编中增加一章: the chapters of the second part move on by one', () => {
    const c = amend(through, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            parent: { part: 1 },
            as: { chapter: 3 },
            content: frag('第三章　回避\n第三条　回避的规定。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after)).filter((l) => /^第.+[编章]　/.test(l))).toEqual([
      '第一编　总则',
      '第一章　任务',
      '第二章　管辖',
      '第三章　回避',
      '第二编　审判程序',
      '第四章　第一审程序',
      '第五章　第二审程序',
    ]);
  });

  it('parts that restart at 第一章 keep restarting', () => {
    const c = amend(restart, T, [
      [
        '一',
        [
          {
            kind: 'insertNode',
            level: 'chapter',
            parent: { part: 1 },
            as: { chapter: 2 },
            content: frag('第二章　效力\n第二条　本法的效力。', 'chapter'),
          },
        ],
      ],
    ]);
    expect(errors(c)).toEqual([]);
    expect(bodyLines(serialize(c.after)).filter((l) => /^第.+[编章]　/.test(l))).toEqual([
      '第一编　总则',
      '第一章　任务',
      '第二章　效力',
      '第二编　分则',
      '第一章　罪名',
    ]);
  });
});
