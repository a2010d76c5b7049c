import { parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment } from '@amend/engine';
import { generatedRule } from '../fuzz/scaling.ts';
const n = Number(process.argv[2] ?? 14000);
const rule = parseRule(generatedRule(n)).value;
const dec = parseDecision(`某市人民政府关于修改《某市综合管理办法》的决定\n\n一、增加一条，作为第二条：“本办法所称事务，是指本市行政区域内的管理事务。”\n\n本决定自公布之日起施行。\n`).value;
let t = performance.now();
const c = applyAmendment(rule, dec.amendments[0], { decision: { title: 'x' } });
console.log('insert', n, (performance.now() - t).toFixed(0), 'ms', c.diagnostics.length);
for (const m of [Number(process.argv[3] ?? 500)]) {
  for (const k of [m, 2*m, 4*m]) {
    const list = Array.from({ length: k }, (_, i) => `第${i + 1}条`).join('、');
    const d = parseDecision(`某市人民政府关于修改《某市综合管理办法》的决定\n\n一、将${list}中的“主管部门”修改为“监督部门”。\n\n本决定自公布之日起施行。\n`).value;
    t = performance.now();
    const c2 = applyAmendment(rule, d.amendments[0], { decision: { title: 'x' } });
    console.log('phrase list', k, (performance.now() - t).toFixed(0), 'ms', c2.diagnostics.filter(x=>x.severity==='error').length);
  }
}
