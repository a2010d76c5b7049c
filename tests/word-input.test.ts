import { existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import CFB from 'cfb';
import { zipSync, strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordFromText } from '../packages/word/test/typed-docx.ts';
import { example, run, tempDir } from './helpers.ts';

/**
 * Word documents in, through every command: decree 119 and its rules kept as
 * .docx (labels made by Word's list numbering) give the same results as the
 * typed files; diagnostics name paragraphs; bad Word files are refused with
 * the file named and nothing written.
 */
const dir = tempDir();
const RULE = '宁夏回族自治区行政执法证件管理办法';
const ruleTxt = join(example, 'rules', `${RULE}.txt`);
const decisionTxt = join(example, 'decision.md');
const ruleDocx = join(dir, `${RULE}.docx`);
const decisionDocx = join(dir, 'decision.docx');

beforeAll(async () => {
  writeFileSync(ruleDocx, await wordFromText(readFileSync(ruleTxt, 'utf8')));
  writeFileSync(decisionDocx, await wordFromText(readFileSync(decisionTxt, 'utf8')));
});

describe('.docx rules and decisions read like the typed files', () => {
  it('apply: the consolidated rule is the same, to the character', async () => {
    const fromText = await run('apply', '--rule', ruleTxt, '--decision', decisionTxt);
    const fromWord = await run('apply', '--rule', ruleDocx, '--decision', decisionDocx);
    expect(fromWord.code, fromWord.err).toBe(0);
    expect(fromWord.out).toBe(fromText.out);
  });

  it('parse, decision, check, xref and table accept .docx', async () => {
    for (const args of [
      ['parse', ruleDocx],
      ['decision', decisionDocx],
      ['check', '--rule', ruleDocx, '--decision', decisionDocx],
      ['xref', ruleDocx],
      ['table', '--rule', ruleDocx, '--decision', decisionDocx, '--format', 'md'],
    ]) {
      const textArgs = args.map((a) => (a === ruleDocx ? ruleTxt : a === decisionDocx ? decisionTxt : a));
      const [w, t] = [await run(...args), await run(...textArgs)];
      expect(w.code, `${args[0]}: ${w.err}`).toBe(0);
      // Only the file names differ.
      expect(w.out.replaceAll(ruleDocx, ruleTxt).replaceAll(decisionDocx, decisionTxt), args[0]).toBe(t.out);
    }
  });

  it('diff compares a .docx with a text file', async () => {
    const r = await run('diff', ruleDocx, ruleTxt);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([]);
  });

  it('apply --corpus reads a folder of .docx rules', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const f of readdirSync(join(example, 'rules'))) {
      writeFileSync(join(corpus, f.replace(/\.txt$/, '.docx')), await wordFromText(readFileSync(join(example, 'rules', f), 'utf8')));
    }
    const r = await run('apply', '--corpus', corpus, '--decision', decisionDocx, '--out', join(dir, 'out'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^13 rule\(s\) amended, 0 repealed/);
    const t = await run('apply', '--corpus', join(example, 'rules'), '--decision', decisionTxt, '--out', join(dir, 'out-text'));
    expect(readFileSync(join(dir, 'out', `${RULE}.txt`), 'utf8')).toBe(readFileSync(join(dir, 'out-text', `${RULE}.txt`), 'utf8'));
    expect(t.code).toBe(0);
  });
});

describe('diagnostics in a .docx name the paragraph', () => {
  it('decision.docx:¶N:C with the paragraph in the gutter', async () => {
    const text = '关于修改《宁夏回族自治区行政执法证件管理办法》的决定\n\n一、将第二条中的“工商局”修改为“市场监督管理部门”。\n';
    const bad = join(dir, 'bad-decision.docx');
    writeFileSync(bad, await wordFromText(text));
    const out = join(dir, 'never.txt');
    const r = await run('apply', '--rule', ruleDocx, '--decision', bad, '-o', out);
    expect(r.code).toBe(1);
    // Paragraph 3 (the empty paragraph between counts); the instruction's 第二条 is column 4, after the label 一、 and 将.
    expect(r.err).toContain(`${bad}:¶3:4: error: “工商局” does not occur in 第二条 of the original rule [engine/phrase-not-found]`);
    expect(r.err).toContain('  ¶3 | 一、将第二条中的“工商局”修改为“市场监督管理部门”。');
    expect(existsSync(out)).toBe(false);
  });
});

describe('bad Word files: the file named, a reason, nothing written', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    [
      'a zip that is not Word',
      () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      /is a zip archive but not a Word document/,
    ],
    ['an encrypted document', () => ole('EncryptedPackage'), /protected by a password/],
    ['a Word 97–2003 .doc', () => ole('WordDocument'), /Word 97–2003 document \(\.doc\)/],
    ['a truncated document', () => readFileSync(ruleDocx).subarray(0, 3000), /damaged or cut short/],
  ];

  it.each(cases)('%s', async (_, make, reason) => {
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, make());
    const out = join(dir, 'out.txt');
    const r = await run('apply', '--rule', bad, '--decision', decisionTxt, '-o', out);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: error: `));
    expect(r.err).toMatch(reason);
    expect(existsSync(out)).toBe(false);
  });

  it('a 100 MB document is refused before it is unpacked', async () => {
    const big = join(dir, 'big.docx');
    writeFileSync(big, readFileSync(ruleDocx));
    truncateSync(big, 100 * 1024 * 1024);
    const out = join(dir, 'big-out.txt');
    const r = await run('apply', '--rule', big, '--decision', decisionTxt, '-o', out);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${big}: error: the Word document is 100 MB; documents over 50 MB are not read`);
    expect(existsSync(out)).toBe(false);
  });
});

/** An OLE compound file holding one stream of the given name, as Word writes .doc and encrypted files. */
function ole(stream: string): Uint8Array {
  const c = CFB.utils.cfb_new();
  CFB.utils.cfb_add(c, `/${stream}`, new Uint8Array(4096));
  return new Uint8Array(CFB.write(c, { type: 'array' }) as ArrayLike<number>);
}
