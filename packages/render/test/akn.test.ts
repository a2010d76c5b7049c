import { describe, expect, it } from 'vitest';
import type { Article, Consolidation, Document } from '@amend/model';
import { render } from '../src/index.ts';
import { art, change, chapter, doc, item, para } from './trees.ts';
import { wellFormed } from './xml.ts';

const before: Document = {
  ...doc(
    '某某管理办法',
    [
      chapter(1, '总则', [
        art(1, '为了规范管理，制定本办法。'),
        art(2, '本办法所称证件，是指执法证。'),
        art(3, '县级以上人民政府工商行政管理部门负责监督。'),
      ]),
    ],
    ['2011年5月6日公布'],
  ),
  meta: { promulgated: '2011-05-06' },
};

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const inserted = { ...art(3, '证件实行年审制度。'), origin: { decision: '关于修改某某管理办法的决定', item: '三', op: 0, span } };
const after: Document = {
  ...doc(
    '某某管理办法',
    [chapter(1, '总则', [art(1, '为了规范管理，制定本办法。'), art(2, '县级以上人民政府市场监督管理部门负责监督。'), inserted])],
    ['2011年5月6日公布　根据2022年1月8日关于修改某某管理办法的决定修改'],
  ),
  meta: { promulgated: '2011-05-06' },
};

describe('Akoma Ntoso', () => {
  const rule = doc('办法', [
    chapter(1, '总则', [art(8, para('有下列情形之一的，不予发放：', [item(1, '未经培训的；'), item(2, '考试不合格的。')]), '第二款。')]),
  ]);
  const xml = render(rule, 'akn');

  it('is a well-formed act with chapters, articles, paragraphs and points', () => {
    expect(
      xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'),
    ).toBe(true);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<act name="rule">');
    expect(xml).toMatch(/<chapter eId="chp_1">\s*<num>第一章<\/num>\s*<heading>总则<\/heading>/);
    expect(xml).toMatch(
      /<article eId="art_8">\s*<num>第八条<\/num>\s*<paragraph eId="art_8__para_1">\s*<intro>\s*<p>有下列情形之一的，不予发放：<\/p>\s*<\/intro>\s*<point eId="art_8__para_1__item_1">\s*<num>（一）<\/num>\s*<content>\s*<p>未经培训的；<\/p>/,
    );
    expect(xml).toMatch(/<paragraph eId="art_8__para_2">\s*<content>\s*<p>第二款。<\/p>/);
    expect(xml).toContain('<docTitle>办法</docTitle>');
  });

  it('writes no passive modifications without a consolidation', () => {
    expect(xml).not.toContain('passiveModifications');
  });

  it('escapes text in elements and attributes', () => {
    const evil = render(doc('办法<script>', [art(1, 'a<b>&c')], ['"注"']), 'akn');
    expect(wellFormed(evil)).toBe(true);
    expect(evil).toContain('<docTitle>办法&lt;script&gt;</docTitle>');
    expect(evil).toContain('<FRBRname value="办法&lt;script&gt;"/>');
    expect(evil).toContain('<p>a&lt;b&gt;&amp;c</p>');
    expect(evil).toContain('（&quot;注&quot;）');
  });
});

function articlesOf(d: Document): Article[] {
  return d.children.flatMap((c) => (c.kind === 'chapter' ? c.children.filter((a): a is Article => a.kind === 'article') : []));
}

describe('Akoma Ntoso passive modifications', () => {
  const [a1, a2, a3] = articlesOf(before);
  const [b1, b2, b3] = articlesOf(after);
  const c: Consolidation = {
    before,
    after,
    references: [],
    applied: [],
    diagnostics: [],
    changes: [
      change('unchanged', [a1], [b1], false),
      change('deleted', [a2], [], true, ['一']),
      change('renumbered', [a3], [b2], true, ['二']),
      change('inserted', [], [b3], true, ['三']),
    ],
  };
  const xml = render(after, 'akn', c);

  it('records each change of the consolidation, with its decision item', () => {
    expect(wellFormed(xml)).toBe(true);
    const mods = [...xml.matchAll(/<textualMod type="(\w+)" eId="(pmod_\d+)">/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(mods).toEqual(['repeal:pmod_1', 'renumbering:pmod_2', 'substitution:pmod_3', 'insertion:pmod_4']);
    const iri = '/akn/cn/act/关于修改某某管理办法的决定';
    // Old eIds point into the version before the decision, never at today's article of that number.
    const old = '/akn/cn/act/2011-05-06/某某管理办法/zho@2011-05-06';
    expect(xml).toMatch(
      new RegExp(
        `<textualMod type="repeal" eId="pmod_1">\\s*<source href="${iri}#一"/>\\s*<destination href="${old}#art_2"/>\\s*</textualMod>`,
      ),
    );
    expect(xml).toMatch(
      new RegExp(
        `<textualMod type="renumbering" eId="pmod_2">\\s*<source href="${iri}#二"/>\\s*<destination href="#art_2"/>\\s*<old href="${old}#art_3"/>`,
      ),
    );
    expect(xml).toMatch(
      new RegExp(`<textualMod type="insertion" eId="pmod_4">\\s*<source href="${iri}#三"/>\\s*<destination href="#art_3"/>`),
    );
    expect(xml).toContain(`<passiveRef eId="amendment" href="${iri}" showAs="关于修改某某管理办法的决定"/>`);
  });

  it('dates the consolidated expression by the amendment its 题注 records, not by the original', () => {
    expect(xml).toContain('<FRBRuri value="/akn/cn/act/2011-05-06/某某管理办法"/>');
    expect(xml).toContain('<FRBRuri value="/akn/cn/act/2011-05-06/某某管理办法/zho@2022-01-08"/>');
    expect(xml).toContain('<FRBRdate date="2022-01-08" name="version"/>');
    expect(render(before, 'akn')).toContain('<FRBRuri value="/akn/cn/act/2011-05-06/某某管理办法/zho@2011-05-06"/>');
  });
});
