import type { Diagnostic, Document } from '@amend/model';
import { articleLabel, diagnostic, sameArticleNumber } from '@amend/model';
import { parseDecision } from '@amend/decision';
import { serialize } from '@amend/document';
import { applyAmendment, findAmendment } from '@amend/engine';
import { articleKey, outline } from './outline.ts';

/**
 * The drafter's own check: the decision text is read back by the decision
 * parser and applied by the engine exactly as `amend apply` would, and the
 * result compared with the new text. Where it falls short, the articles that
 * differ and the items that failed are named, so that they can be said more
 * coarsely.
 */

export interface CheckResult {
  exact: boolean;
  /** NEW article indexes whose result differs from the new text. */
  articles: Set<number>;
  /** Owners of the items the parser or the engine refused. */
  owners: Set<string>;
  /** The errors met (the parser's and the engine's own diagnostics). */
  errors: Diagnostic[];
  /** The places that differ, as a reader names them. */
  places: string[];
  /** Places that differ only in ASCII punctuation the new text has. */
  ascii: string[];
}

export interface ItemSpan {
  owner: string;
  start: number;
  end: number;
}

/** The body a version is compared by: everything but its 题注 (the engine adds the amendment note) and 目录. */
export function body(doc: Document): string {
  return serialize({ ...doc, notes: [], toc: [], meta: {} });
}

export function check(old: Document, neu: Document, text: string, spans: ItemSpan[], rule: string): CheckResult {
  const result: CheckResult = { exact: false, articles: new Set(), owners: new Set(), errors: [], places: [], ascii: [] };
  const ownerAt = (offset: number | undefined): string | undefined =>
    offset === undefined ? undefined : spans.find((s) => offset >= s.start && offset < s.end)?.owner;
  const blame = (list: Diagnostic[]): void => {
    for (const d of list) {
      const unsupported = d.ruleId === 'decision/unsupported-instruction';
      if (d.severity !== 'error' && !unsupported) continue;
      result.errors.push(d);
      const owner = ownerAt(d.span?.start.offset);
      if (owner) result.owners.add(owner);
    }
  };
  const decision = parseDecision(text, { file: '<draft>' });
  blame(decision.diagnostics);
  const amendment = findAmendment(decision.value, rule);
  if (!amendment && !result.errors.length) result.errors.push(diagnostic('draft/rule-not-read', { rule }));
  if (!amendment || result.errors.length) return result;
  const c = applyAmendment(old, amendment, { decision: { title: decision.value.title, file: '<draft>' } });
  blame(c.diagnostics);
  if (result.errors.length) return result;
  if (body(c.after) === body(neu)) {
    result.exact = true;
    return result;
  }
  const got = outline(c.after).articles;
  const want = outline(neu).articles;
  want.forEach((w, j) => {
    const g = got[j];
    if (!g || !sameArticleNumber(g.node.num, w.node.num) || g.key !== articleKey(w.node)) {
      result.articles.add(j);
      const place = `新${articleLabel(w.node.num)}`;
      // Only , ; : against ， ； ：: no decision can give them (the parser reads them full-width).
      if (g && ASCII_MARK.test(w.key) && g.key.replace(/[，；：]/g, (m) => HALF[m]) === w.key.replace(/[，；：]/g, (m) => HALF[m]))
        result.ascii.push(place);
      else result.places.push(place);
    }
  });
  if (!result.articles.size) result.places.push(c.after.title !== neu.title ? '名称' : '章节或引言');
  return result;
}

const ASCII_MARK = /[\u4e00-\u9fff）》”][,;:][\u4e00-\u9fff（《“]/;
const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':' };
