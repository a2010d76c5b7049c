import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { amend } from '../cli/src/pipeline.ts';
const ex = 'examples/decree-119';
const decision = { file: join(ex, 'decision.md'), text: readFileSync(join(ex, 'decision.md'), 'utf8') };
for (const f of readdirSync(join(ex, 'rules'))) {
  const file = join(ex, 'rules', f);
  const t0 = performance.now();
  const r = amend({ file, text: readFileSync(file, 'utf8') }, decision);
  const ms = performance.now() - t0;
  console.log('==', f, ms.toFixed(1), 'ms');
  for (const d of r.diagnostics) console.log('  ', d.severity, d.ruleId, d.message, d.data?.item ?? '');
  for (const x of r.value?.references ?? []) if (x.status !== 'unchanged' && x.status !== 'auto-renumbered') console.log('   ref', x.where, x.text, x.newText, x.status);
}
