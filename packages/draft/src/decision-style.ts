/**
 * The frame of a decision as each kind of issuer prints it: title, the note
 * under it with the dates left for the drafter to fill in (　　年　　月　　日),
 * the preamble ending in 作如下修改：, and the closing clauses.
 *
 *   national  全国人民代表大会常务委员会 (a 法) or 国务院 关于修改《X》的决定;
 *             closing 《X》根据本决定作相应修改并对条文顺序作相应调整，重新公布。
 *   local     关于修改《X》的决定 of a local congress or government;
 *             closing 此外，对条文顺序作相应调整。本决定自…起施行。
 *   court     最高人民法院 (最高人民检察院) 关于修改《X》的决定, 法释〔　　〕　　号;
 *             closing 根据本决定，《X》作相应修改后重新公布。
 */
export type DraftStyle = 'national' | 'local' | 'court';

export const STYLES: readonly DraftStyle[] = ['national', 'local', 'court'];

export interface StyleRules {
  /** 将第八条改为第九条 before the changes of an article whose number changes. */
  statesRenumbering: boolean;
  /** Renumbered references written out (将其中的“第十二条”修改为“第十一条”, as decree 119 does) rather than left to the closing clause. */
  statesReferences: boolean;
}

export function styleRules(style: DraftStyle): StyleRules {
  return { statesRenumbering: true, statesReferences: style === 'local' };
}

/** A blank the drafter fills in: a date, a session number. */
const BLANK = '　　';
const DATE = `${BLANK}年${BLANK}月${BLANK}日`;

function court(rule: string): { issuer: string; body: string } {
  const both = /^最高人民法院[、 　]*最高人民检察院/.test(rule);
  if (both)
    return {
      issuer: '最高人民法院、最高人民检察院',
      body: `最高人民法院审判委员会第${BLANK}次会议、最高人民检察院第${BLANK}届检察委员会第${BLANK}次会议`,
    };
  if (/^最高人民检察院/.test(rule)) return { issuer: '最高人民检察院', body: `最高人民检察院第${BLANK}届检察委员会第${BLANK}次会议` };
  return { issuer: '最高人民法院', body: `最高人民法院审判委员会第${BLANK}次会议` };
}

function isLaw(rule: string): boolean {
  return /法$/.test(rule.replace(/（[^）]*）$/, ''));
}

/** A rule's name in 《》, a title inside it in 〈〉 as the conventions write it (a reader takes either). */
export function bookTitle(rule: string): string {
  return `《${rule.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

export function decisionTitle(style: DraftStyle, rules: string[], repeals = 0): string {
  const what = rules.length === 1 ? `修改${bookTitle(rules[0])}` : rules.length ? `修改${bookTitle(rules[0])}等${rules.length}件` : '';
  const verb = repeals && what ? `${what}和废止部分规章` : what || '废止部分规章';
  switch (style) {
    case 'national':
      return `${rules.length === 1 && isLaw(rules[0]) ? '全国人民代表大会常务委员会' : '国务院'}关于${verb}的决定`;
    case 'court':
      return `${court(rules[0] ?? '').issuer}关于${verb}的决定`;
    case 'local':
      return `关于${verb}的决定`;
  }
}

/** The lines between the title and the first item. */
export function preambleLines(style: DraftStyle, rule: string | undefined): string[] {
  const target = rule ? `对${bookTitle(rule)}作如下修改：` : '现决定：';
  switch (style) {
    case 'national':
      return rule && isLaw(rule)
        ? [
            `（${DATE}第${BLANK}届全国人民代表大会常务委员会第${BLANK}次会议通过）`,
            `第${BLANK}届全国人民代表大会常务委员会第${BLANK}次会议决定${target}`,
          ]
        : [`（${DATE}国务院第${BLANK}次常务会议通过）`, `国务院决定${target}`];
    case 'court': {
      const c = court(rule ?? '');
      return [`法释〔${BLANK}〕${BLANK}号`, `（${DATE}${c.body}通过，自${DATE}起施行）`, `${c.body}决定，${target}`];
    }
    case 'local':
      return [`（${DATE}通过）`, rule ? `现决定${target}` : target];
  }
}

/** The closing clauses; `renumbered` when articles change their numbers. */
export function closingLines(style: DraftStyle, rules: string[], renumbered: boolean): string[] {
  const names = rules.map(bookTitle).join('、');
  const order = renumbered ? '并对条文顺序作相应调整' : '';
  switch (style) {
    case 'national':
      return [`本决定自${DATE}起施行。`, `${names}根据本决定作相应修改${order}，重新公布。`];
    case 'court':
      return [`本决定自${DATE}起施行。`, `根据本决定，${names}作相应修改${order}后重新公布。`];
    case 'local':
      return [...(renumbered ? ['此外，对条文顺序作相应调整。'] : []), `本决定自${DATE}起施行。`];
  }
}

/** 本办法, 本条例, 本法…: how a decision names the whole rule, when the grammar knows the word. */
export function wholeRuleWord(rule: string): string | undefined {
  const bare = rule.replace(/（[^）]*）$/, '');
  for (const [end, word] of [
    ['实施细则', '本细则'],
    ['细则', '本细则'],
    ['条例', '本条例'],
    ['办法', '本办法'],
    ['规定', '本规定'],
    ['解释', '本解释'],
    ['决定', '本决定'],
    ['法', '本法'],
  ] as const) {
    if (bare.endsWith(end)) return word;
  }
  return undefined;
}
