import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipEntry } from '../../packages/render/test/zip.ts';
import { run, tempDir } from '../helpers.ts';
import { DECISION, QIANGTI, RULES, ruleFile } from './decree.ts';
import { misplacedText, revisedParagraphs } from './revisions.ts';

/**
 * `amend apply … --format docx --track-changes`: the consolidated rule whose
 * Word revisions are the amendment. Read back by an independent reader
 * (fast-xml-parser, revisions accepted or rejected per ECMA-376) and, where
 * it is installed, by LibreOffice itself: accepting every revision gives the
 * consolidated text `amend apply` prints, rejecting every one the rule as
 * `amend parse` reads it — for every rule decree 119 amends, a merge and a
 * renumbering among them, and for a moved article.
 */
const dir = tempDir();
const names = readdirSync(RULES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

/** The paragraphs a text stands for: its lines without the blank ones. */
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

async function cli(...args: string[]): Promise<string> {
  const r = await run(...args);
  if (r.code !== 0) throw new Error(`amend ${args.join(' ')}: ${r.err}`);
  return r.out;
}

const expected = new Map<string, { before: string[]; after: string[] }>();

beforeAll(async () => {
  for (const name of names) {
    const rule = ruleFile(name);
    await cli('apply', '--rule', rule, '--decision', DECISION, '--format', 'docx', '--track-changes', '-o', join(dir, `${name}.docx`));
    expected.set(name, {
      before: lines(await cli('parse', rule, '--format', 'text')),
      after: lines(await cli('apply', '--rule', rule, '--decision', DECISION)),
    });
  }
}, 120_000);

describe('decree 119 as tracked changes', () => {
  it('has the thirteen amended rules', () => expect(names).toHaveLength(13));

  it.each(names)('%s: accept all = the consolidated text, reject all = the original', (name) => {
    const docx = readFileSync(join(dir, `${name}.docx`));
    const { before, after } = expected.get(name)!;
    expect(revisedParagraphs(docx, 'accept')).toEqual(after);
    expect(revisedParagraphs(docx, 'reject')).toEqual(before);
    expect(misplacedText(docx)).toEqual([]);
  });

  it('marks the merge of 第十八条、第十九条、第二十条 (十（六）) and the renumbering after it as revisions by amend, dated 2022-01-08', () => {
    const xml = unzipEntry(readFileSync(join(dir, `${QIANGTI}.docx`)), 'word/document.xml') ?? '';
    const revisions = [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(revisions.length).toBeGreaterThan(10);
    expect(new Set(revisions.map((r) => `${r[3]} ${r[4]}`))).toEqual(new Set(['amend 2022-01-08T00:00:00Z']));
    // Every revision has its own id.
    expect(new Set(revisions.map((r) => r[2])).size).toBe(revisions.length);
    // The old 第二十一条 is now 第十九条: the number is struck and rewritten.
    expect(xml).toMatch(
      /<w:del [^>]*><w:r><w:rPr>.*?<\/w:rPr><w:delText xml:space="preserve">第二十一条<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">第十九条<\/w:t>/,
    );
  });

  it('is the same file on every run; --author names who the revisions are by', async () => {
    const again = join(dir, 'again.docx');
    await cli('apply', '--rule', ruleFile(QIANGTI), '--decision', DECISION, '--format', 'docx', '--track-changes', '-o', again);
    expect(readFileSync(again)).toEqual(readFileSync(join(dir, `${QIANGTI}.docx`)));
    const byName = join(dir, 'by-name.docx');
    await cli(
      'apply',
      '--rule',
      ruleFile(QIANGTI),
      '--decision',
      DECISION,
      '--format',
      'docx',
      '--track-changes',
      '--author',
      '法制办',
      '-o',
      byName,
    );
    expect(unzipEntry(readFileSync(byName), 'word/document.xml')).toContain('w:author="法制办"');
  });

  it('--track-changes without --format docx, or --author without --track-changes, is a usage error', async () => {
    expect((await run('apply', '--rule', ruleFile(QIANGTI), '--decision', DECISION, '--track-changes')).code).toBe(2);
    expect(
      (
        await run(
          'apply',
          '--rule',
          ruleFile(QIANGTI),
          '--decision',
          DECISION,
          '--format',
          'docx',
          '--author',
          'x',
          '-o',
          join(dir, 'x.docx'),
        )
      ).code,
    ).toBe(2);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});

describe('a moved article and amend diff', () => {
  const rule = '某某办法\n\n第一条　甲。\n\n第二条　乙。\n\n第三条　丙。\n\n第四条　丁。\n';
  // Worked out by hand: 第二条 moves to the end and becomes 第四条; 丙 and 丁 move up one number.
  const moved = '某某办法\n\n第一条　甲。\n\n第二条　丙。\n\n第三条　丁。\n\n第四条　乙。\n';

  it('diff --format docx --track-changes: the move is struck where it was and written in where it goes', async () => {
    const [a, b, out] = [join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'moved.docx')];
    writeFileSync(a, rule);
    writeFileSync(b, moved);
    await cli('diff', a, b, '--format', 'docx', '--track-changes', '-o', out);
    const docx = readFileSync(out);
    expect(revisedParagraphs(docx, 'accept')).toEqual(lines(moved));
    expect(revisedParagraphs(docx, 'reject')).toEqual(lines(rule));
    const xml = unzipEntry(docx, 'word/document.xml') ?? '';
    // 乙 is deleted once (its old place) and inserted once (its new place).
    expect(xml.match(/<w:delText xml:space="preserve">[^<]*乙。<\/w:delText>/g)).toHaveLength(1);
    expect(xml.match(/<w:t xml:space="preserve">[^<]*乙。<\/w:t>/g)).toHaveLength(1);
    expect(xml.indexOf('乙。</w:delText>')).toBeLessThan(xml.indexOf('丙。'));
    expect(xml.indexOf('乙。</w:t>')).toBeGreaterThan(xml.indexOf('丁。'));
  });

  it('diff --format docx without --track-changes is the 对照表', async () => {
    const out = join(dir, 'table.docx');
    await cli('diff', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'docx', '-o', out);
    expect(unzipEntry(readFileSync(out), 'word/document.xml')).toContain('修改前后对照表');
  });
});

/** A Python that has LibreOffice's UNO bridge (Debian's python3-uno), when there is one. */
function unoPython(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', 'import uno'], { stdio: 'pipe' });
      return python;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const office = existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice');
const python = office ? unoPython() : undefined;
if (!office)
  console.warn('SKIPPED LibreOffice checks of tracked changes: soffice is not installed (apt-get install libreoffice-writer-nogui)');
else if (!python) console.warn('SKIPPED LibreOffice accept/reject of tracked changes: no python3 with uno (apt-get install python3-uno)');

describe.skipIf(!office)('LibreOffice and the tracked changes', () => {
  it('converts a tracked-changes document to PDF', () => {
    const out = tempDir();
    const profile = pathToFileURL(join(out, 'profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, `${QIANGTI}.docx`)],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    const pdf = readFileSync(join(out, `${QIANGTI}.pdf`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);

  it.skipIf(!python)(
    'accepting all gives the consolidated text and rejecting all the original, for every rule',
    () => {
      const files = names.map((n) => join(dir, `${n}.docx`));
      for (const mode of ['accept', 'reject'] as const) {
        const out = tempDir();
        execFileSync(python!, [join(import.meta.dirname, 'lo-revisions.py'), mode, out, ...files], { stdio: 'pipe', timeout: 300_000 });
        for (const name of names) {
          const text = readFileSync(join(out, `${name}.txt`), 'utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\r\n/g, '\n');
          const want = expected.get(name)!;
          expect(lines(text), `${mode} ${name}`).toEqual(mode === 'accept' ? want.after : want.before);
        }
      }
    },
    400_000,
  );
});
