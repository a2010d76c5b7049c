import type { Document } from '@amend/model';
import { el, textEl } from './xml.ts';
import { meta, type Changes } from './akn-meta.ts';
import { printAll } from './akn-printers.ts';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * A rule as an Akoma Ntoso 3.0 `act`: meta (identification, and the changes
 * as passive modifications when a consolidation is given), preface with the
 * title and 题注, preamble, body.
 */
export function renderAkn(doc: Document, changes?: Changes): string {
  const ctx = { parentId: '', index: 1 };
  const preface = el('preface', [], [...el('longTitle', [], [`<p>${textEl('docTitle', [], doc.title)}</p>`]), ...printAll(doc.notes, ctx)]);
  const preamble = doc.preamble.length ? el('preamble', [], printAll(doc.preamble, ctx, 'preamble')) : [];
  const body = el('body', [], printAll(doc.children, ctx));
  const act = el('act', [['name', doc.type]], [...meta(doc, changes), ...preface, ...preamble, ...body]);
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...el('akomaNtoso', [['xmlns', AKN_NS]], act), ''].join('\n');
}
