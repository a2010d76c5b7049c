import type { ParagraphMap, Result } from '@amend/model';

/** A text input: where it came from (a path or a name such as `decision.md`) and its decoded text. */
export interface Source {
  file: string;
  text: string;
  /** For a Word document, the paragraph each line of `text` came from (diagnostics then say ¶12:5). */
  paragraphs?: ParagraphMap;
}

/** A text with what its parser made of it, so a caller that caches parses hands them in as they are. */
export interface Parsed<T> {
  source: Source;
  result: Result<T>;
}
