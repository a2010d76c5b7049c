import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { serialize } from '@amend/document';
import type { Document } from '@amend/model';

export interface UnifiedDiffOptions {
  /** File names in the `---`/`+++` lines; default the titles with the version date when known. */
  oldName?: string;
  newName?: string;
  /** Lines of context around each change (default 3, as git). */
  context?: number;
}

function name(doc: Document, side: 'a' | 'b'): string {
  return `${side}/${doc.title}${doc.meta.version ? `(${doc.meta.version})` : ''}.txt`;
}

/**
 * A unified diff of the canonical texts, line by line, for people who keep
 * rules in git. File names outside ASCII are quoted and octal-escaped in the
 * header lines, as git writes them, so `git apply` accepts the patch.
 */
export function unifiedDiff(before: Document, after: Document, options: UnifiedDiffOptions = {}): string {
  return createTwoFilesPatch(
    options.oldName ?? name(before, 'a'),
    options.newName ?? name(after, 'b'),
    serialize(before),
    serialize(after),
    undefined,
    undefined,
    { context: options.context ?? 3, headerOptions: FILE_HEADERS_ONLY },
  );
}
