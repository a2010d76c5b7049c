import { parseDecision } from '../src/index.ts';
const cases = ['', '\n\n', '# 决定', '“', '”', '一、', '（一）将', '（一）将第五条修改为：“', '一、删去第。', '将第〇条修改为：“a”', '第二款改为第三款', '一、将“A”修改为', '一、在', '一、增加一条，作为第五条', '内容如下：\n第一条 甲', '一、将第三条至第一条中的“A”修改为“B”。', '一、删去第二款第三条。', '一、将第十条第二款第一项之一修改为“A”', '一、其中的“A”修改为“B”', '一、将该条修改为：“A”', '一、“第八条”调整为', '一、宪法第一条“a', '一、增加一节，作为第二节。内容如下：\n第二节 甲\n第十条 乙'];
for (const c of cases) {
  try { const r = parseDecision(c); console.log(JSON.stringify(c).slice(0, 30).padEnd(32), r.diagnostics.filter(d => d.severity === 'error').map(d => d.ruleId).join(',') || '-', r.value.amendments.flatMap(a => a.items.flatMap(i => i.operations.map(o => o.kind))).join(',')); }
  catch (e) { console.log('THROW', JSON.stringify(c), e); }
}
