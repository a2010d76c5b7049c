/**
 * Escaping for every output. Rule text is data: it may hold `<b>`, `&`, or a
 * `<script>` copied from a web page, and must come out as the same characters.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML and XML (the same five characters cover both). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** XML 1.0 forbids most C0 controls even as references; drop them rather than emit a broken file. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/**
 * Markdown inline text: every ASCII character that could start markup is
 * backslash-escaped (CommonMark allows a backslash before any ASCII
 * punctuation), so a rule can never produce emphasis, links, HTML or a table
 * cell break by accident.
 */
export function escapeMd(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#&!]/g, '\\$&');
}

/**
 * A Markdown line that starts a block: also escape what would turn it into a
 * list (`1.`, `-`, `+`), a heading or a quote at the start of the line.
 */
export function escapeMdLine(text: string): string {
  const escaped = escapeMd(text);
  return escaped.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2');
}
