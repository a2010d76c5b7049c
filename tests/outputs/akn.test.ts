import { describe, expect, it } from 'vitest';
import { run } from '../helpers.ts';
import { DECISION, FAMEI, QIANGTI, ruleFile, ZHENGJIAN } from './decree.ts';
import { xmlProblems } from './xml.ts';

/**
 * `amend apply … --format akn`: decree 119 applied to three example rules,
 * recorded as Akoma Ntoso passive modifications. The rules' 题注 give their
 * promulgation (2011年5月6日, 1998年9月16日, 2012年3月12日); the decree is dated
 * 2022年1月8日. Old eIds point into the version before the decree.
 */
const DECREE = '/akn/cn/act/自治区人民政府关于废止和修改部分政府规章的决定';

async function akn(title: string): Promise<string> {
  const r = await run('apply', '--rule', ruleFile(title), '--decision', DECISION, '--format', 'akn');
  expect(r.code, r.err).toBe(0);
  return r.out;
}

/** The textualMod elements of a file, each as one string with its whitespace squeezed. */
function mods(xml: string): string[] {
  return (xml.match(/<textualMod [^]*?<\/textualMod>/g) ?? []).map((m) => m.replace(/>\s+</g, '><'));
}

describe('the checker', () => {
  it('finds what breaks XML', () => {
    expect(xmlProblems('<?xml version="1.0"?><a x="1"><b/>t &amp; &#12;</a>')).toEqual([]);
    expect(xmlProblems('<a><b></a>')).toEqual(['</a> closes <b> at 6', 'unclosed <a>']);
    expect(xmlProblems('<a>x & y</a>')).toEqual(['bare & in text at 3']);
    expect(xmlProblems('<a x="1" x="2"/>')).toEqual(['attribute x repeated at 0']);
    expect(xmlProblems('<a/><b/>')).toEqual(['second root element <b> at 4']);
    expect(xmlProblems('<a x=1/>')).toHaveLength(1);
  });
});

describe('Akoma Ntoso of decree 119 applied', () => {
  it('行政执法证件管理办法: well-formed, dated by the decree, 三（三） an insertion, 三（四） a renumbering with new words', async () => {
    const xml = await akn(ZHENGJIAN);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(xml).toContain(`<FRBRuri value="/akn/cn/act/2011-05-06/${ZHENGJIAN}/zho@2022-01-08"/>`);
    expect(xml).toMatch(/<analysis source="#amend">\s*<passiveModifications>/);
    const old = `/akn/cn/act/2011-05-06/${ZHENGJIAN}/zho@2011-05-06`;
    const all = mods(xml);
    expect(all).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^<textualMod type="insertion" eId="pmod_\\d+"><source href="${DECREE}#三（三）"/><destination href="#art_5"/></textualMod>$`,
        ),
      ),
    );
    for (const type of ['renumbering', 'substitution']) {
      expect(all).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^<textualMod type="${type}" eId="pmod_\\d+"><source href="${DECREE}#三（四）"/><destination href="#art_9"/><old href="${old}#art_8"/></textualMod>$`,
          ),
        ),
      );
    }
    expect(xml).toMatch(
      /<article eId="art_5">\s*<num>第五条<\/num>\s*<paragraph eId="art_5__para_1">\s*<intro>\s*<p>《行政执法证》应当载明以下信息：<\/p>/,
    );
    expect(xml).toMatch(/<point eId="art_5__para_1__item_4">\s*<num>（四）<\/num>\s*<content>\s*<p>持证人基本信息二维码；<\/p>/);
  });

  it('罚缴分离办法: 四（三） repeals 第七条, which points into the old version', async () => {
    const xml = await akn(FAMEI);
    expect(xmlProblems(xml)).toEqual([]);
    const old = `/akn/cn/act/1998-09-16/${FAMEI}/zho@1998-09-16`;
    const repeals = mods(xml).filter((m) => m.includes('type="repeal"'));
    expect(repeals.map((m) => m.replace(/ eId="pmod_\d+"/, ''))).toEqual(
      [7, 21, 22].map(
        (n) => `<textualMod type="repeal"><source href="${DECREE}#四（三）"/><destination href="${old}#art_${n}"/></textualMod>`,
      ),
    );
  });

  it('新型墙体材料推广应用管理规定: 十（六） joins 第十八条 to 第二十条 into the new 第十八条', async () => {
    const xml = await akn(QIANGTI);
    expect(xmlProblems(xml)).toEqual([]);
    const old = `/akn/cn/act/2012-03-12/${QIANGTI}/zho@2012-03-12`;
    const joins = mods(xml).filter((m) => m.includes('type="join"'));
    expect(joins.map((m) => m.replace(/ eId="pmod_\d+"/, ''))).toEqual([
      `<textualMod type="join"><source href="${DECREE}#十（六）"/><destination href="#art_18"/>` +
        [18, 19, 20].map((n) => `<old href="${old}#art_${n}"/>`).join('') +
        '</textualMod>',
    ]);
    expect(xml).not.toContain('<article eId="art_22">');
  });
});
