import { createHash } from 'node:crypto';

/**
 * A rule's title as a file name — the one place titles become names. A title
 * is words, not a path: separators and characters file systems refuse become
 * `_`, a leading dot is never kept (no `.`, `..` or hidden names), names
 * Windows reserves are avoided, and the length is bounded in UTF-8 bytes so
 * an extension still fits the usual 255-byte limit. Whenever the title had to
 * be changed, a short hash of the whole title is appended, so two different
 * titles never share a name.
 */
export function fileStem(title: string): string {
  let stem = title.replace(/[\\/:*?"<>|\p{Cc}\p{Cf}\u2028\u2029]/gu, '_').replace(/^[.\s]+|[.\s]+$/g, (m) => '_'.repeat(m.length));
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(stem)) stem = `_${stem}`;
  const changed = stem !== title || stem === '';
  const long = Buffer.byteLength(stem) > MAX_STEM;
  if (!changed && !long) return stem;
  return `${truncateBytes(stem, MAX_STEM - HASH_LENGTH - 1)}-${titleHash(title)}`;
}

/** Bytes left for the stem: 255 less room for `.` and an extension such as `.docx.json`. */
const MAX_STEM = 200;
const HASH_LENGTH = 10;

function titleHash(title: string): string {
  return createHash('sha256').update(title).digest('hex').slice(0, HASH_LENGTH);
}

/** The longest prefix of `s` (whole characters) within `max` UTF-8 bytes. */
function truncateBytes(s: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}
