import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRule } from '@amend/document';
import type { Document, MapRow, VersionMap } from '@amend/model';
import { articleLabel } from '@amend/model';
import { mapFromJson, mapFromVersions, provisionLabel } from '../src/index.ts';

function rule(file: string): Document {
  const r = parseRule(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8'), { file });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.value;
}

// Two versions of a small rule, written for these tests: read them side by side to check every expectation.
const OLD = rule('testlaw-old.md');
const NEW = rule('testlaw-new.md');

const brief = (r: MapRow) =>
  `${r.status}${r.moved ? ' moved' : ''}${r.textChanged ? ' *' : ''}: ${r.before.map((b) => articleLabel(b.num)).join('+') || '—'} → ${r.after.map((a) => articleLabel(a.num)).join('+') || '—'}`;

describe('the map of two versions', () => {
  const map = mapFromVersions(OLD, NEW, { date: '2020-01-01' }, { date: '2025-01-01' });

  it('names what became of every old article (worked out by reading both versions)', () => {
    expect(map.rows.map(brief).sort()).toEqual(
      [
        'unchanged: 第一条 → 第一条',
        'unchanged: 第二条 → 第二条',
        // 第六条 was moved up before the conditions; the articles it passed keep their order.
        'renumbered moved: 第六条 → 第三条',
        // One of three items struck out.
        'renumbered *: 第三条 → 第四条',
        // The report and its review became two articles.
        'split *: 第四条 → 第五条+第六条',
        'renumbered *: 第五条 → 第七条',
        // 收费标准 and 服务承诺 in one article.
        'merged *: 第七条+第八条 → 第八条',
        'deleted *: 第九条 → —',
        // The penalty cites the renumbered article: its words changed too.
        'renumbered *: 第十条 → 第九条',
        'renumbered: 第十一条 → 第十条',
      ].sort(),
    );
  });

  it('links each 项 to where it went, and a struck-out one to nothing', () => {
    const row = map.rows.find((r) => r.before[0]?.num.n === 3)!;
    const links = row.provisions.map((l) => `${provisionLabel(l.before)} → ${l.after.map((p) => provisionLabel(p)).join('、') || '—'}`);
    expect(links).toEqual([
      '第三条第一款 → 第四条',
      '第三条第一款第一项 → 第四条第一项',
      '第三条第一款第二项 → —',
      '第三条第一款第三项 → 第四条第二项',
    ]);
  });

  it('reads back from its JSON, and refuses what is not a map', () => {
    const back = mapFromJson(JSON.parse(JSON.stringify(map))) as VersionMap;
    expect(back.rows.map(brief)).toEqual(map.rows.map(brief));
    expect(mapFromJson([])).toBe('not a JSON object');
    expect(mapFromJson({ law: '测试管理办法', rows: [{ before: [{ num: 3 }], after: [] }] })).toMatch(/^row 1: "before" and "after"/);
  });
});
