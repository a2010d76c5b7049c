import { describe, expect, it } from 'vitest';
import type { Document } from '@amend/model';
import { render, renderDocx } from '../src/index.ts';
import { doc } from './trees.ts';
import { wellFormed } from './xml.ts';
import { unzipEntry } from './zip.ts';

/** A plan: points 一、（一）, a running paragraph, a 专栏 holding a table. */
const plan: Document = {
  ...doc('某某发展规划', [
    {
      kind: 'point',
      id: 'point_1',
      style: 'dun',
      num: 1,
      label: '一、',
      text: '总体要求',
      children: [
        { kind: 'paragraph', id: 'point_1__para_1', text: '坚持稳中求进。', children: [] },
        { kind: 'point', id: 'point_1__point_1', style: 'paren', num: 1, label: '（一）', text: '指导思想', children: [] },
      ],
    },
    {
      kind: 'box',
      id: 'box_1',
      title: '专栏1　重点工程',
      children: [
        {
          kind: 'table',
          id: 'box_1__table_1',
          rows: [
            ['项目', '投资'],
            ['a<b>', '10|20'],
          ],
        },
      ],
    },
  ]),
  type: 'plan',
};

describe('plans: points, 专栏 and tables', () => {
  it('Markdown: points as paragraphs, the 专栏 as a quote holding a table', () => {
    expect(render(plan, 'md')).toBe(
      [
        '# 某某发展规划',
        '',
        '一、总体要求',
        '',
        '坚持稳中求进。',
        '',
        '（一）指导思想',
        '',
        '> **专栏1　重点工程**',
        '>',
        '> | 项目 | 投资 |',
        '> | --- | --- |',
        '> | a\\<b\\> | 10\\|20 |',
        '',
      ].join('\n'),
    );
  });

  it('HTML: points styled by kind, the 专栏 boxed, cells escaped', () => {
    const html = render(plan, 'html');
    expect(html).toContain(
      '<p class="point point-dun">一、总体要求</p>\n<p>坚持稳中求进。</p>\n<p class="point point-paren">（一）指导思想</p>',
    );
    expect(html).toContain(
      '<aside class="box">\n<p class="box-title">专栏1　重点工程</p>\n<table class="grid">\n<tr><td>项目</td><td>投资</td></tr>\n<tr><td>a&lt;b&gt;</td><td>10|20</td></tr>\n</table>\n</aside>',
    );
    expect(html).not.toContain('<nav');
  });

  it('Akoma Ntoso: points, an hcontainer for the 专栏 and a table inside', () => {
    const xml = render(plan, 'akn');
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<act name="plan">');
    expect(xml).toMatch(
      /<point eId="point_1" class="dun">\s*<num>一、<\/num>\s*<intro>\s*<p>总体要求<\/p>\s*<\/intro>\s*<paragraph eId="point_1__para_1">/,
    );
    expect(xml).toMatch(
      /<hcontainer eId="box_1" name="box">\s*<heading>专栏1　重点工程<\/heading>\s*<hcontainer eId="box_1__table_1" name="table">\s*<content>\s*<table eId="box_1__table_1__tbl">/,
    );
    expect(xml).toContain('<p>a&lt;b&gt;</p>');
  });

  it('docx: the table becomes a Word table', async () => {
    const xml = unzipEntry(await renderDocx(plan), 'word/document.xml') ?? '';
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('>a&lt;b&gt;<');
    expect(xml).toContain('>专栏1　重点工程<');
  });
});
