import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import type { Document } from '@amend/model';
import { comparisonHtml, comparisonMd, comparisonTable, diffDocuments, FORMATS, redlineHtml, redlineMd, render } from '../src/index.ts';
import { findArticle } from './trees.ts';

const shared = new URL('../../../../shared/corpus/', import.meta.url);

function load(path: string): Document {
  const url = new URL(path, shared);
  return parseRule(readFileSync(url, 'utf8'), { file: decodeURIComponent(url.pathname) }).value;
}

const triple = 'triples/spc2020-civ27-s27-minjian-jiedai/';
const jiedaiBefore = load(`${triple}before.md`);
const jiedaiAfter = load(`${triple}after.md`);
const kuaijiBefore = load('laws/经济法/会计法(2017-11-04).md');
const kuaijiAfter = load('laws/经济法/会计法(2024-06-28).md');

describe('民间借贷规定, 2020 amendment (section 二十七 of the 二十七件 decision)', () => {
  it('aligns as the decision says: 删除第十条, the rest one number down, rewritten articles paired', () => {
    const changes = diffDocuments(jiedaiBefore, jiedaiAfter);
    const at = (n: number) => changes.find((c) => c.before.some((b) => b.num.n === n));
    expect(at(10)).toMatchObject({ status: 'deleted', after: [] });
    expect(at(11)).toMatchObject({ status: 'renumbered', textChanged: true, after: [{ num: { n: 10 } }] });
    expect(at(15)).toMatchObject({ status: 'renumbered', textChanged: false, after: [{ num: { n: 14 } }] });
    // 7.将第三十二条修改为: rewritten enough to fall below the general bar, paired by its place.
    expect(at(32)).toMatchObject({ status: 'renumbered', textChanged: true, after: [{ num: { n: 31 } }] });
    expect(changes.filter((c) => c.status === 'inserted')).toEqual([]);
  });

  it('opens the 对照表 with the rewritten 引言, whole citations struck', () => {
    const rows = comparisonTable({ before: jiedaiBefore, after: jiedaiAfter, changes: diffDocuments(jiedaiBefore, jiedaiAfter) });
    expect(rows[0].kind).toBe('preamble');
    expect(rows[0].left?.lines[0]).toContainEqual({
      type: 'del',
      text: '《中华人民共和国物权法》《中华人民共和国担保法》《中华人民共和国合同法》',
    });
    expect(rows[0].right?.lines[0]).toContainEqual({ type: 'ins', text: '典' });
    expect(rows[1]).toMatchObject({ kind: 'article', status: 'deleted', left: { label: '第十条' }, right: undefined });
  });

  it('redlines old 第十一条 against new 第十条 word by word', () => {
    const html = redlineHtml(findArticle(jiedaiBefore, 11), findArticle(jiedaiAfter, 10));
    expect(html).toContain('<del>第十一条</del><ins>第十条</ins>');
    expect(html).toContain(
      '除存在<del>《中华人民共和国合同法》第五十二条</del><ins>民法典第一百四十六条、第一百五十三条、第一百五十四条</ins>以及本规定<del>第十四条</del><ins>第十三条</ins>规定的情形外',
    );
    expect(html).toContain('当事人主张民间借贷合同有效的，人民法院应予支持。</p>');
  });
});

describe('会计法 2017 → 2024, two versions without the amending decision', () => {
  it('redlines 第三条: 帐簿 became 账簿', () => {
    const md = redlineMd(findArticle(kuaijiBefore, 3), findArticle(kuaijiAfter, 3));
    expect(md).toBe('第三条　各单位必须依法设置会计<del>帐簿</del><ins>账簿</ins>，并保证其真实、完整。\n');
  });

  it('redlines 第十条: the lead-in now names 各单位 and the items are rewritten', () => {
    const html = redlineHtml(findArticle(kuaijiBefore, 10), findArticle(kuaijiAfter, 10));
    expect(html).toContain('<ins>各单位应当对</ins>下列经济业务事项<del>，应当</del>办理会计手续');
    expect(html).toContain('<del>款项和有价证券的收付</del>');
    expect(html).toContain('<ins>资产的增减和使用</ins>');
  });

  it('finds the 2024 deletion of the special chapter: old 第二十四条 and 第二十五条 gone, 第二十六条 now 第二十四条', () => {
    const changes = diffDocuments(kuaijiBefore, kuaijiAfter);
    const at = (n: number) => changes.find((c) => c.before.some((b) => b.num.n === n));
    expect(at(24)?.status).toBe('deleted');
    expect(at(25)?.status).toBe('deleted');
    expect(at(26)).toMatchObject({ status: 'renumbered', after: [{ num: { n: 24 } }] });
    expect(at(3)).toMatchObject({ status: 'modified', textChanged: true });
    expect(at(1)).toMatchObject({ status: 'unchanged' });
  });
});

describe('rendering is a pure function', () => {
  it('gives identical output when run twice, in every format', () => {
    for (const d of [kuaijiAfter, jiedaiBefore]) {
      for (const format of FORMATS) expect(render(d, format)).toBe(render(d, format));
    }
    const c = { before: kuaijiBefore, after: kuaijiAfter, changes: diffDocuments(kuaijiBefore, kuaijiAfter) };
    expect(comparisonHtml(c)).toBe(comparisonHtml(c));
    expect(comparisonMd(c)).toBe(comparisonMd(c));
    expect(render(kuaijiAfter, 'akn', c)).toBe(render(kuaijiAfter, 'akn', c));
  });

  it('does not change the tree it is given', () => {
    const snapshot = JSON.stringify(kuaijiAfter);
    for (const format of FORMATS) render(kuaijiAfter, format);
    expect(JSON.stringify(kuaijiAfter)).toBe(snapshot);
  });

  it('prints every article of a real rule in every format', () => {
    const html = render(kuaijiAfter, 'html');
    const md = render(kuaijiAfter, 'md');
    const akn = render(kuaijiAfter, 'akn');
    for (const n of [1, 24, 51]) {
      expect(html).toContain(`id="art_${n}"`);
      expect(akn).toContain(`<article eId="art_${n}">`);
    }
    expect(md).toContain('\n**第五十一条**　');
    expect(JSON.parse(render(kuaijiAfter, 'json'))).toEqual(JSON.parse(JSON.stringify(kuaijiAfter)));
  });
});
