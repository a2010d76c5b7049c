import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@amend/model';
import { render } from '@amend/render';
import { Session } from '../packages/preview/src/app/session.ts';
import { run, tempDir } from './helpers.ts';

/**
 * The command line and the preview compose the stages through the one
 * @amend/pipeline: given the same rule and decision they block on the same
 * errors, report the same diagnostics at the same places, and, when nothing
 * stops them, produce the same text.
 */

const RULE = [
  '某市养犬管理办法',
  '（2010年1月1日某市人民政府令第1号公布）',
  '',
  '第一条　为了规范养犬行为。制定本办法。',
  '',
  '第二条　公安机关负责养犬登记。',
  '',
  '第三条　违反本办法第二条规定的，由公安机关责令改正。',
  '',
].join('\n');

const decision = (...items: string[]) =>
  ['某市人民政府关于修改《某市养犬管理办法》的决定', '', ...items, '', '本决定自公布之日起施行。', ''].join('\n');

/** The decision inside a gazette issue: another decree before it and after it. */
const gazette = (inner: string) =>
  [
    '某市人民政府公报',
    '2024年第1期',
    '',
    '某市人民政府令',
    '第2号',
    '《某市河道管理办法》已经市人民政府同意，现予公布。',
    '市长　张三',
    '2024年1月2日',
    '',
    '某市河道管理办法',
    '',
    '第一条　为了加强河道管理，制定本办法。',
    '',
    '某市人民政府令',
    '第3号',
    '《某市人民政府关于修改〈某市养犬管理办法〉的决定》已经市人民政府同意，现予公布。',
    '市长　张三',
    '2024年1月5日',
    '',
    inner,
  ].join('\n');

interface Case {
  name: string;
  decision: string;
  blocked: boolean;
}

const CASES: Case[] = [
  {
    name: 'a decision that applies',
    decision: decision('一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。', '二、增加一条，作为第二条：“养犬人应当依法履行义务。”'),
    blocked: false,
  },
  {
    name: 'an instruction the grammar cannot read',
    decision: decision('一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。', '二、把第三条挪一挪。'),
    blocked: true,
  },
  { name: 'a phrase the rule does not have', decision: decision('一、将第二条中的“工商局”修改为“畜牧兽医主管部门”。'), blocked: true },
  // 后两句 names two sentences and no single one: read, but no operation expresses it.
  { name: 'an instruction no operation expresses', decision: decision('一、删去第一条后两句。'), blocked: true },
  {
    name: 'a decision given as a whole gazette issue',
    decision: gazette(decision('一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。')),
    blocked: false,
  },
];

/** `file:line:col: severity: … [ruleId]` as the command line prints it, without the file. */
function cliDiagnostics(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split('\n')) {
    const m =
      /^.*?:(\d+):(\d+): (error|warning|info): .* \[([\w/-]+)\]$/.exec(line) ??
      /^[^\s:]+: (error|warning|info): .* \[([\w/-]+)\]$/.exec(line);
    if (!m) continue;
    out.push(m.length === 5 ? `${m[1]}:${m[2]} ${m[3]} ${m[4]}` : `- ${m[1]} ${m[2]}`);
  }
  return out.sort();
}

function pageDiagnostics(list: readonly Diagnostic[]): string[] {
  return list
    .map((d) => (d.span ? `${d.span.start.line}:${d.span.start.column} ${d.severity} ${d.ruleId}` : `- ${d.severity} ${d.ruleId}`))
    .sort();
}

describe('the command line and the preview agree', () => {
  it.each(CASES)('$name', async (c) => {
    const dir = tempDir();
    const rule = join(dir, 'rule.txt');
    const dec = join(dir, 'decision.txt');
    writeFileSync(rule, RULE);
    writeFileSync(dec, c.decision);
    const cli = await run('apply', '--rule', rule, '--decision', dec, '--verbose');

    const session = new Session();
    session.decisionName = 'decision.txt';
    session.files.set('rule.txt', RULE);
    const page = session.compute(c.decision);
    expect(page.base?.name).toBe('rule.txt');

    expect(cli.code).toBe(c.blocked ? 1 : 0);
    expect(page.consolidation === undefined).toBe(c.blocked);
    expect(pageDiagnostics(page.diagnostics)).toEqual(cliDiagnostics(cli.err));
    if (c.blocked) {
      expect(cli.out).toBe('');
      expect(page.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    } else {
      expect(render(page.consolidation!.after, 'text')).toBe(cli.out);
      expect(cli.out).toContain('畜牧兽医主管部门负责养犬登记。');
    }
  });
});
