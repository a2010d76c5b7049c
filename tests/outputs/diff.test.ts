import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, shared, tempDir } from '../helpers.ts';

/**
 * `amend diff OLD NEW` end to end through the CLI, on two real pairs of
 * versions. Expectations come from reading both versions (and, for 民间借贷规定,
 * section 二十七 of the amending instrument):
 *
 * 会计法 2017 → 2024: 帐簿 became 账簿 throughout; old 第二十四条 and 第二十五条
 * (the chapter 公司、企业会计核算的特别规定) are gone, so old 第二十八条 reads
 * word for word as new 第二十六条; a new 第四十六条 (行政处罚法) and 第四十九条
 * (中央军事委员会) were written in; old 第四十九条 became 第四十七条 behind a
 * new first paragraph; old 第五十一条 and 第五十二条 are new 第五十条 and
 * 第五十一条, their words untouched.
 *
 * 民间借贷规定 (instrument section 二十七): 2.删除第十条; 3.将第十一条修改为
 * “…除存在民法典第一百四十六条、第一百五十三条、第一百五十四条以及本规定第十三条规定的情形外…”.
 */
const laws = join(shared, 'corpus/laws/经济法');
const KJ_OLD = join(laws, '会计法(2017-11-04).md');
const KJ_NEW = join(laws, '会计法(2024-06-28).md');
const triple = join(shared, 'corpus/triples/spc2020-civ27-s27-minjian-jiedai');
const JD_OLD = join(triple, 'before.md');
const JD_NEW = join(triple, 'after.md');

const haveCorpus = existsSync(KJ_OLD) && existsSync(KJ_NEW) && existsSync(JD_OLD);
if (!haveCorpus) console.warn(`SKIPPED amend diff tests: the shared corpus is not at ${shared}`);

async function diff(format: string, a: string, b: string): Promise<string> {
  const r = await run('diff', a, b, '--format', format);
  expect(r.code, r.err).toBe(0);
  return r.out;
}

/** The Markdown table row that starts with this old article (or, `''`, an inserted one with this new number). */
function mdRow(md: string, left: string, right?: string): string | undefined {
  const start = left ? `| **${left}**　` : `|  | **${right}**　`;
  return md.split('\n').find((l) => l.startsWith(start) && (right === undefined || l.includes(` | **${right}**　`)));
}

const KJ_51 = '个体工商户会计管理的具体办法，由国务院财政部门根据本法的原则另行规定。';
const KJ_52 = '本法自2000年7月1日起施行。';
const KJ_28 = [
  '单位负责人应当保证会计机构、会计人员依法履行职责，不得授意、指使、强令会计机构、会计人员违法办理会计事项。',
  '会计机构、会计人员对违反本法和国家统一的会计制度规定的会计事项，有权拒绝办理或者按照职权予以纠正。',
].join('<br>');

describe.skipIf(!haveCorpus)('amend diff 会计法 2017 → 2024', () => {
  it('Markdown: word-level changes, and articles that only moved shown unmarked beside their old selves', async () => {
    const md = await diff('md', KJ_OLD, KJ_NEW);
    expect(md.split('\n')[0]).toBe('# 《中华人民共和国会计法》修改前后对照表');
    expect(mdRow(md, '第三条')).toBe(
      '| **第三条**　各单位必须依法设置会计<del>帐簿</del>，并保证其真实、完整。 | **第三条**　各单位必须依法设置会计<ins>账簿</ins>，并保证其真实、完整。 |',
    );
    expect(mdRow(md, '第二十四条')).toBe(
      '| **第二十四条**　<del>公司、企业进行会计核算，除应当遵守本法第二章的规定外，还应当遵守本章规定。</del> |  |',
    );
    expect(mdRow(md, '', '第四十九条')).toBe(
      '|  | **第四十九条**　<ins>中央军事委员会有关部门可以依照本法和国家统一的会计制度制定军队实施国家统一的会计制度的具体办法，抄送国务院财政部门。</ins> |',
    );
    expect(mdRow(md, '第四十九条')).toBe(
      '| **第四十九条**　违反本法规定，同时违反其他法律规定的，由有关部门在各自职权范围内依法进行处罚。 | ' +
        '**第四十七条**　<ins>因违反本法规定受到处罚的，按照国家有关规定记入信用记录。</ins><br>违反本法规定，同时违反其他法律规定的，由有关部门在各自职权范围内依法进行处罚。 |',
    );
    // After two deletions and two insertions, the untouched articles are not shown as rewritten.
    expect(mdRow(md, '第二十八条')).toBe(`| **第二十八条**　${KJ_28} | **第二十六条**　${KJ_28} |`);
    expect(mdRow(md, '第五十一条')).toBe(`| **第五十一条**　${KJ_51} | **第五十条**　${KJ_51} |`);
    expect(mdRow(md, '第五十二条')).toBe(`| **第五十二条**　${KJ_52} | **第五十一条**　${KJ_52} |`);
    // An article whose number and words both stayed is left out.
    expect(md).not.toContain('**第一条**');
    // Every row without a marked word is an article that only moved: the same words on both sides.
    const rows = md.split('\n').filter((l) => l.startsWith('| **第'));
    const unmarked = rows.filter((l) => !/<(del|ins)>/.test(l));
    expect(unmarked.length).toBeGreaterThanOrEqual(3);
    for (const row of unmarked) {
      const [left, right] = row.slice(2, -2).split(' | ');
      const words = (cell: string) => cell.replace(/^\*\*第[^*]+条\*\*/, '');
      expect(words(left), row).toBe(words(right));
    }
  });

  it('HTML: a standalone page with the same rows', async () => {
    const html = await diff('html', KJ_OLD, KJ_NEW);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<h1>《中华人民共和国会计法》修改前后对照表</h1>');
    expect(html).toContain(
      '<tr class="modified"><td data-eid="art_3"><p><b class="num">第三条</b>　各单位必须依法设置会计<del>帐簿</del>，并保证其真实、完整。</p></td>' +
        '<td data-eid="art_3"><p><b class="num">第三条</b>　各单位必须依法设置会计<ins>账簿</ins>，并保证其真实、完整。</p></td></tr>',
    );
    expect(html).toContain(
      `<tr class="renumbered"><td data-eid="art_52"><p><b class="num">第五十二条</b>　${KJ_52}</p></td><td data-eid="art_51"><p><b class="num">第五十一条</b>　${KJ_52}</p></td></tr>`,
    );
    expect(html).toMatch(
      /<tr class="deleted"><td data-eid="art_25"><p><b class="num">第二十五条<\/b>　<del>公司、企业必须根据实际发生的经济业务事项，[^<]*<\/del><\/p><\/td><td class="empty"><\/td><\/tr>/,
    );
  });

  it('unified: the canonical texts line by line, as git shows them', async () => {
    const patch = await diff('unified', KJ_OLD, KJ_NEW);
    const lines = patch.split('\n');
    expect(lines[0]).toMatch(/^--- ".*\\344\\274\\232\\350\\256\\241\\346\\263\\225\(2017-11-04\)\.md"$/);
    expect(lines[1]).toMatch(/^\+\+\+ ".*\(2024-06-28\)\.md"$/);
    expect(lines).toContain('-第三条　各单位必须依法设置会计帐簿，并保证其真实、完整。');
    expect(lines).toContain('+第三条　各单位必须依法设置会计账簿，并保证其真实、完整。');
    expect(lines).toContain(
      ' 第一条　为了规范会计行为，保证会计资料真实、完整，加强经济管理和财务管理，提高经济效益，维护社会主义市场经济秩序，制定本法。',
    );
    expect(lines).toContain(`-第五十二条　${KJ_52}`);
    expect(lines).toContain(`+第五十一条　${KJ_52}`);
  });

  it('writes to a file with -o', async () => {
    const out = join(tempDir(), 'kj.html');
    const r = await run('diff', KJ_OLD, KJ_NEW, '--format', 'html', '-o', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<del>帐簿</del>');
  });
});

describe.skipIf(!haveCorpus)('amend diff 民间借贷规定 before → after', () => {
  it('2.删除第十条 and 3.将第十一条修改为: a deleted row, then old 第十一条 beside new 第十条 with its citations changed', async () => {
    const md = await diff('md', JD_OLD, JD_NEW);
    expect(mdRow(md, '第十条')).toMatch(/^\| \*\*第十条\*\*　<del>除自然人之间的借款合同外，[^<]*<\/del> \|  \|$/);
    const row = mdRow(md, '第十一条');
    expect(row).toContain(' | **第十条**　');
    expect(row).toContain('<del>《中华人民共和国合同法》第五十二条</del>');
    expect(row).toContain('<ins>民法典第一百四十六条、第一百五十三条、第一百五十四条</ins>');
    expect(row).toContain('以及本规定<del>第十四条</del>');
    expect(row).toContain('以及本规定<ins>第十三条</ins>');
  });
});
