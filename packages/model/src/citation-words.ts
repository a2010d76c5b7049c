import type { Lang } from './messages/index.ts';
import { termText } from './messages/terms.ts';

/**
 * The words listings and pages of citations, maps and impact reports show
 * (statuses, reasons to review, which text a document cites), in English;
 * their Chinese is in messages/terms.ts with the other terms, so the command
 * line and the HTML report say the same thing.
 */
export const CITATION_WORDS = {
  unchanged: 'unchanged',
  modified: 'modified',
  renumbered: 'renumbered',
  moved: 'moved',
  inserted: 'new article',
  deleted: 'deleted',
  merged: 'merged',
  split: 'split',
  'text-changed': 'text changed',
  textChanged: 'the cited words changed',
  review: 'review',
  'review-split': 'the article was split',
  'review-merged': 'the article was merged with another',
  'low-confidence': 'weak match',
  'range-broken': 'the range is no longer one run',
  'not-in-old': 'the old version has no such provision',
  alignment: 'two versions aligned',
  decision: 'decision applied',
  old: 'cites the old version',
  earlier: 'dated before the old version: its numbers may be older still',
  undated: 'undated: read as citing the old version',
  inForce: 'text in force then',
  current: 'documents already on the new version',
  unaffected: 'documents citing only unchanged provisions',
  instruments: 'amending instruments (history, left as they are)',
  historical: 'citations naming an earlier text on purpose (left as they are)',
  documents: 'documents affected',
  citations: 'citations',
  title: 'Citation impact report',
  words: 'the words, old and new',
  before: 'old text of',
  after: 'new text of',
  where: 'where',
  citation: 'citation',
  status: 'status',
  becomes: 'becomes',
} as const;

export type CitationWord = keyof typeof CITATION_WORDS;

export function citationWord(key: CitationWord, lang: Lang): string {
  return termText(CITATION_WORDS[key], lang);
}
