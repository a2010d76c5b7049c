import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './test/helpers.ts';
const doc = rule(SMALL);
    const c = amend(doc, T, [['一', [
      { kind: 'deleteNode', level: 'article', target: art(1) },
      { kind: 'replaceNode', level: 'article', target: art(5), content: frag('主管部门应当依法监督检查。\n监督检查结果应当公开。', 'article') },
    ]]]);
console.log(bodyLines(serialize(c.after)), c.diagnostics);
