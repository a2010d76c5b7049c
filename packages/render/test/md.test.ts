import { describe, expect, it } from 'vitest';
import { render } from '../src/index.ts';
import { art, chapter, doc, item, para } from './trees.ts';

const rule = doc(
  '宁夏回族自治区行政执法证件管理办法',
  [
    chapter(1, '总则', [
      art(1, '为了加强行政执法证件管理，制定本办法。'),
      art(2, '本办法适用于本自治区。', '行政执法证件包括《行政执法证》和《行政执法监督证》。'),
    ]),
    chapter(2, '发放', [
      art(
        3,
        para('有下列情形之一的，不予发放《行政执法证》：', [
          item(1, '未经培训考试或者考试不合格的；'),
          item(2, '其他依法不得从事行政执法工作的。'),
        ]),
      ),
    ]),
  ],
  ['2011年5月6日宁夏回族自治区人民政府令第33号公布　根据2022年1月8日宁夏回族自治区人民政府令第119号修改'],
);

describe('Markdown', () => {
  it('prints title, 题注, chapters as ##, bold article numbers and one paragraph per 款 and 项', () => {
    expect(render(rule, 'md')).toBe(
      [
        '# 宁夏回族自治区行政执法证件管理办法',
        '',
        '（2011年5月6日宁夏回族自治区人民政府令第33号公布　根据2022年1月8日宁夏回族自治区人民政府令第119号修改）',
        '',
        '## 第一章　总则',
        '',
        '**第一条**　为了加强行政执法证件管理，制定本办法。',
        '',
        '**第二条**　本办法适用于本自治区。',
        '',
        '行政执法证件包括《行政执法证》和《行政执法监督证》。',
        '',
        '## 第二章　发放',
        '',
        '**第三条**　有下列情形之一的，不予发放《行政执法证》：',
        '',
        '（一）未经培训考试或者考试不合格的；',
        '',
        '（二）其他依法不得从事行政执法工作的。',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup characters so rule text cannot become emphasis, HTML or a list', () => {
    const tricky = doc('办法<b>', [art(1, '处*二*倍罚款<script>x</script>', '1. 不是列表')]);
    const md = render(tricky, 'md');
    expect(md).toContain('# 办法\\<b\\>');
    expect(md).toContain('**第一条**　处\\*二\\*倍罚款\\<script\\>x\\</script\\>');
    expect(md).toContain('\n1\\. 不是列表\n');
    expect(md).not.toContain('<script>');
  });

  it('nests headings one level deeper under a 编', () => {
    const withPart = doc('刑法', [
      { kind: 'part', id: 'part_1', num: 1, title: '总则', children: [chapter(1, '刑法的任务', [art(1, '为了惩罚犯罪，制定本法。')])] },
    ]);
    const md = render(withPart, 'md');
    expect(md).toContain('\n## 第一编　总则\n\n### 第一章　刑法的任务\n\n**第一条**　为了惩罚犯罪，制定本法。\n');
  });
});
