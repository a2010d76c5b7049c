import type { Document, ReferenceReport } from '@amend/model';
import { indexTree } from '../tree-index.ts';
import { resolveMatch } from './ref-targets.ts';
import { scanReferences } from './scan.ts';

/**
 * Every cross-reference of one rule as it stands (for `amend xref`): internal
 * ones with the ids they point to (dangling when the target does not exist),
 * references to other laws as external.
 */
export function findReferences(doc: Document): ReferenceReport[] {
  const ix = indexTree(doc);
  const out: ReferenceReport[] = [];
  for (const u of ix.units) {
    for (const m of scanReferences(u.text)) {
      if (m.external) {
        out.push({ text: m.text, where: u.id, oldTarget: [], status: 'external' });
        continue;
      }
      const atoms = resolveMatch(ix, m, ix.place.get(u.id) ?? {});
      out.push({
        text: m.text,
        where: u.id,
        oldTarget: atoms.flatMap((a) => a.ids),
        status: atoms.some((a) => a.missing) ? 'dangling' : 'unchanged',
      });
    }
  }
  return out;
}
