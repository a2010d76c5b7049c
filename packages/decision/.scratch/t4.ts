import { parseDecision } from '../src/index.ts';
import { single, bare } from '../test/helpers.ts';
const items = process.argv.slice(2);
const text = single(...items);
const r = parseDecision(text);
for (const a of r.value.amendments) for (const it of a.items) { console.log(it.path, it.text.slice(0, 40)); for (const op of it.operations) console.log('   ', JSON.stringify(bare(op))); }
for (const x of r.diagnostics) console.log(x.severity, x.ruleId, x.span?.start.line + ':' + x.span?.start.column, x.message.slice(0, 120), '|', x.expected ?? '');
