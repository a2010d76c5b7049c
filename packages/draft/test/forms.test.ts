import { describe, expect, it } from 'vitest';
import { parseRule, serialize } from '@amend/document';
import { parseDecision } from '@amend/decision';
import { applyAmendment, findAmendment } from '@amend/engine';
import type { Document } from '@amend/model';
import { draftDecision, type DraftStyle } from '@amend/draft';

/**
 * The conventional forms, one small rule each. Every expected decision was
 * written out by hand first, the way a drafter words these changes: the
 * changed words quoted with whole words around them until they are found only
 * where meant, a 款 or an article restated when most of it changed, numbers of
 * the old text, 将第三条改为第四条 before the changes of a renumbered article.
 * Each is then applied back: the result must be the new text.
 */

const rule = (text: string): Document => parseRule(text).value;

function items(decision: string): string {
  // The lines between the preamble (作如下修改：) and the closing clauses.
  const body = decision.split('作如下修改：\n\n')[1];
  return body.split(/\n\n(?=此外|本决定|《|根据本决定)/)[0];
}

function applyBack(old: Document, text: string): string {
  const d = parseDecision(text);
  expect(d.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  const c = applyAmendment(old, findAmendment(d.value, old.title)!, { decision: { title: d.value.title } });
  expect(c.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  return serialize({ ...c.after, notes: [] });
}

function draft(a: string, b: string, style: DraftStyle = 'local') {
  const old = rule(a);
  const neu = rule(b);
  const r = draftDecision(old, neu, { style });
  expect(r.value.exact).toBe(true);
  expect(applyBack(old, r.value.text)).toBe(serialize({ ...neu, notes: [] }));
  return r.value.text;
}

describe('phrases', () => {
  it('adds and deletes words, quoting the word before an addition and the deleted words', () => {
    const text = draft(
      `某某办法

第一条　为了加强管理，制定本办法。

第二条　县级人民政府负责本行政区域内的管理工作。
有关部门按照职责做好相关工作。

第三条　违反本办法的，由主管部门责令改正，处一千元罚款。`,
      `某某办法

第一条　为了加强和规范管理，制定本办法。

第二条　县级以上人民政府负责本行政区域内的管理工作。
有关部门按照各自职责做好相关工作。

第三条　违反本办法的，由主管部门责令改正。`,
    );
    expect(items(text)).toBe(`一、在第一条中的“加强”后增加“和规范”。

二、在第二条中的“县级”后增加“以上”，在其中的“按照”后增加“各自”。

三、删去第三条中的“，处一千元罚款”。`);
  });

  it('quotes a changed name whole, and says a change made everywhere once for the whole rule, last', () => {
    const text = draft(
      `中华人民共和国某某法

第一条　为了规范某某工作，制定本法。

第二条　国务院某某主管部门负责全国某某工作。县级以上地方人民政府某某主管部门负责本行政区域内的某某工作。

第三条　某某主管部门应当依照本法第二条的规定履行职责。

第四条　违反本法规定的，由某某主管部门责令改正。

第五条　本法自2000年1月1日起施行。`,
      `中华人民共和国某某法

第一条　为了规范某某工作，制定本法。

第二条　国务院某某行政部门负责全国某某工作。县级以上地方人民政府某某行政部门负责本行政区域内的某某工作。

第三条　某某行政部门应当依照本法第二条的规定履行职责。

第三条之一　某某行政部门应当建立信息公开制度。

第四条　违反本法规定的，由某某行政部门责令改正。

第五条　本法自2000年1月1日起施行。`,
      'national',
    );
    expect(text.split('\n')[0]).toBe('全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定');
    expect(items(text)).toBe(`一、在第三条后增加一条，作为第三条之一：“某某行政部门应当建立信息公开制度。”

二、将本法中的“主管部门”修改为“行政部门”。`);
  });
});

describe('structure', () => {
  it('adds a 项 and a 款, deletes a 款, renames a chapter and restates an article that changed whole', () => {
    const text = draft(
      `某某条例

第一章　总则

第一条　为了规范某某活动，制定本条例。

第二条　某某活动应当遵循下列原则：
（一）合法；
（二）公开；
（三）便民。

第二章　管理

第三条　主管部门负责某某活动的监督管理。
其他有关部门在各自职责范围内做好相关工作。
乡镇人民政府应当予以配合。

第四条　从事某某活动，应当取得许可。

第五条　许可的有效期为三年。`,
      `某某条例

第一章　总则

第一条　为了规范某某活动，制定本条例。

第二条　某某活动应当遵循下列原则：
（一）合法；
（二）公开；
（三）高效；
（四）便民。

第二章　监督管理

第三条　主管部门负责某某活动的监督管理。
乡镇人民政府、街道办事处应当予以配合。

第四条　从事某某活动，应当依法取得许可。
许可应当向社会公开。

第五条　从事某某活动的单位应当建立内部管理制度。`,
    );
    expect(items(text)).toBe(`一、在第二条中增加一项，作为第三项：“（三）高效；”

二、将第二章章名修改为“监督管理”。

三、在第三条中的“人民政府”后增加“、街道办事处”，删去第二款。

四、在第四条中的“应当”后增加“依法”，增加一款，作为第二款：“许可应当向社会公开。”

五、将第五条修改为：“从事某某活动的单位应当建立内部管理制度。”`);
  });

  it('restates an article or a 款 most of whose words changed', () => {
    const text = draft(
      `某某规定

第一条　为了保护环境，制定本规定。

第二条　单位和个人应当节约用水。
禁止浪费水资源。
违反前款规定的，由水行政主管部门给予警告。

第三条　本规定自公布之日起施行。`,
      `某某规定

第一条　为了保护和改善生态环境，促进经济社会可持续发展，根据有关法律、法规，结合本省实际，制定本规定。

第二条　单位和个人应当节约用水。
禁止浪费水资源。
违反前款规定，浪费水资源情节严重的，由县级以上人民政府水行政主管部门责令限期改正，处五千元以上一万元以下罚款。

第三条　本规定自公布之日起施行。`,
    );
    expect(items(text))
      .toBe(`一、将第一条修改为：“为了保护和改善生态环境，促进经济社会可持续发展，根据有关法律、法规，结合本省实际，制定本规定。”

二、将第二条第三款修改为：“违反前款规定，浪费水资源情节严重的，由县级以上人民政府水行政主管部门责令限期改正，处五千元以上一万元以下罚款。”`);
  });

  it('deletes a 项 and edits another in one item', () => {
    const text = draft(
      `某某实施细则

第一条　有下列情形之一的，不予许可：
（一）申请材料不齐全的；
（二）申请人不具备相应资格的；
（三）已经取得许可的；
（四）法律、法规规定的其他情形。

第二条　本细则自公布之日起施行。`,
      `某某实施细则

第一条　有下列情形之一的，不予许可：
（一）申请材料不齐全的；
（二）申请人不具备相应资质条件的；
（三）法律、法规规定的其他情形。

第二条　本细则自公布之日起施行。`,
    );
    expect(items(text)).toBe('一、将第一条中的“资格”修改为“资质条件”，删去第三项。');
  });
});

describe('renumbering', () => {
  const before = `某某办法

第一条　为了规范管理，制定本办法。

第二条　申请人应当提交申请材料。

第三条　主管部门应当自收到申请之日起十日内作出决定。

第四条　违反本办法第二条、第三条规定的，责令改正。

第五条　依照本办法第三条作出的决定，应当公开。`;
  const after = `某某办法

第一条　为了规范管理，制定本办法。

第二条　申请人应当具备相应条件。

第三条　申请人应当提交申请材料。

第四条　主管部门应当自收到申请之日起十五日内作出决定。

第五条　违反本办法第三条、第四条规定的，责令限期改正。

第六条　依照本办法第四条作出的决定，应当公开。`;

  it('local style: says each renumbered article that changes, and writes out its renumbered references (as decree 119 does)', () => {
    const text = draft(before, after, 'local');
    // Old 第五条 only has its reference renumbered: the engine does that, under the closing clause.
    expect(items(text)).toBe(`一、增加一条，作为第二条：“申请人应当具备相应条件。”

二、将第三条改为第四条，将其中的“十日内”修改为“十五日内”。

三、将第四条改为第五条，将其中的“第二条、第三条”修改为“第三条、第四条”，在其中的“责令”后增加“限期”。`);
    expect(text).toContain('此外，对条文顺序作相应调整。');
  });

  it('national style: leaves renumbered references to the engine and the closing clause', () => {
    const text = draft(before, after, 'national');
    expect(items(text)).toBe(`一、增加一条，作为第二条：“申请人应当具备相应条件。”

二、将第三条改为第四条，将其中的“十日内”修改为“十五日内”。

三、将第四条改为第五条，在其中的“责令”后增加“限期”。`);
    expect(text).toContain('《某某办法》根据本决定作相应修改并对条文顺序作相应调整，重新公布。');
  });
});

describe('court style', () => {
  it('frames the decision as the court does, restates the 引言 and deletes an article', () => {
    const text = draft(
      `最高人民法院关于审理某某案件若干问题的规定

为正确审理某某案件，根据有关法律规定，制定本规定。

第一条　人民法院审理某某案件，适用本规定。

第二条　下列案件由中级人民法院管辖：
（一）重大涉外案件；
（二）在本辖区有重大影响的案件。

第三条　本规定施行前的规定与本规定不一致的，以本规定为准。

第四条　本规定自发布之日起施行。`,
      `最高人民法院关于审理某某案件若干问题的规定

为正确审理某某案件，根据《中华人民共和国民事诉讼法》等法律规定，结合审判实践，制定本规定。

第一条　人民法院审理某某案件，适用本规定。

第二条　下列案件由中级人民法院管辖：
（一）重大涉外案件；
（二）在本辖区有重大影响的案件；
（三）最高人民法院确定由中级人民法院管辖的案件。

第三条　本规定自发布之日起施行。`,
      'court',
    );
    expect(text.split('\n\n').slice(0, 4)).toEqual([
      '最高人民法院关于修改《最高人民法院关于审理某某案件若干问题的规定》的决定',
      '法释〔　　〕　　号',
      '（　　年　　月　　日最高人民法院审判委员会第　　次会议通过，自　　年　　月　　日起施行）',
      '最高人民法院审判委员会第　　次会议决定，对《最高人民法院关于审理某某案件若干问题的规定》作如下修改：',
    ]);
    expect(items(text)).toBe(`一、将引言修改为：“为正确审理某某案件，根据《中华人民共和国民事诉讼法》等法律规定，结合审判实践，制定本规定。”

二、将第二条中的“案件。”修改为“案件；”，增加一项，作为第三项：“（三）最高人民法院确定由中级人民法院管辖的案件。”

三、删去第三条。`);
  });
});

describe('no change', () => {
  it('two equal versions give a decision without items and an info', () => {
    const a = rule('某某办法\n\n第一条　甲。\n');
    const r = draftDecision(a, a);
    expect(r.value).toMatchObject({ items: 0, exact: true });
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['draft/no-change']);
  });
});
