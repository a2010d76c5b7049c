import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blame, inForce, readFolderStore, record, versions, versionText, writeMigrated, type PlannedCommit } from '../src/index.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'amend-store-'));

function gitAvailable(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const RULE_V1 = '某办法\n\n第一条　甲。\n\n第二条　乙。\n';
const RULE_V2 = '某办法\n\n第一条　甲。\n\n第二条　新增的一条。\n\n第三条　乙。\n';

function commit(date: PlannedCommit['date'], subject: string, text: string | undefined, extra: Partial<PlannedCommit> = {}): PlannedCommit {
  return { date, subject, body: [], changes: [{ file: 'a.txt', ...(text === undefined ? {} : { text }) }], ...extra };
}

describe('record and versions', () => {
  it('one commit per planned version, dated, in order; show --at picks the one in force', async () => {
    const store = temp();
    await record(store, () => [commit('2010-01-01', '原文', RULE_V1)]);
    await record(store, () => [
      commit('2022-01-08', '令第119号', RULE_V2, {
        decision: '令第119号',
        changes: [
          {
            file: 'a.txt',
            text: RULE_V2,
            provenance: { 第二条: { from: null, changed: true, items: ['一'] }, 第三条: { from: '第二条', changed: false, items: [] } },
          },
        ],
      }),
    ]);
    const list = (await versions(store, 'a.txt'))!;
    expect(list.map((v) => [v.date, v.subject, v.decision ?? null])).toEqual([
      ['2010-01-01', '原文', null],
      ['2022-01-08', '令第119号', '令第119号'],
    ]);
    expect(inForce(list, '2009-12-31').version).toBeUndefined();
    expect(await versionText(store, inForce(list, '2021-12-31').version!.blob!)).toBe(RULE_V1);
    expect(await versionText(store, inForce(list, '2022-01-08').version!.blob!)).toBe(RULE_V2);
    expect(await versionText(store, inForce(list).version!.blob!)).toBe(RULE_V2);
    if (gitAvailable()) {
      // The git CLI reads the store: author dates are the effective dates, the repository is sound.
      expect(execFileSync('git', ['-C', store, 'log', '--format=%ad %s', '--date=short'], { encoding: 'utf8' })).toBe(
        '2022-01-08 令第119号\n2010-01-01 原文\n',
      );
      execFileSync('git', ['-C', store, 'fsck', '--strict', '--no-dangling'], { stdio: 'pipe' });
    }
  });

  it('a commit that changes nothing is not made; applying the same again is a no-op', async () => {
    const store = temp();
    expect(await record(store, () => [commit('2010-01-01', '原文', RULE_V1)])).toHaveLength(1);
    expect(await record(store, () => [commit('2010-01-01', '原文', RULE_V1)])).toHaveLength(0);
  });

  it('a repeal deletes the file in its commit; the version has no text', async () => {
    const store = temp();
    await record(store, () => [commit('2010-01-01', '原文', RULE_V1), commit('2022-01-08', '废止', undefined)]);
    const list = (await versions(store, 'a.txt'))!;
    expect(list.map((v) => [v.date, v.blob === undefined])).toEqual([
      ['2010-01-01', false],
      ['2022-01-08', true],
    ]);
  });

  it('an undated version is never placed on a day, and is reported after the dated one shown', async () => {
    const store = temp();
    await record(store, () => [commit('2010-01-01', '原文', RULE_V1), commit('undated', '某决定', RULE_V2)]);
    const list = (await versions(store, 'a.txt'))!;
    expect(list.map((v) => v.date)).toEqual(['2010-01-01', 'undated']);
    const at = inForce(list, '2030-01-01');
    expect(at.version?.date).toBe('2010-01-01');
    expect(at.undatedAfter?.subject).toBe('某决定');
    expect(inForce(list).version?.date).toBe('undated');
  });

  it('a date before 1970 is kept exactly (git itself has none)', async () => {
    const store = temp();
    await record(store, () => [commit('1954-09-20', '原文', RULE_V1)]);
    expect((await versions(store, 'a.txt'))![0].date).toBe('1954-09-20');
  });

  it('concurrent writers in one process: every version is kept', async () => {
    const store = temp();
    await Promise.all(
      Array.from({ length: 8 }, (_, w) =>
        record(store, () => [
          { date: '2020-01-01', subject: `writer ${w}`, body: [], changes: [{ file: `${w}.txt`, text: `某办法${w}\n\n第一条　${w}。\n` }] },
        ]),
      ),
    );
    for (let w = 0; w < 8; w++) expect((await versions(store, `${w}.txt`))!.map((v) => v.subject)).toEqual([`writer ${w}`]);
  });
});

describe('blame', () => {
  it('names, per article, the item that last changed its words; a renumbered article keeps its origin', async () => {
    const store = temp();
    await record(store, () => [commit('2010-01-01', '原文', RULE_V1)]);
    // Item 一 inserts a new 第二条; the old 第二条 becomes 第三条 unchanged.
    await record(store, () => [
      {
        date: '2022-01-08',
        subject: '令第119号',
        body: [],
        decision: '令第119号',
        changes: [
          {
            file: 'a.txt',
            text: RULE_V2,
            provenance: { 第二条: { from: null, changed: true, items: ['一'] }, 第三条: { from: '第二条', changed: false, items: [] } },
          },
        ],
      },
    ]);
    const result = (await blame(store, 'a.txt'))!;
    expect(result.entries.map((e) => [e.article, e.version.subject, e.items])).toEqual([
      ['第一条', '原文', []],
      ['第二条', '令第119号', ['一']],
      ['第三条', '原文', []],
    ]);
  });

  it('without a record of changes (a migrated store), articles whose words differ are blamed on the version', async () => {
    const store = temp();
    await record(store, () => [
      commit('2010-01-01', '原文', RULE_V1),
      commit('2022-01-08', '令', '某办法\n\n第一条　甲。\n\n第二条　丙。\n'),
    ]);
    const result = (await blame(store, 'a.txt'))!;
    expect(result.entries.map((e) => [e.article, e.version.subject])).toEqual([
      ['第一条', '原文'],
      ['第二条', '令'],
    ]);
  });
});

describe('migrating a folder store', () => {
  function folderStore(): string {
    const dir = temp();
    const rule = join(dir, '某办法');
    mkdirSync(rule);
    writeFileSync(join(rule, '2010-01-01.txt'), RULE_V1);
    writeFileSync(join(rule, '2022-01-08.txt'), RULE_V2);
    writeFileSync(
      join(rule, 'index.json'),
      JSON.stringify({
        title: '某办法',
        versions: [
          { date: '2010-01-01', file: '2010-01-01.txt', source: 'original' },
          { date: '2022-01-08', file: '2022-01-08.txt', source: '令第119号' },
        ],
      }),
    );
    return dir;
  }

  it('replays the versions as dated commits', async () => {
    const old = folderStore();
    const read = readFolderStore(old);
    expect(read.diagnostics).toEqual([]);
    const store = temp();
    expect(await writeMigrated(read.events, store)).toBe(2);
    const list = (await versions(store, '某办法.txt'))!;
    expect(list.map((v) => [v.date, v.decision ?? null])).toEqual([
      ['2010-01-01', null],
      ['2022-01-08', '令第119号'],
    ]);
    expect(await versionText(store, list[1].blob!)).toBe(RULE_V2);
  });

  it('refuses an index whose file leads outside the rule’s folder', () => {
    const old = folderStore();
    writeFileSync(
      join(old, '某办法', 'index.json'),
      JSON.stringify({ title: '某办法', versions: [{ date: '2010-01-01', file: '../../etc/passwd', source: 'original' }] }),
    );
    expect(readFolderStore(old).diagnostics.map((d) => d.ruleId)).toEqual(['store/path-outside']);
  });

  it('an unknown date (0000-00-00) becomes undated', () => {
    const old = folderStore();
    writeFileSync(
      join(old, '某办法', 'index.json'),
      JSON.stringify({ title: '某办法', versions: [{ date: '0000-00-00', file: '2010-01-01.txt', source: 'original' }] }),
    );
    expect(readFolderStore(old).events.map((e) => e.date)).toEqual(['undated']);
  });
});
