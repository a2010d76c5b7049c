import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, root, run, tempDir } from './helpers.ts';

const fixtures = join(root, 'packages/cite/test/fixtures');

/** A corpus of the two versions of 测试管理办法 (packages/cite/test/fixtures) and one rule citing it. */
function corpus(): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(join(dir, 'rules'), { recursive: true });
  copyFileSync(join(fixtures, 'testlaw-old.md'), join(dir, '测试管理办法(2020-01-01).md'));
  copyFileSync(join(fixtures, 'testlaw-new.md'), join(dir, '测试管理办法(2025-01-01).md'));
  writeFileSync(
    join(dir, 'rules', '测试管理办法实施细则(2022-05-01).md'),
    [
      '# 测试管理办法实施细则',
      '',
      '2022年5月1日 发布',
      '',
      '<!-- INFO END -->',
      '',
      '第一条 根据《测试管理办法》第十条，制定本细则。',
      '',
      '第二条 依照测试管理办法第四条报送报告。',
      '',
    ].join('\n'),
  );
  return dir;
}

describe('amend xref --external', () => {
  it('lists citations of other rules with file, line and column, names resolved against a corpus', async () => {
    const dir = corpus();
    const file = join(dir, 'rules', '测试管理办法实施细则(2022-05-01).md');
    const r = await run('xref', file, '--external', '--corpus', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // Line 7 is "第一条 根据《测试管理办法》第十条，制定本细则。" and line 9 "第二条 依照测试管理办法第四条报送报告。":
    // after the label, its space and two characters, both citations start at column 7.
    expect(r.out).toBe(
      `${file}:7:7\t《测试管理办法》第十条\t测试管理办法\t第十条\n${file}:9:7\t测试管理办法第四条\t测试管理办法\t第四条\n`,
    );
    // Without a corpus a name without marks is known only when it ends like a law's (…法, …条例): 测试管理办法 is not.
    const json = JSON.parse((await run('xref', file, '--external', '--format', 'json')).out);
    expect(json.map((c: { text: string }) => c.text)).toEqual(['《测试管理办法》第十条']);
    expect(json[0].targets[0].provision).toEqual({ article: { n: 10 } });
  });
});

describe('amend map', () => {
  it('prints the map of two versions, and writes its JSON', async () => {
    const dir = corpus();
    const r = await run('map', join(dir, '测试管理办法(2020-01-01).md'), join(dir, '测试管理办法(2025-01-01).md'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('split       第四条 → 第五条、第六条');
    expect(r.out).toContain('merged      第七条、第八条 → 第八条');
    expect(r.out).toContain('deleted     第九条 → —');
    const out = join(dir, '..', 'map.json');
    expect(
      (await run('map', join(dir, '测试管理办法(2020-01-01).md'), join(dir, '测试管理办法(2025-01-01).md'), '--format', 'json', '-o', out))
        .code,
    ).toBe(0);
    expect(JSON.parse(read(out)).law).toBe('测试管理办法');
  });

  it('wants either the new version or a decision', async () => {
    const r = await run('map', 'old.md');
    expect(r.code).toBe(2);
    expect(r.err).toContain('give the new version');
  });
});

describe('amend impact', () => {
  it('reports the citing rule with the new numbers, as text, JSON and HTML', async () => {
    const dir = corpus();
    const text = await run('impact', '--corpus', dir, '--law', '测试管理办法');
    expect(text.err).toBe('');
    expect(text.out).toContain('测试管理办法实施细则  2022-05-01');
    // Old 第十条 (the penalty) is the new 第九条; old 第四条 was split into 第五条 and 第六条.
    expect(text.out).toContain('7:7  renumbered; the cited words changed  《测试管理办法》第十条 → 《测试管理办法》第九条');
    expect(text.out).toContain(
      '9:7  renumbered; the cited words changed  测试管理办法第四条 → 测试管理办法第五条、第六条  (review: the article was split)',
    );
    const json = JSON.parse(
      (
        await run(
          'impact',
          '--corpus',
          dir,
          '--from',
          join(dir, '测试管理办法(2020-01-01).md'),
          '--to',
          join(dir, '测试管理办法(2025-01-01).md'),
          '--format',
          'json',
        )
      ).out,
    );
    expect(json.documents[0].citations.map((c: { newText: string }) => c.newText)).toEqual([
      '《测试管理办法》第九条',
      '测试管理办法第五条、第六条',
    ]);
    const html = join(dir, '..', 'impact.html');
    expect((await run('impact', '--corpus', dir, '--law', '测试管理办法', '--format', 'html', '-o', html)).code).toBe(0);
    const page = read(html);
    expect(page).toContain('<mark>《测试管理办法》第十条</mark>');
    expect(page).toContain('<td class="new">《测试管理办法》第九条</td>');
  });

  it('speaks Chinese with --lang zh', async () => {
    const dir = corpus();
    const r = await run('impact', '--corpus', dir, '--law', '测试管理办法', '--lang', 'zh');
    expect(r.out).toContain('测试管理办法  2020-01-01 → 2025-01-01  （两个版本逐条比对）\n受影响的文件：1，2 处引用');
    expect(r.out).toContain('（需核对：原条文已拆分）');
  });

  it('uses a map written by amend map', async () => {
    const dir = corpus();
    const map = join(dir, '..', 'map.json');
    await run('map', join(dir, '测试管理办法(2020-01-01).md'), join(dir, '测试管理办法(2025-01-01).md'), '--format', 'json', '-o', map);
    const r = await run('impact', '--corpus', dir, '--map', map, '--format', 'json');
    expect(JSON.parse(r.out).documents[0].citations[0].newText).toBe('《测试管理办法》第九条');
  });

  it('drafts the conforming decision, and names the citations it leaves for a person', async () => {
    const dir = corpus();
    const r = await run('impact', '--corpus', dir, '--law', '测试管理办法', '--conform');
    expect(r.code).toBe(0);
    // Old 第十条 (the penalty) is the new 第九条; old 第四条 was split, so its citation is left as written.
    expect(r.out).toBe(
      [
        '关于修改《测试管理办法实施细则》的决定',
        '',
        '根据《测试管理办法》（2025年1月1日）条文序号的调整，对《测试管理办法实施细则》引用《测试管理办法》的条文序号作如下修改：',
        '',
        '一、将第一条中的“《测试管理办法》第十条”修改为“《测试管理办法》第九条”。',
        '',
      ].join('\n'),
    );
    expect(r.err).toContain(
      'rules/测试管理办法实施细则(2022-05-01).md:9:7: warning: “测试管理办法第四条” in 第二条第一款 is left as written for a person to decide: the article was split [cite/citation-left]',
    );
  });

  it('names what is wrong with a bad map, a rule with one version, a missing corpus', async () => {
    const dir = corpus();
    const bad = join(dir, '..', 'bad.json');
    writeFileSync(bad, '{"law": "测试管理办法"}');
    const r = await run('impact', '--corpus', dir, '--map', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a map of a rule: no "rows" [cite/bad-map]');
    const one = await run('impact', '--corpus', dir, '--law', '测试管理办法实施细则');
    expect(one.code).toBe(1);
    expect(one.err).toContain('[cite/one-version]');
    const missing = await run('impact', '--corpus', join(dir, 'nowhere'), '--law', '测试管理办法');
    expect(missing.code).toBe(3);
    const usage = await run('impact', '--corpus', dir);
    expect(usage.code).toBe(2);
    expect(existsSync(join(dir, '..', 'impact.html'))).toBe(false);
  });
});

describe('amend apply and the citations of another rule', () => {
  /** A rule citing 测试管理办法, and a decision amending it that says those citations follow the law's new numbering. */
  function amendedRule(dir: string) {
    const rule = join(dir, '测试管理办法实施细则.txt');
    writeFileSync(
      rule,
      [
        '测试管理办法实施细则',
        '',
        '第一条 具备测试管理办法第三条第三项规定的设备的，可以申请。',
        '',
        '第二条 测试机构的报告，依照测试管理办法第四条报送。',
        '',
        '第三条 本细则自测试管理办法第十一条规定的日期起施行。',
        '',
      ].join('\n'),
    );
    const decision = join(dir, '..', 'decision.md');
    writeFileSync(
      decision,
      [
        '关于修改《测试管理办法实施细则》的决定',
        '',
        '一、将第一条中的“可以申请”修改为“可以申请登记”。',
        '',
        '此外，对条文中引用《测试管理办法》的条文序号作相应调整。',
        '',
      ].join('\n'),
    );
    return { rule, decision };
  }

  it("with the law's map, writes the citations in its new numbering and names the one it leaves", async () => {
    const dir = corpus();
    const { rule, decision } = amendedRule(dir);
    const map = join(dir, '..', 'map.json');
    await run('map', join(dir, '测试管理办法(2020-01-01).md'), join(dir, '测试管理办法(2025-01-01).md'), '--format', 'json', '-o', map);
    const r = await run('apply', '--rule', rule, '--decision', decision, '--map', map);
    expect(r.code).toBe(0);
    // From the two versions: 3(3) → 4(2), 11 → 10; old 第四条 was split into 第五条 and 第六条.
    expect(r.out).toContain('第一条　具备测试管理办法第四条第二项规定的设备的，可以申请登记。');
    expect(r.out).toContain('第二条　测试机构的报告，依照测试管理办法第四条报送。');
    expect(r.out).toContain('第三条　本细则自测试管理办法第十条规定的日期起施行。');
    expect(r.err).toContain(
      '“测试管理办法第四条” in 第二条第一款 is left as written for a person to decide: the article was split [cite/citation-left]',
    );
  });

  it('reports each citation it rewrites, in English and Chinese, and in --report', async () => {
    const dir = corpus();
    const { rule, decision } = amendedRule(dir);
    const map = join(dir, '..', 'map.json');
    await run('map', join(dir, '测试管理办法(2020-01-01).md'), join(dir, '测试管理办法(2025-01-01).md'), '--format', 'json', '-o', map);
    const report = join(dir, '..', 'report.json');
    const en = await run('apply', '--rule', rule, '--decision', decision, '--map', map, '-v', '--report', report);
    expect(en.err).toContain('in 第一条第一款, “测试管理办法第三条第三项” now reads “测试管理办法第四条第二项” [cite/citation-adjusted]');
    expect(en.err).toContain('in 第三条第一款, “测试管理办法第十一条” now reads “测试管理办法第十条” [cite/citation-adjusted]');
    const zh = await run('apply', '--rule', rule, '--decision', decision, '--map', map, '-v', '--lang', 'zh');
    expect(zh.err).toContain('第一条第一款中的“测试管理办法第三条第三项”已调整为“测试管理办法第四条第二项” [cite/citation-adjusted]');
    expect(zh.err).toContain('第二条第一款中的“测试管理办法第四条”保持原样，留待人工处理：原条文已拆分 [cite/citation-left]');
    const ids = JSON.parse(read(report)).diagnostics.map(
      (d: { ruleId: string; data: { old?: string; text?: string } }) => `${d.ruleId} ${d.data.old ?? d.data.text}`,
    );
    expect(ids).toEqual([
      'cite/citation-adjusted 测试管理办法第三条第三项',
      'cite/citation-left 测试管理办法第四条',
      'cite/citation-adjusted 测试管理办法第十一条',
    ]);
  });

  it('without a map, says the statement cannot be carried out and changes no citation', async () => {
    const dir = corpus();
    const { rule, decision } = amendedRule(dir);
    const r = await run('apply', '--rule', rule, '--decision', decision);
    expect(r.code).toBe(0);
    expect(r.out).toContain('第三条　本细则自测试管理办法第十一条规定的日期起施行。');
    expect(r.err).toContain('the decision adjusts the citations of “测试管理办法”, but no map of it is known');
  });

  it("in a corpus, takes the law's two versions from it, and writes the impact report of each amended rule", async () => {
    const dir = corpus();
    const { decision } = amendedRule(dir);
    const out = join(dir, '..', 'out');
    const r = await run('apply', '--corpus', dir, '--decision', decision, '-o', out);
    expect(r.code).toBe(0);
    expect(read(join(out, '测试管理办法实施细则.txt'))).toContain('第三条　本细则自测试管理办法第十条规定的日期起施行。');
    const impact = JSON.parse(read(join(out, 'reports', '测试管理办法实施细则.impact.json')));
    expect(impact.law).toBe('测试管理办法实施细则');
    expect(impact.documents).toEqual([]);
    expect(existsSync(join(out, 'reports', '测试管理办法实施细则.impact.html'))).toBe(true);
  });
});
