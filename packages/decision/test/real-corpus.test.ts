import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, read, shared } from './helpers.ts';

/**
 * Every real decision of ../shared/corpus/real/{local,national}, as the
 * national database publishes it. Counts are taken from the files: repealed
 * rules (list entries, table rows, 废止《…》 sentences), amended rules (rule
 * headings, or the one rule of the title), and items: the numbered lines
 * that give instructions (一、 under a single rule; （一） under a rule
 * heading or a group heading 对部分条文作以下修改, which is not an item
 * itself); a rule heading followed by one unnumbered instruction counts 1; a
 * numbered closing clause (二十八、本决定自公布之日起施行) counts 0; a
 * numbered 其他条文序号作相应调整 under a rule is an item with no operation.
 */
const real = join(shared, 'corpus/real');

interface Expected {
  repealed: number;
  rules: number;
  items: number;
  /** Error ids, one per item that only describes a change (the reason is in the comment). */
  errors?: string[];
}

const DESCRIPTIVE = 'decision/descriptive-instruction';

const EXPECTED: Record<string, Expected> = {
  'local/01-sandu-duliujiang-yuye-gebie.md': { repealed: 0, rules: 1, items: 4 },
  'local/02-dongguan-yangquan-yinyongshui-liangxiang.md': { repealed: 0, rules: 2, items: 34 },
  'local/03-sanjiang-feizhi-senlinfa-daolu.md': { repealed: 2, rules: 0, items: 0 },
  // 一（二十三） and 三（二十三）: 将第一条、第四条中“为……”修改为“为了……” elides the words it changes
  // (which 为 opens which sentence is left to the reader); the item is one error, none of its operations is read.
  'local/04-fengning-tudi-deng-sibu-danxing.md': { repealed: 0, rules: 4, items: 87, errors: [DESCRIPTIVE, DESCRIPTIVE] },
  'local/05-linxia-feizhi-hunyinfa-shiyan.md': { repealed: 2, rules: 0, items: 0 },
  'local/06-zhejiang-feizhi-nongye-deng-sanjian.md': { repealed: 3, rules: 0, items: 0 },
  'local/07-xinyu-xiannvhu-deng-3jian.md': { repealed: 0, rules: 3, items: 30 },
  'local/08-liaoyang-tanghe-shuiku.md': { repealed: 0, rules: 1, items: 2 },
  'local/09-anhui-xiugai-feizhi-bufen-2024.md': { repealed: 1, rules: 7, items: 21 },
  'local/10-linxia-wuye-guanli.md': { repealed: 0, rules: 1, items: 12 },
  'local/11-linfen-qinhe-hebing-zhang.md': { repealed: 0, rules: 1, items: 12 },
  'local/12-dandong-chengxiang-guihua.md': { repealed: 0, rules: 1, items: 2 },
  'local/13-lishui-yanhua-baozhu.md': { repealed: 0, rules: 1, items: 3 },
  'local/14-lijiang-feizhi-luguhu.md': { repealed: 1, rules: 0, items: 0 },
  'local/15-wulanchabu-huitengxile-2024.md': { repealed: 0, rules: 1, items: 15 },
  'local/16-wuhai-chengshi-zonghe-guanli.md': { repealed: 0, rules: 1, items: 24 },
  'local/17-wulumuqi-feizhi-gongjiao-deng-liubu.md': { repealed: 6, rules: 0, items: 0 },
  // 三十四: 删除第八十三条关于立法技术规范的内容 names the words to delete by their subject, and
  // 将条例中涉及的阿拉伯数字日期全部修改为中文数字日期 names none: descriptive.
  'local/18-qitaihe-lifa-tiaoli.md': { repealed: 0, rules: 1, items: 34, errors: [DESCRIPTIVE] },
  'local/19-zhongwei-yinyongshui-danlie-hebing.md': { repealed: 0, rules: 1, items: 29 },
  'local/20-dongying-shidi-ascii-quotes.md': { repealed: 0, rules: 1, items: 10 },
  // 二十七: 对法律责任中的相应条款的表述修改为：“违反本条例规定” names no provision and no words to replace.
  'local/21-sichuan-yinyongshui-shengji-2019.md': { repealed: 0, rules: 1, items: 27, errors: [DESCRIPTIVE] },
  'local/22-sanming-lifa-tiaoli.md': { repealed: 0, rules: 1, items: 42 },
  'local/23-sanya-aiguo-weisheng-banfa.md': { repealed: 0, rules: 1, items: 32 },
  'local/24-weining-xumuye-zizhixian.md': { repealed: 0, rules: 1, items: 18 },
  'local/25-wulanchabu-wuye-2022.md': { repealed: 0, rules: 1, items: 23 },
  'local/26-wulumuqi-daqi-wuran.md': { repealed: 0, rules: 1, items: 8 },
  'local/27-wulumuqi-feizhi-jingcha-xuncha.md': { repealed: 1, rules: 0, items: 0 },
  'local/28-dongying-zhiding-fagui-zengjia-yizhang.md': { repealed: 0, rules: 1, items: 39 },
  'local/29-bayinguoleng-hongzao-xiangli-liangbu.md': { repealed: 0, rules: 2, items: 21 },
  'local/30-shangrao-zhuzhai-wuye.md': { repealed: 0, rules: 1, items: 2 },
  'national/01-npcsc-fanlongduanfa-2022.md': { repealed: 0, rules: 1, items: 34 },
  'national/02-npcsc-kuaijifa-2024.md': { repealed: 0, rules: 1, items: 21 },
  'national/03-npcsc-nongjituiguang-weichengnianren-shengwuanquan-2024.md': { repealed: 0, rules: 3, items: 6 },
  'national/04-guowuyuan-feizhi-2021.md': { repealed: 3, rules: 0, items: 0 },
  'national/05-guowuyuan-xiugai-feizhi-2024.md': { repealed: 4, rules: 21, items: 21 },
  'national/06-spc-renshensunhai-jieshi-2022.md': { repealed: 0, rules: 1, items: 6 },
  'national/07-spc-zhishichanquan-fating-2023.md': { repealed: 0, rules: 1, items: 7 },
  'national/08-npc-quanguorenda-zuzhifa-2021.md': { repealed: 0, rules: 1, items: 38 },
  'national/09-npcsc-jiaoyufa-2021.md': { repealed: 0, rules: 1, items: 5 },
  'national/10-npcsc-zhongzifa-2021.md': { repealed: 0, rules: 1, items: 19 },
  'national/11-npcsc-renkou-jihuashengyu-2021.md': { repealed: 0, rules: 1, items: 21 },
  'national/12-npcsc-duiwaimaoyifa-2022.md': { repealed: 0, rules: 1, items: 1 },
  'national/13-npcsc-shenjifa-2021.md': { repealed: 0, rules: 1, items: 32 },
  'national/14-npcsc-changweihui-yishiguize-2022.md': { repealed: 0, rules: 1, items: 34 },
  // Two tables: 12 documents issued alone, 1 issued jointly.
  'national/15-spp-feizhi-sifajieshi-2015.md': { repealed: 13, rules: 0, items: 0 },
  'national/16-npcsc-tongjifa-2024.md': { repealed: 0, rules: 1, items: 24 },
};

const files = ['local', 'national'].flatMap((dir) =>
  readdirSync(join(real, dir))
    .filter((n) => /^[0-9]+-.*\.md$/.test(n))
    .map((n) => `${dir}/${n}`),
);

describe('every real decision of the national database', () => {
  it('has its counts written down here', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (name) => {
    const want = EXPECTED[name];
    const { value: d, diagnostics } = parseDecision(read(join(real, name)), { file: name });
    const errors = diagnostics.filter((x) => x.severity === 'error');
    expect(errors.map((e) => e.ruleId)).toEqual(want.errors ?? []);
    expect(d.repealed.length).toBe(want.repealed);
    expect(d.amendments.length).toBe(want.rules);
    const items = d.amendments.flatMap((a) => a.items);
    expect(items.length).toBe(want.items);
    for (const a of d.amendments) expect(a.title).not.toBe('');
    // An item that only describes gives no operation; every other rule gets some.
    const described = new Set(errors.map((e) => e.span?.start.offset));
    for (const item of items) if (described.has(item.span.start.offset)) expect(item.operations).toEqual([]);
    if (want.rules) expect(items.reduce((n, i) => n + i.operations.length, 0)).toBeGreaterThan(0);
  });
});

describe('forms read in real decisions', () => {
  it('将《条例》名称修改为《…》 (临汾 2024): the rule renamed to the words inside 《》', () => {
    const d = parseDecision(read(join(real, 'local/11-linfen-qinhe-hebing-zhang.md'))).value;
    expect(opsOf(d, '一')).toEqual([
      { kind: 'renameHeading', level: 'title', target: { special: 'title' }, title: '临汾市沁河流域生态保护与修复条例' },
    ]);
  });
});
