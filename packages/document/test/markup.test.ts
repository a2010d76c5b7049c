import { describe, expect, it } from 'vitest';
import { parseDocument, parseRule, serialize } from '../src/index.ts';

describe('markup in rule text', () => {
  it('keeps what looks like HTML as text: it is part of the rule, and outputs escape it', () => {
    const text = '某办法\n\n第一条　本条含有<b>重要</b>标记和<script>alert(1)</script>字样。\n';
    const doc = parseRule(text).value;
    expect(serialize(doc)).toBe(text);
  });

  it('drops the Markdown bold marks of scanned gazettes, keeping the words', () => {
    const doc = parseDocument('# 某办法\n\n**第一条** 为了**规范**管理，制定本办法。\n').value;
    expect(serialize(doc)).toBe('某办法\n\n第一条　为了规范管理，制定本办法。\n');
  });
});

describe('a 目录 printed as bare headings, without its 目录 line', () => {
  const text = [
    '# 某某法院关于适用《某某法》的解释',
    '',
    '2022年3月22日 某某法院审判委员会第1866次会议通过',
    '',
    '<!-- INFO END -->',
    '',
    '## 二、回避',
    '',
    '## 三、附则',
    '',
    '为正确适用某某法，制定本解释。',
    '',
    '## 一、管辖',
    '',
    '第一条　甲案件由中级人民法院管辖。',
    '',
    '## 二、回避',
    '',
    '第二条　审判人员有下列情形之一的，应当回避。',
    '',
    '## 三、附则',
    '',
    '第三条　本解释自公布之日起施行。',
    '',
  ].join('\n');

  it('headings with nothing under them that come back later with articles are the 目录, not empty chapters', () => {
    const doc = parseRule(text).value;
    expect(doc.toc).toEqual(['二、回避', '三、附则']);
    expect(doc.preamble.map((p) => p.text)).toEqual(['为正确适用某某法，制定本解释。']);
    expect(doc.children.map((c) => (c.kind === 'chapter' ? [c.title, c.children.length] : c.kind))).toEqual([
      ['一、管辖', 1],
      ['二、回避', 1],
      ['三、附则', 1],
    ]);
    // Written with a 目录 line, it reads back the same.
    const again = parseRule(serialize(doc)).value;
    expect(again.toc).toEqual(doc.toc);
    expect(again.children.length).toBe(3);
  });

  it('headings that never come back are chapters of their own', () => {
    const doc = parseRule(
      ['# 某某办法', '', '## 第一章　总则', '', '## 第一节　一般规定', '', '第一条　为了管理，制定本办法。', ''].join('\n'),
    ).value;
    expect(doc.toc).toEqual([]);
  });
});
