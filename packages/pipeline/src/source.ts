import type { Result } from '@amend/model';

/** A text input: where it came from (a path or a name such as `decision.md`) and its decoded text. */
export interface Source {
  file: string;
  text: string;
}

/** A text with what its parser made of it, so a caller that caches parses hands them in as they are. */
export interface Parsed<T> {
  source: Source;
  result: Result<T>;
}
