import { readFileSync } from 'node:fs';
import { parseRule } from '@amend/document';
import { diffDocuments } from './src/index.ts';
const pairs = [['/work/shared/corpus/triples/spc2020-civ27-s27-minjian-jiedai/before.md','/work/shared/corpus/triples/spc2020-civ27-s27-minjian-jiedai/after.md'],['/work/shared/corpus/laws/经济法/会计法(2017-11-04).md','/work/shared/corpus/laws/经济法/会计法(2024-06-28).md']];
for (const [x, y] of pairs) {
const a = parseRule(readFileSync(x, 'utf8'), { file: x }).value;
const b = parseRule(readFileSync(y, 'utf8'), { file: y }).value;
const ch = diffDocuments(a, b);
console.log(ch.filter(c => c.status !== 'unchanged').map(c => `${c.status}${c.textChanged ? '*' : ''} ${c.before.map(x=>x.id).join(',')}->${c.after.map(x=>x.id).join(',')}`).join('\n'));
}
