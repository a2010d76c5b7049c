/**
 * Super-linearity check: the same decision applied to a rule of N and of 8N
 * articles (and a decision of K and 8K instructions to one rule) should take
 * about 8× as long, not 64×. Each stage is timed apart, so a quadratic step
 * is named rather than hidden in the total.
 */
import { parseRule } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from '@amend/engine';
import { render } from '@amend/render';
import { toChinese } from '@amend/model';

const TITLE = '某市综合管理办法';

/** A rule of `n` articles in chapters of ten, each with 款, 项 and references to its neighbours. */
export function generatedRule(n: number): string {
  const lines = [TITLE, '（2010年1月1日某市人民政府令第1号公布）', ''];
  for (let i = 1; i <= n; i++) {
    if (i % 10 === 1) lines.push(`第${toChinese(Math.ceil(i / 10))}章　第${Math.ceil(i / 10)}部分`, '');
    const prev = toChinese(Math.max(1, i - 1));
    lines.push(
      `第${toChinese(i)}条　主管部门负责第${i}类事务的监督管理。违反本办法第${prev}条规定的，由主管部门责令改正。`,
      '',
      '有下列情形之一的，依照前款规定处理：',
      '',
      '（一）未按照规定办理登记的；',
      '',
      `（二）拒不执行本办法第${prev}条第一款规定的。`,
      '',
    );
  }
  return lines.join('\n');
}

/** `k` instructions spread over a rule of `n` articles: text changes, replaced 项, deletions, one insertion near the top. */
export function generatedDecision(n: number, k: number): string {
  const lines = [`某市人民政府关于修改《${TITLE}》的决定`, ''];
  const step = Math.max(1, Math.floor(n / (k + 1)));
  let label = 1;
  const add = (text: string) => lines.push(`${toChinese(label++)}、${text}`);
  add('增加一条，作为第二条：“本办法所称事务，是指本市行政区域内的管理事务。”');
  for (let j = 1; j < k; j++) {
    const art = toChinese(Math.min(n, 2 + j * step));
    switch (j % 3) {
      case 0:
        add(`将第${art}条第一款中的“主管部门”修改为“市场监督管理部门”。`);
        break;
      case 1:
        add(`将第${art}条第二款第一项修改为：“（一）逾期未办理登记的；”`);
        break;
      default:
        add(`删去第${art}条第二款第二项。`);
    }
  }
  lines.push('', '本决定自公布之日起施行。', '');
  return lines.join('\n');
}

export interface StageTimes {
  parseRule: number;
  parseDecision: number;
  apply: number;
  render: number;
  total: number;
}

function best(times: StageTimes[]): StageTimes {
  const min = (k: keyof StageTimes) => Math.min(...times.map((t) => t[k]));
  return {
    parseRule: min('parseRule'),
    parseDecision: min('parseDecision'),
    apply: min('apply'),
    render: min('render'),
    total: min('total'),
  };
}

/** Time each stage of the pipeline on one (rule, decision) pair; the best of `runs`. */
export function timeStages(ruleText: string, decisionText: string, runs = 3): StageTimes {
  const times: StageTimes[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const doc = parseRule(ruleText).value;
    const t1 = performance.now();
    const decision = parseDecision(decisionText).value;
    const t2 = performance.now();
    const amendment = findAmendment(decision, doc.title);
    if (!amendment) throw new Error('the generated decision does not name the generated rule');
    const c = applyAmendment(doc, amendment, { decision: { title: decision.title } });
    if (c.diagnostics.some((d) => d.severity === 'error')) throw new Error(`generated case fails: ${c.diagnostics[0].message}`);
    const t3 = performance.now();
    render(c.after, 'text');
    const t4 = performance.now();
    times.push({ parseRule: t1 - t0, parseDecision: t2 - t1, apply: t3 - t2, render: t4 - t3, total: t4 - t0 });
  }
  return best(times);
}

export interface Scaling {
  what: string;
  small: StageTimes;
  large: StageTimes;
  /** large / small per stage; 8 is linear, 64 quadratic. */
  ratio: StageTimes;
}

function ratioOf(small: StageTimes, large: StageTimes): StageTimes {
  const r = (k: keyof StageTimes) => large[k] / Math.max(small[k], 0.05);
  return { parseRule: r('parseRule'), parseDecision: r('parseDecision'), apply: r('apply'), render: r('render'), total: r('total') };
}

/** The rule grows 8× under a fixed decision of `k` instructions. */
export function ruleScaling(n: number, k = 12): Scaling {
  const small = timeStages(generatedRule(n), generatedDecision(n, k));
  const large = timeStages(generatedRule(8 * n), generatedDecision(8 * n, k));
  return { what: `rule of ${n} → ${8 * n} articles, ${k} instructions`, small, large, ratio: ratioOf(small, large) };
}

/** The decision grows 8× against a fixed rule of `n` articles. */
export function decisionScaling(n: number, k: number): Scaling {
  const rule = generatedRule(n);
  const small = timeStages(rule, generatedDecision(n, k));
  const large = timeStages(rule, generatedDecision(n, 8 * k));
  return { what: `decision of ${k} → ${8 * k} instructions, rule of ${n} articles`, small, large, ratio: ratioOf(small, large) };
}

/**
 * Linear enough: the total grows at most `limit`× for 8× the input (timer
 * noise and GC make small runs look slower, so 8 itself is too strict).
 */
export function superLinear(s: Scaling, limit = 20): boolean {
  return s.ratio.total > limit;
}

export function formatScaling(s: Scaling): string {
  const cell = (k: keyof StageTimes) => `${k} ${s.small[k].toFixed(1)}→${s.large[k].toFixed(1)} ms (${s.ratio[k].toFixed(1)}×)`;
  return `${s.what}: ${(['parseRule', 'parseDecision', 'apply', 'render', 'total'] as const).map(cell).join(', ')}`;
}
