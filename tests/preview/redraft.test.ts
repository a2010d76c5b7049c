import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import { draftDecision } from '@amend/draft';
import { editableText, redraft } from '../../packages/preview/src/app/redraft.ts';
import { Session } from '../../packages/preview/src/app/session.ts';
import { decision, RULE } from './dog-rule.ts';

/**
 * The preview's edit-the-text mode without the browser: the amended rule is
 * edited as text, the decision redrafted from it (its items as `amend draft`
 * writes them, put in place of the rule's items), and the redrafted decision
 * applied by the page gives the edited text. Expected items are worked out
 * from the edits by hand.
 */

function open(text: string): { session: Session; text: string } {
  const session = new Session();
  session.files.set('某市养犬管理办法.txt', RULE);
  return { session, text };
}

describe('editing the amended text redrafts the decision', () => {
  it('starts from the rule as the decision leaves it', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const start = editableText(session.compute(text));
    expect(start.text).toContain('第三条　公安机关和农业农村部门是养犬管理的主管部门。');
  });

  it('a phrase changed, an article deleted, one added: the items in the conventional forms, in the decision’s own frame', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const o = session.compute(text);
    const edited = editableText(o)
      .text!.replace('保障公民健康和人身安全', '保障公民人身安全')
      .replace('第二条　本市行政区域内的养犬管理，适用本办法。\n\n', '')
      .replace('第三条　公安机关和', '第二条　公安机关和')
      .replace('第四条　养犬人应当为犬只办理登记。', '第三条　养犬人应当为犬只办理登记。\n\n第四条　养犬人应当为犬只接种狂犬病疫苗。')
      .replace('第五条　违反本办法第四条规定的', '第五条　违反本办法第三条规定的');
    const r = redraft(session, o, text, edited);
    expect(r.diagnostics).toEqual([]);
    expect(r.decision).toBe(
      decision(
        '一、删去第一条中的“健康和”。',
        '二、删去第二条。',
        // The local style says an amended article's new number first, as decree 119 does.
        '三、将第三条改为第二条，在其中的“机关”后增加“和农业农村部门”。',
        '四、增加一条，作为第四条：“养犬人应当为犬只接种狂犬病疫苗。”',
        // Articles now change their numbers: the closing clause the draft writes, added to the decision's own.
        '此外，对条文顺序作相应调整。',
      ),
    );
    // The same items `amend draft` writes for the two versions.
    const old = parseRule(RULE, { file: 'old' }).value;
    const neu = parseRule(edited, { file: 'new' }).value;
    expect(draftDecision(old, neu, { title: '某市养犬管理办法' }).value.itemTexts).toEqual(
      r
        .decision!.split('\n')
        .filter((l) => /^[一二三四]、/.test(l))
        .map((l) => l.slice(2)),
    );
    // Applied by the page, the redrafted decision gives the edited text.
    const after = session.compute(r.decision!).consolidation!.after;
    expect(serialize({ ...after, notes: [] })).toBe(serialize({ ...neu, notes: [] }));
  });
});

describe('what cannot be drafted exactly is said, and the decision is kept', () => {
  it('an ASCII comma between Chinese words: no decision, the reason', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const o = session.compute(text);
    // A quotation is read with full-width marks, so no item can give “行为,保障”.
    const edited = editableText(o).text!.replace('规范养犬行为，保障', '规范养犬行为,保障');
    const r = redraft(session, o, text, edited);
    expect(r.decision).toBeUndefined();
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('draft/ascii-punctuation');
  });

  it('two articles of one number: the articles that come out otherwise are named', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const o = session.compute(text);
    const edited = editableText(o).text!.replace('第四条　养犬人', '第三条　重复。\n\n第四条　养犬人');
    const r = redraft(session, o, text, edited);
    expect(r.decision).toBeUndefined();
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['draft/article-order', 'draft/not-exact']);
    // The first 第三条 follows 第二条; the second should be 第四条, and the rest follow it.
    expect(r.diagnostics[0].data).toEqual({ places: '第三条（应为第四条）' });
  });

  it('an article deleted and the numbers after it left as they were: said first', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const o = session.compute(text);
    const edited = editableText(o).text!.replace('第二条　本市行政区域内的养犬管理，适用本办法。\n\n', '');
    const r = redraft(session, o, text, edited);
    expect(r.decision).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'draft/article-order', data: { places: '第三条（应为第二条）' } });
  });

  it('an edited text that does not read as a rule: its own errors', () => {
    const { session, text } = open(decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。'));
    const o = session.compute(text);
    const r = redraft(session, o, text, '');
    expect(r.decision).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a decision with errors gives no text to edit', () => {
    const { session, text } = open(decision('一、将第三条中的“公安部门”修改为“公安机关和农业农村部门”。'));
    expect(editableText(session.compute(text)).diagnostics.map((d) => d.ruleId)).toEqual(['draft/decision-blocked']);
  });
});

describe('a decision of several rules', () => {
  it('only the selected rule’s items are redrafted; the other rules and the frame stay', () => {
    const session = new Session();
    session.files.set('某市养犬管理办法.txt', RULE);
    const text = [
      '某市人民政府关于修改《某市养犬管理办法》等2件规章的决定',
      '',
      '一、某市养犬管理办法',
      '',
      '（一）将第三条中的“公安机关”修改为“公安机关和农业农村部门”。',
      '',
      '二、某市河道管理办法',
      '',
      '（一）删去第二条。',
      '',
      '本决定自公布之日起施行。',
      '',
    ].join('\n');
    const o = session.compute(text);
    expect(o.amendment?.title).toBe('某市养犬管理办法');
    const edited = editableText(o).text!.replace('第四条　养犬人应当为犬只办理登记。', '第四条　养犬人应当为犬只办理登记和年检。');
    const r = redraft(session, o, text, edited);
    expect(r.diagnostics).toEqual([]);
    expect(r.decision).toBe(
      text.replace(
        '（一）将第三条中的“公安机关”修改为“公安机关和农业农村部门”。',
        '（一）在第三条中的“机关”后增加“和农业农村部门”。\n\n（二）在第四条中的“登记”后增加“和年检”。',
      ),
    );
  });
});
