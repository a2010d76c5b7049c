import { describe, expect, it } from 'vitest';
import { render } from '../src/index.ts';
import { art, chapter, doc, item, para } from './trees.ts';

const rule = doc(
  '行政执法证件管理办法',
  [
    chapter(1, '总则', [art(1, '为了加强行政执法证件管理，制定本办法。')]),
    chapter(2, '发放', [art(8, para('有下列情形之一的，不予发放：', [item(1, '未经培训的；')]), '第二款。')]),
  ],
  ['2011年5月6日公布'],
);

describe('HTML', () => {
  const html = render(rule, 'html');

  it('is one standalone zh-CN page with inline CSS', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|<script/);
    expect(html).toContain('<title>行政执法证件管理办法</title>');
  });

  it('centres title and 题注 and anchors every article by its number', () => {
    expect(html).toContain('<h1>行政执法证件管理办法</h1>\n<p class="note">（2011年5月6日公布）</p>');
    expect(html).toContain(
      '<div class="article" id="art_1">\n<p><b class="num">第一条</b>　为了加强行政执法证件管理，制定本办法。</p>\n</div>',
    );
    expect(html).toContain(
      '<div class="article" id="art_8">\n<p><b class="num">第八条</b>　有下列情形之一的，不予发放：</p>\n<p class="item">（一）未经培训的；</p>\n<p>第二款。</p>\n</div>',
    );
  });

  it('links chapters from a navigation list', () => {
    expect(html).toContain(
      '<nav class="toc">\n<ol>\n<li><a href="#chp_1">第一章　总则</a></li>\n<li><a href="#chp_2">第二章　发放</a></li>\n</ol>\n</nav>',
    );
    expect(html).toContain('<h2 class="chapter" id="chp_1">第一章　总则</h2>');
  });

  it('escapes rule text, title and 题注', () => {
    const evil = doc('办法<script>alert(1)</script>', [art(1, '罚款<b>五千</b>元 & "没收"')], ['<img src=x onerror=alert(1)>']);
    const out = render(evil, 'html');
    expect(out).not.toMatch(/<script>|<b>五千|<img/);
    expect(out).toContain('<h1>办法&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(out).toContain('罚款&lt;b&gt;五千&lt;/b&gt;元 &amp; &quot;没收&quot;');
    expect(out).toContain('（&lt;img src=x onerror=alert(1)&gt;）');
  });

  it('keeps anchors unique when a defective source repeats an article number', () => {
    const twice = doc('办法', [art(3, '甲。'), art(3, '乙。')]);
    const out = render(twice, 'html');
    expect(out).toContain('id="art_3"');
    expect(out).toContain('id="art_3_2"');
  });
});
