/**
 * Inputs for the word-diff growth cases: long articles made of sentences
 * drawn from legal vocabulary by a seeded generator, so every run measures
 * the same texts. Used by `pnpm bench` and, at small sizes, by the tests.
 */

const WORDS = [
  '县级以上',
  '人民政府',
  '有关部门',
  '应当',
  '依法',
  '加强',
  '监督管理',
  '本办法',
  '规定',
  '单位',
  '个人',
  '违反',
  '责令改正',
  '处以',
  '罚款',
  '公安机关',
  '登记',
  '备案',
  '审批',
  '许可',
  '组织',
  '实施',
  '制定',
  '保障',
  '公共',
  '安全',
  '环境',
  '保护',
  '信息',
  '公开',
  '行政',
  '执法',
  '证件',
  '培训',
  '考核',
  '年度',
  '计划',
  '资金',
  '使用',
  '检查',
];
const ENDS = ['，', '，', '、', '；', '。'];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About `bytes` of UTF-8 text in sentences of legal words (of `words`, by default all). */
export function legalText(bytes: number, seed: number, words = WORDS): string {
  const next = rng(seed);
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    const n = 4 + Math.floor(next() * 8);
    for (let k = 0; k < n; k++) out += words[Math.floor(next() * words.length)];
    out += ENDS[Math.floor(next() * ENDS.length)];
  }
  return out;
}

/** An article replaced whole: two texts of the same size on different subjects (words of either half of the vocabulary). */
export function replacedArticle(bytes: number): [string, string] {
  const half = WORDS.length / 2;
  return [legalText(bytes, 1, WORDS.slice(0, half)), legalText(bytes, 2, WORDS.slice(half))];
}

/** One article holding `count` sentences with 公安机关, each renamed 畜牧兽医主管部门. */
export function replacedPhrase(count: number): [string, string] {
  const next = rng(3);
  const words = WORDS.filter((w) => w !== '公安机关');
  const sentences: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let w = 0; w < 3; w++) s += words[Math.floor(next() * words.length)];
    sentences.push(`${s}公安机关${words[Math.floor(next() * words.length)]}。`);
  }
  const a = sentences.join('');
  return [a, a.replaceAll('公安机关', '畜牧兽医主管部门')];
}

/** A run of `count` 第 with every thousandth changed to 条. */
export function runOfDi(count: number): [string, string] {
  const a = '第'.repeat(count);
  return [a, [...a].map((c, i) => (i % 1000 === 999 ? '条' : c)).join('')];
}
