import { lex, sentences } from '../src/lexer.ts';
import { parseSentence } from '../src/parser.ts';
const samples = [
 '删去第三条第一款中的“规章”，将第二款中的“工商行政管理部门”修改为“市场监督管理部门”。',
 '第十三条、第十五条分别改为第十四条、第十六条，删去其中的“和监察机关”，将“法制工作机构”修改为“司法行政部门”。',
 '宪法第六十七条“全国人民代表大会常务委员会行使下列职权”中第六项“（六）监督”修改为“（六）监督国”；增加一项，作为第十一项“（十一）根据”，第十一项至第二十一项相应改为第十二项至第二十二项。',
 '将第五条写成“A”。',
];
for (const s of samples) {
  const { tokens } = lex(s);
  for (const sent of sentences(tokens, s)) {
    const r = parseSentence(sent);
    console.log(r.errors.length ? r.errors.map(e => e.message.slice(0,200) + ' || expected: ' + e.expected) : 'ok', sent.map(t => t.tokenType.name).join(' '));
  }
}
