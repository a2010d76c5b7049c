import type { Io } from '../exit.ts';
import { say } from '../words.ts';

/** --track-changes and --author go with --format docx only. */
export function trackUsage(opts: { format: string; trackChanges?: boolean; author?: string }, io: Io, command: string): boolean {
  if (opts.trackChanges && opts.format !== 'docx') {
    io.err(say(io, 'track-needs-docx', { command }) + '\n');
    return false;
  }
  if (opts.author !== undefined && !opts.trackChanges) {
    io.err(say(io, 'author-needs-track', { command }) + '\n');
    return false;
  }
  return true;
}
