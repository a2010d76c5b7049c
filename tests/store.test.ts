/**
 * The git version store through the CLI: dated versions, show --at, log,
 * blame, undated decisions, folder stores of earlier releases, and parallel
 * writers. Expected texts are written from the decisions' words.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run, tempDir } from './helpers.ts';

const TITLE = '某市养犬管理办法';
const RULE = [
  TITLE,
  '（2010年1月1日某市人民政府令第1号公布）',
  '',
  '第一条　为了规范养犬行为，制定本办法。',
  '',
  '第二条　公安机关负责养犬登记。',
  '',
  '第三条　违反本办法第二条规定的，由公安机关责令改正。',
  '',
].join('\n');
const DECISION_A = [
  `某市人民政府关于修改《${TITLE}》的决定`,
  '',
  '一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。',
  '二、增加一条，作为第二条：“养犬人应当依法履行义务。”',
  '',
  '本决定自2020年3月1日起施行。',
  '',
].join('\n');
/** Decision A applied, by hand: 二 inserts the new 第二条, 一 changes the old 第二条 (now 第三条), and 第四条's reference follows. */
const AFTER_A = [
  TITLE,
  '（2010年1月1日某市人民政府令第1号公布　根据某市人民政府关于修改《某市养犬管理办法》的决定修改）',
  '',
  '第一条　为了规范养犬行为，制定本办法。',
  '',
  '第二条　养犬人应当依法履行义务。',
  '',
  '第三条　畜牧兽医主管部门负责养犬登记。',
  '',
  '第四条　违反本办法第三条规定的，由公安机关责令改正。',
  '',
].join('\n');
/** No date anywhere: no effective, promulgation or adoption date. */
const DECISION_B = [
  `某市人民政府关于再次修改《${TITLE}》的决定`,
  '',
  '将第一条中的“规范”修改为“规范和引导”。',
  '',
  '本决定自公布之日起施行。',
  '',
].join('\n');

function corpus() {
  const dir = tempDir();
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'rule.txt'), RULE);
  writeFileSync(join(dir, 'a.txt'), DECISION_A);
  writeFileSync(join(dir, 'b.txt'), DECISION_B);
  return { dir, rules: join(dir, 'rules'), a: join(dir, 'a.txt'), b: join(dir, 'b.txt'), out: join(dir, 'out') };
}

function git(store: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', '-C', store, ...args], { encoding: 'utf8' });
}

describe('the git version store', () => {
  it('records the first version and the decision on their days; show, log and blame read them', async () => {
    const { rules, a, out } = corpus();
    const r = await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    expect(r.code).toBe(0);
    expect((await run('show', TITLE, '--store', out, '--at', '2020-02-29')).out).toBe(RULE);
    const after = await run('show', TITLE, '--store', out, '--at', '2020-03-01');
    expect(after.out.split('\n').slice(3).join('\n')).toBe(AFTER_A.split('\n').slice(3).join('\n'));
    expect((await run('show', TITLE, '--store', out, '--at', '2009-12-31')).code).toBe(1);

    const log = await run('log', TITLE, '--store', out, '--format', 'json');
    expect(JSON.parse(log.out).map((v: { date: string; decision: string | null }) => [v.date, v.decision])).toEqual([
      ['2010-01-01', null],
      ['2020-03-01', `某市人民政府关于修改《${TITLE}》的决定`],
    ]);
    const text = await run('log', TITLE, '--store', out);
    expect(text.out).toContain(`修改《${TITLE}》：一、二`);

    const blame = await run('blame', TITLE, '--store', out, '--format', 'json');
    expect(JSON.parse(blame.out).map((e: { article: string; date: string; items: string[] }) => [e.article, e.date, e.items])).toEqual([
      ['第一条', '2010-01-01', []],
      ['第二条', '2020-03-01', ['二']],
      ['第三条', '2020-03-01', ['一']],
      // Its words changed only because the reference to 第二条 followed the renumbering.
      ['第四条', '2020-03-01', []],
    ]);

    // The git CLI sees the same history, author dates the effective dates.
    const store = join(out, 'store');
    expect(git(store, 'log', '--format=%ad', '--date=short')).toBe('2020-03-01\n2010-01-01\n');
    expect(git(store, 'ls-tree', '--name-only', 'main')).toBe(`${TITLE}.txt\n`);
    git(store, 'fsck', '--strict', '--no-dangling');
  });

  it('applying the same decision again adds nothing', async () => {
    const { rules, a, out } = corpus();
    await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    expect(git(join(out, 'store'), 'rev-list', '--count', 'main')).toBe('2\n');
  });

  it('a decision without a date warns, and show --at says the version is undated instead of year 0', async () => {
    const { dir, rules, a, b, out } = corpus();
    await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    // The second decision amends the text as decision A left it.
    mkdirSync(join(dir, 'rules2'));
    writeFileSync(join(dir, 'rules2', 'rule.txt'), AFTER_A);
    const r = await run('apply', '--corpus', join(dir, 'rules2'), '--decision', b, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('[store/undated]');
    const at = await run('show', TITLE, '--store', out, '--at', '2030-01-01');
    expect(at.code).toBe(0);
    expect(at.out).toContain('第一条　为了规范养犬行为');
    expect(at.err).toContain('[store/undated-version]');
    expect(at.err).toContain('2020-03-01');
    const latest = await run('show', TITLE, '--store', out);
    expect(latest.out).toContain('第一条　为了规范和引导养犬行为');
    expect(latest.err).toContain('undated');
    expect(latest.err).not.toContain('0000');
  });

  it('a repeal deletes the file in the decision’s commit', async () => {
    const { dir, rules, out } = corpus();
    const repeal = join(dir, 'repeal.txt');
    writeFileSync(repeal, `某市人民政府关于废止《${TITLE}》的决定\n\n一、废止《${TITLE}》。\n\n本决定自2021年1月1日起施行。\n`);
    const r = await run('apply', '--corpus', rules, '--decision', repeal, '--out', out);
    expect(r.out).toContain('1 repealed');
    const s = await run('show', TITLE, '--store', out, '--at', '2021-01-01');
    expect(s.code).toBe(1);
    expect(s.err).toContain('was repealed on 2021-01-01');
    expect(git(join(out, 'store'), 'ls-tree', '--name-only', 'main')).toBe('');
  });
});

describe('a folder store of an earlier release', () => {
  function oldStore(out: string, file = '2010-01-01.txt') {
    const folder = join(out, 'store', TITLE);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '2010-01-01.txt'), RULE);
    writeFileSync(
      join(folder, 'index.json'),
      JSON.stringify({ title: TITLE, versions: [{ date: '2010-01-01', file, source: 'original' }] }),
    );
  }

  it('is not written over: apply points at amend store migrate, which converts it', async () => {
    const { rules, a, out } = corpus();
    oldStore(out);
    const r = await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    expect(r.code).toBe(3);
    expect(r.err).toContain('amend store migrate');
    const m = await run('store', 'migrate', out);
    expect(m.code).toBe(0);
    expect(existsSync(join(out, 'store.folder', TITLE, 'index.json'))).toBe(true);
    expect((await run('show', TITLE, '--store', out)).out).toBe(RULE);
    const again = await run('apply', '--corpus', rules, '--decision', a, '--out', out);
    expect(again.code).toBe(0);
    expect((await run('show', TITLE, '--store', out, '--at', '2020-03-01')).out).toContain('第二条　养犬人应当依法履行义务。');
  });

  it('an index naming a file outside the store is refused and nothing changes', async () => {
    const { out } = corpus();
    oldStore(out, '../../../../../../etc/passwd');
    const m = await run('store', 'migrate', out);
    expect(m.code).toBe(1);
    expect(m.err).toContain('[store/path-outside]');
    expect(existsSync(join(out, 'store', TITLE, 'index.json'))).toBe(true);
    expect(existsSync(join(out, 'store.folder'))).toBe(false);
  });
});

describe('writers in parallel processes', () => {
  it('two decisions applied at once on one store: both kept', async () => {
    const { dir, out } = corpus();
    // Two rules, each amended by its own decision, written to one store at the same time.
    const decisions: string[] = [];
    for (const k of [1, 2]) {
      mkdirSync(join(dir, `c${k}`));
      writeFileSync(join(dir, `c${k}`, 'rule.txt'), RULE.replaceAll(TITLE, `${TITLE}${k}`));
      const d = join(dir, `d${k}.txt`);
      writeFileSync(d, DECISION_A.replaceAll(TITLE, `${TITLE}${k}`));
      decisions.push(d);
    }
    const bin = join(root, 'packages/cli/bin/amend.mjs');
    const runs = await Promise.all(
      [1, 2].map(
        (k) =>
          new Promise<{ code: number; err: string }>((done) => {
            const p = spawn(
              process.execPath,
              [bin, 'apply', '--corpus', join(dir, `c${k}`), '--decision', decisions[k - 1], '--out', out],
              { stdio: ['ignore', 'ignore', 'pipe'] },
            );
            let err = '';
            p.stderr.on('data', (d) => (err += d));
            p.on('close', (code) => done({ code: code ?? -1, err }));
          }),
      ),
    );
    expect(runs, runs.map((r) => r.err).join('\n')).toEqual([
      { code: 0, err: '' },
      { code: 0, err: '' },
    ]);
    for (const k of [1, 2]) {
      const log = JSON.parse((await run('log', `${TITLE}${k}`, '--store', out, '--format', 'json')).out);
      expect(log.map((v: { date: string }) => v.date)).toEqual(['2010-01-01', '2020-03-01']);
    }
    expect(readFileSync(join(out, 'store', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  });
});
