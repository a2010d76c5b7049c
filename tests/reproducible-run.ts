// Every output command once, into OUT, in this process's time zone, locale
// and working folder: what tests/reproducible.test.ts runs twice and compares.
//   node --conditions=amend-source --import tsx tests/reproducible-run.ts OUT
import { join, resolve } from 'node:path';
import { main } from '../packages/cli/src/main.ts';

const out = resolve(process.argv[2]);
const example = resolve(import.meta.dirname, '../examples/decree-119');
const decision = join(example, 'decision.md');
const rule = join(example, 'rules', '宁夏回族自治区行政执法证件管理办法.txt');
const expected = join(example, 'expected', '宁夏回族自治区行政执法证件管理办法.txt');
const quiet = { out: () => {}, err: (t: string) => process.stderr.write(t) };
const run = async (...args: string[]) => {
  const code = await main(['node', 'amend', ...args], quiet);
  if (code !== 0) throw new Error(`amend ${args.join(' ')} exited ${code}`);
};

for (const format of ['text', 'md', 'html', 'json', 'akn', 'docx']) {
  await run(
    'apply',
    '--rule',
    rule,
    '--decision',
    decision,
    '--format',
    format,
    '-o',
    join(out, `rule.${format}`),
    '--report',
    join(out, `report-${format}.json`),
  );
}
for (const format of ['html', 'md', 'docx'])
  await run('table', '--rule', rule, '--decision', decision, '--format', format, '-o', join(out, `table.${format}`));
await run('diff', rule, expected, '--format', 'html', '-o', join(out, 'diff.html'));
await run('apply', '--corpus', join(example, 'rules'), '--decision', decision, '--out', join(out, 'corpus'), '--format', 'docx');
await run('table', '--corpus', join(example, 'rules'), '--decision', decision, '--format', 'docx', '-o', join(out, 'tables'));
