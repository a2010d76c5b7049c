/** A five-article rule and a one-item decision of it, for the edit-the-text mode's tests and screenshot. */

export const TITLE = '某市养犬管理办法';

export const RULE = [
  TITLE,
  '（2010年1月1日某市人民政府令第1号公布）',
  '',
  '第一条　为了规范养犬行为，保障公民健康和人身安全，制定本办法。',
  '',
  '第二条　本市行政区域内的养犬管理，适用本办法。',
  '',
  '第三条　公安机关是养犬管理的主管部门。',
  '',
  '第四条　养犬人应当为犬只办理登记。',
  '',
  '第五条　违反本办法第四条规定的，由公安机关责令改正。',
  '',
].join('\n');

const HEAD = [
  '某市人民政府关于修改《某市养犬管理办法》的决定',
  '',
  '（2024年3月1日某市人民政府令第9号公布）',
  '',
  '市人民政府决定对《某市养犬管理办法》作如下修改：',
  '',
];
const TAIL = ['', '本决定自公布之日起施行。', ''];

/** The decision with these items, in its own frame. */
export const decision = (...items: string[]): string => [...HEAD, ...items.flatMap((t, k) => (k ? ['', t] : [t])), ...TAIL].join('\n');

export const DECISION = decision('一、将第三条中的“公安机关”修改为“公安机关和农业农村部门”。');
