/**
 * How applying a decision grows with the rule and with the decision:
 * one insertion near the top of a rule of 14,000 long articles (everything
 * after it renumbers, every reference is rewritten), and one phrase renamed
 * in a list of n articles (将第一条、…第n条中的“X”修改为“Y”) at n, 2n and 4n in
 * the same run; the exponent is log(t(4n) / t(n)) / log 4 (1 is linear).
 */
import { parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment } from '@amend/engine';
import type { Document, RuleAmendment } from '@amend/model';
import { toChinese } from '@amend/model';
import { median } from './measure.ts';

const TITLE = '某市大型管理办法';
const FILLER = '有关部门应当依照法律、法规和本办法的规定履行职责，加强监督检查，及时处理投诉举报。';

/** A rule of `n` articles of two 款 each (about 2.9 KB an article), each citing the article before it. */
export function longRule(n: number): string {
  const article = (i: number) =>
    `第${toChinese(i)}条　主管部门负责第${i}类事务。违反本办法第${toChinese(Math.max(1, i - 1))}条规定的，由主管部门责令改正。${FILLER.repeat(8)}\n\n前款规定的事项，${FILLER.repeat(15)}\n\n`;
  let text = `${TITLE}\n（2010年1月1日某市人民政府令第1号公布）\n\n`;
  for (let i = 1; i <= n; i++) text += article(i);
  return text;
}

function amendment(text: string): RuleAmendment {
  return parseDecision(`某市人民政府关于修改《${TITLE}》的决定\n\n${text}\n`).value.amendments[0];
}

function applied(rule: Document, a: RuleAmendment): void {
  const c = applyAmendment(rule, a, { decision: { title: '决定' } });
  if (c.diagnostics.some((d) => d.severity === 'error')) throw new Error(`benchmark decision fails: ${c.diagnostics[0].message}`);
}

/** One insertion (增加一条，作为第二条) into a rule of `n` articles: ms and the rule's size in MB. */
export function insertionInto(n: number): { ms: number; mb: number } {
  const text = longRule(n);
  const rule = parseRule(text).value;
  const insert = amendment('一、增加一条，作为第二条：“本办法所称事务，是指本市的管理事务。”');
  return { ms: median(() => applied(rule, insert), 3, 1), mb: Buffer.byteLength(text) / 1e6 };
}

/** 将第一条、…第n条中的“主管部门”修改为“监督管理部门”, the rule of n articles too, at n, 2n and 4n. */
export function phraseListGrowth(n: number): { sizes: number[]; ms: number[]; exponent: number } {
  const sizes = [n, 2 * n, 4 * n];
  const ms = sizes.map((k) => {
    const rule = parseRule(longRule(k)).value;
    const list = Array.from({ length: k }, (_, i) => `第${toChinese(i + 1)}条`).join('、');
    const rename = amendment(`一、将${list}中的“主管部门”修改为“监督管理部门”。`);
    return median(() => applied(rule, rename), 3, 1);
  });
  return { sizes, ms, exponent: Math.log(ms[2] / ms[0]) / Math.log(4) };
}
