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
    const result = amend({ file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) }, { file: join(dir, 'instrument.md'), text: instrument });
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
    const result = amend({ file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) }, { file: join(dir, 'instrument.md'), text: read(join(dir, 'instrument.md')) });
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
    const result = amend({ file: join(dir, 'before.md'), text: read(join(dir, 'before.md')) }, { file: join(dir, 'instrument.md'), text: read(join(dir, 'instrument.md')) });
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
    const dropped: [number, number][] = [[5, 1], [6, 1], [8, 3], [11, 2]];
    for (const [block, n] of dropped) {
      expect(ours[block].match(/(?:人民代表大会的代表|区的人民|乡镇的人民)/g)?.length).toBe(n);
      ours[block] = ours[block].replace(/人民代表大会的代表/g, '人民代表大会代表').replace(/(区|乡镇)的人民/g, '$1人民');
    }
    // It also splits a 款 of 第六条 and of 第七条 in two, before 罢免案由主席团… and 市和区人民代表大会常务委员会举行会议….
    for (const [block, at] of [[9, '罢免案由主席团'], [10, '市和区人民代表大会常务委员会举行会议']] as const) {
      expect(ours[block]).toContain(`。${at}`);
      ours[block] = ours[block].replace(`。${at}`, `。\n${at}`);
    }
    // The original prints 本级人民代表大会　　代表资格 in 第二十五条 (now 第二十六条); the republication closes the gap.
    expect(ours[30]).toContain('本级人民代表大会　　代表资格');
    ours[30] = ours[30].replace('本级人民代表大会　　代表资格', '本级人民代表大会代表资格');
    expect(ours).toEqual(published);
  });
});
