import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import type { Document } from '@amend/model';
import { amend } from '@amend/pipeline';
import { read, shared } from './helpers.ts';

/**
 * Real decisions with the rule before and the text published after
 * (../shared/corpus/real/triples): the consolidated articles must be the
 * published ones. Known differences are undone here, each with its reason.
 */
const triples = join(shared, 'corpus/real/triples');

function body(doc: Document): string[] {
  return serialize({ ...doc, title: '', notes: [], meta: {} }).split('\n\n');
}

describe.runIf(existsSync(triples))('published real triples', () => {
  // Eight articles are restated under new numbers out of their order (改为第X条，修改为): each goes where its number says.
  it('宁夏 常委会组成人员守则 2024: fifteen articles added and eight restated under new numbers — the published order, article by article', () => {
    const dir = join(triples, 'ningxia-ncsc-members-code');
    // The closing sentence 此外，还对条文顺序和个别文字作相应调整和修改 is a catch-all the instructions above it already carry out.
    const instrument = read(join(dir, 'instrument.md')).replace(/^此外，还对条文顺序和个别文字作相应调整和修改。\s*$/m, '');
    const result = amend(
      { file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) },
      { file: join(dir, 'instrument.md'), text: instrument },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ours = body(result.consolidation!.after);
    const published = body(parseRule(read(join(dir, 'after.md'))).value);
    // Block 1 is the title and history the republication rewrites by hand; the source's last block ends in page markers (- 2 -).
    expect(ours.length).toBe(published.length);
    expect(ours.slice(2, -1)).toEqual(published.slice(2, -1));
    expect(ours[ours.length - 1].replace(/\n\d+ -(?=\n)/g, '')).toBe(published[published.length - 1]);
  });

  // 东营 2020: ten items of a single-rule decision (条/款 restated, 款 added and deleted, words changed, one 条 added with renumbering).
  it('东营 湿地保护条例 2020: every article as published, but for one comma and one edit the decision does not make', () => {
    const dir = join(triples, 'dongying-wetland');
    const result = amend(
      { file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) },
      { file: join(dir, 'instrument.md'), text: read(join(dir, 'instrument.md')) },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ours = body(result.consolidation!.after);
    const published = body(parseRule(read(join(dir, 'after.md'))).value);
    // The republication prints an ASCII comma in 第一条 (维护湿地生态功能,促进), which no item touches.
    expect(ours[3]).toContain('维护湿地生态功能，促进');
    ours[3] = ours[3].replace('维护湿地生态功能，促进', '维护湿地生态功能,促进');
    // It also mends 第四十五条第六项 (烧荒处 → 烧荒的，处), an edit no item of the decision makes.
    expect(ours[51]).toContain('（六）擅自放牧、烧荒处二百元');
    ours[51] = ours[51].replace('烧荒处', '烧荒的，处');
    expect(ours).toEqual(published);
  });

  // 上海 2023: one item of a decision amending five rules, and words for all five (“区县”、“区、县”→“区”，“乡、镇”→“乡镇”).
  it('上海 罢免和补选代表程序的规定 2023: the added 第二条 and the decision-wide replacements; the rest is the catch-all 文字作相应调整', () => {
    const dir = join(triples, 'shanghai-deputy-recall-byelection');
    const result = amend(
      { file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) },
      { file: join(dir, 'instrument.md'), text: read(join(dir, 'instrument.md')) },
    );
    // This rule holds “区、县” and “乡、镇” but never “区县”: words for all five rules need not find every phrase in each.
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ours = body(result.consolidation!.after);
    const published = body(parseRule(read(join(dir, 'after.md'))).value);
    expect(ours[4]).toBe('第二条　本市罢免和补选各级人民代表大会代表，坚持中国共产党的领导，坚持充分发扬民主，坚持严格依法办事。');
    // 目录: the republication respaces 第一章　 总 　则 (as the original prints it) to 第一章　总　　则.
    expect(ours[1]).toContain('第一章　 总 　则');
    ours[1] = ours[1].replace('第一章　 总 　则', '第一章　总　　则');
    // Under 并对部分条款顺序、文字作相应调整 the republication drops 的 in 人民代表大会的代表 and in 区的/乡镇的人民代表大会
    // (区、县的 and 乡、镇的 before the replacement) — wording no instruction names.
    const dropped: [number, number][] = [
      [5, 1],
      [6, 1],
      [8, 3],
      [11, 2],
    ];
    for (const [block, n] of dropped) {
      expect(ours[block].match(/(?:人民代表大会的代表|区的人民|乡镇的人民)/g)?.length).toBe(n);
      ours[block] = ours[block].replace(/人民代表大会的代表/g, '人民代表大会代表').replace(/(区|乡镇)的人民/g, '$1人民');
    }
    // It also splits a 款 of 第六条 and of 第七条 in two, before 罢免案由主席团… and 市和区人民代表大会常务委员会举行会议….
    for (const [block, at] of [
      [9, '罢免案由主席团'],
      [10, '市和区人民代表大会常务委员会举行会议'],
    ] as const) {
      expect(ours[block]).toContain(`。${at}`);
      ours[block] = ours[block].replace(`。${at}`, `。\n${at}`);
    }
    // The original prints 本级人民代表大会　　代表资格 in 第二十五条 (now 第二十六条); the republication closes the gap.
    expect(ours[30]).toContain('本级人民代表大会　　代表资格');
    ours[30] = ours[30].replace('本级人民代表大会　　代表资格', '本级人民代表大会代表资格');
    expect(ours).toEqual(published);
  });

  // 日喀则 2025: fifteen items — a 款 made an article (单列一条), articles and 款 deleted, restated under new numbers, a chapter renamed.
  it('日喀则 执法检查办法 2025: every article as published once the republication’s own edits and one unplaced insertion are undone', () => {
    const dir = join(triples, 'shigatse-law-enforcement-inspection');
    // Item 十五（四） adds “或者相关法律制度” to three 项 without saying where among their words; the engine asks for the place
    // (decision/unplaced-insertion). The republication puts it after “法律、法规” in each: the decision is read with that place written in.
    const unplaced = '（四）在第十七条第二款第一项，第二十一条第二款第二项、第三项中增加“或者相关法律制度”。';
    const text = read(join(dir, 'instrument.md'));
    expect(text).toContain(unplaced);
    const instrument = text.replace(unplaced, unplaced.replace('中增加', '中的“法律、法规”后增加'));
    const result = amend(
      { file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) },
      { file: join(dir, 'instrument.md'), text: instrument },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ours = body(result.consolidation!.after);
    const published = body(parseRule(read(join(dir, 'after.md'))).value);
    // 目录: the renamed 第六章 follows (第六章  审议意见或者决议的落实); the republication respaces every line with U+3000 (总　　则).
    expect(ours[1]).toContain('第六章  审议意见或者决议的落实');
    const spacing = (toc: string) => toc.replace(/[ 　]+/g, '');
    expect(spacing(ours[1])).toBe(spacing(published[1]));
    ours[1] = published[1];
    // Three quotes of the decision the republication prints otherwise: 法律法规 (item 二), 审议，必要时 (item 十一),
    // 市人大常委会执法检查报告 (item 十四); and two edits no item makes: 突出重点，注重实效 in 第九条, 有关 added in 第十二条.
    const republished: [number, string, string][] = [
      [7, '不代行法律法规实施机关', '不代行法律、法规实施机关'],
      [12, '突出重点，注重实效', '突出重点、注重实效'],
      [16, '或者市人大常委会工作机构提出建议名单', '或者市人大常委会有关工作机构提出建议名单'],
      [31, '提请常委会会议审议，必要时', '提请常委会会议审议。必要时'],
      [38, '第三十条　市人大常委会执法检查报告', '第三十条　市人大常委会的执法检查报告'],
    ];
    for (const [block, decided, printed] of republished) {
      expect(ours[block]).toContain(decided);
      ours[block] = ours[block].replace(decided, printed);
    }
    // Item 十三 (增加一条，作为第二十八条) does not say which chapter: the engine puts the new article right after the one that
    // becomes 第二十七条, at the end of 第六章; the republication opens 第七章 (执法检查的宣传与公布) with it, for its subject.
    expect(ours.slice(35, 37)).toEqual([published[36], published[35]]);
    [ours[35], ours[36]] = [ours[36], ours[35]];
    expect(ours).toEqual(published);
  });

  // 上海 2023, the same five-rule decision: item 12 restates the 引言 of a 规定 drafted as points 一、–四、 without articles.
  it('上海 规章设定罚款限额的规定 2023: the 引言 restated (将引言修改为), the points 一、–四、 as they were — as published', () => {
    const dir = join(triples, 'shanghai-rule-fine-limit');
    const result = amend(
      { file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) },
      { file: join(dir, 'instrument.md'), text: read(join(dir, 'instrument.md')) },
    );
    // The decision-wide 区县/乡、镇 clause finds none of its phrases here, and is no error for it.
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const after = result.consolidation!.after;
    const published = parseRule(read(join(dir, 'after.md'))).value;
    expect(after.preamble.map((p) => p.text)).toEqual([
      '根据《中华人民共和国行政处罚法》第十四条的规定，在没有相应法律、法规的情况下，市人民政府制定规章对违反行政管理秩序的行为，可以设定一定数额的罚款，其限额由市人民代表大会常务委员会规定。据此，对本市此类规章设定罚款的限额及有关事项作如下规定：',
    ]);
    expect(after.children.map((c) => c.kind)).toEqual(['point', 'point', 'point', 'point']);
    // Only the title block differs: the republication rewrites the history note by hand (decision names spelled out, 第三次修正).
    expect(body(after)).toEqual(body(published));
  });
});
