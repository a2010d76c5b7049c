import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDecision } from '@amend/pipeline';
import { parseDocument, serialize } from '@amend/document';
import { applyAmendment, findAmendment } from '@amend/engine';
it('x', () => {
  const dir = '/work/shared/corpus/real/triples/shanghai-rule-fine-limit/';
  const doc = parseDocument(readFileSync(dir + 'before.md', 'utf8'), { type: 'rule' }).value;
  const dec = readDecision({ file: 'i.md', text: readFileSync(dir + 'instrument.md', 'utf8') });
  const a = findAmendment(dec.value, doc.title)!;
  console.log(a.items.map((i) => JSON.stringify(i.operations.map((o) => ({ ...o, span: 0 })))));
  const c = applyAmendment(doc, a, { decision: { title: 'x' } });
  console.log(c.diagnostics.map((d) => d.ruleId + ' ' + d.severity));
  console.log(serialize(c.after));
});
