/**
 * The dates a version store records come from the decision itself: the note
 * under its title (通过, 公布, 自…起施行) when the body has no effective-date
 * clause, or the date under the signature for 自公布之日起施行. Through the CLI, from `apply --corpus` to `log` and `show --at`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './helpers.ts';

const TITLE = '某市公园管理办法';
const RULE = [
  TITLE,
  '（2019年5月1日某市人民政府令第8号公布）',
  '',
  '第一条　为了加强公园管理，制定本办法。',
  '',
  '第二条　本办法自2019年6月1日起施行。',
  '',
].join('\n');
const DECISION = [
  `某市人民政府关于修改《${TITLE}》的决定`,
  '（2026年12月1日某市人民政府第5次常务会议通过　2026年12月5日某市人民政府令第130号公布　自2027年1月1日起施行）',
  '',
  '一、将第一条中的“加强”修改为“规范”。',
  '',
].join('\n');

/** The rule and a decision through `apply --corpus`; the dates of the versions the store then lists. */
async function applyToStore(decision: string) {
  const dir = tempDir();
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'rule.txt'), RULE);
  writeFileSync(join(dir, 'decision.txt'), decision);
  const out = join(dir, 'out');
  const r = await run('apply', '--corpus', join(dir, 'rules'), '--decision', join(dir, 'decision.txt'), '--out', out);
  const dates = async () =>
    (JSON.parse((await run('log', TITLE, '--store', out, '--format', 'json')).out) as { date: string }[]).map((v) => v.date);
  return { r, out, dates };
}

describe('dates from the decision’s own note', () => {
  it('the note under the title gives the effective date: the version is recorded on 2027-01-01, not on the day it was adopted or promulgated', async () => {
    const { r, out, dates } = await applyToStore(DECISION);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('[store/undated]');
    expect(await dates()).toEqual(['2019-05-01', '2027-01-01']);
    expect((await run('show', TITLE, '--store', out, '--at', '2026-12-31')).out).toContain('第一条　为了加强公园管理');
    expect((await run('show', TITLE, '--store', out, '--at', '2027-01-01')).out).toContain('第一条　为了规范公园管理');
  });

  it('自公布之日起施行 with the date under the signature: the version is recorded on the day it was signed, and the signature is no clause', async () => {
    const signed = [
      `某市人民政府关于修改《${TITLE}》的决定`,
      '',
      '一、将第一条中的“加强”修改为“规范”。',
      '',
      '本决定自公布之日起施行。',
      '',
      '某市人民政府',
      '2027年2月1日',
      '',
    ].join('\n');
    const { r, dates } = await applyToStore(signed);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('[store/undated]');
    expect(r.err).not.toContain('[decision/not-an-instruction]');
    expect(await dates()).toEqual(['2019-05-01', '2027-02-01']);
  });
});
