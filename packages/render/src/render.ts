import { serialize } from '@amend/document';
import { assertNever } from '@amend/model';
import type { Document } from '@amend/model';
import { renderAkn } from './akn/akn-document.ts';
import type { Changes } from './akn/akn-meta.ts';
import { renderHtml } from './html/html-document.ts';
import { renderMd } from './md/md-printers.ts';

export type Format = 'text' | 'md' | 'html' | 'json' | 'akn';

export const FORMATS: readonly Format[] = ['text', 'md', 'html', 'json', 'akn'];

/**
 * A document in one of the text formats. The same input always gives the same
 * string. `consolidation` (the engine's result) is used by `akn`, which
 * records its changes as passive modifications.
 */
export function render(doc: Document, format: Format, consolidation?: Changes): string {
  switch (format) {
    case 'text':
      return serialize(doc);
    case 'md':
      return renderMd(doc);
    case 'html':
      return renderHtml(doc);
    case 'json':
      return JSON.stringify(doc, null, 2) + '\n';
    case 'akn':
      return renderAkn(doc, consolidation);
    default:
      return assertNever(format, 'format');
  }
}
