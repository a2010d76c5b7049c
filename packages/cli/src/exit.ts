import type { Lang } from '@amend/model';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, io: 3 } as const;

/** Where a command writes, and in which language, so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The language of messages and of the command's own words (default English). */
  lang?: Lang;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};
