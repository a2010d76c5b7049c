import { serialize } from '@amend/document';
import { SMALL, SMALL_TITLE as T, amend, art, bodyLines, frag, rule } from './test/helpers.ts';
const doc = rule(SMALL);
const plain = amend(doc, T, [['一', [{ kind: 'insertNode', level: 'article', as: art(3), content: frag('新条文。', 'article') }]]]);
console.log(bodyLines(serialize(plain.after)));
const c = amend(doc, T, [['五', [{ kind: 'insertNode', level: 'paragraph', as: { paragraph: 2 }, content: frag('新款。', 'paragraph') }]]]);
console.log(c.diagnostics);
