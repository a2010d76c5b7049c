/**
 * Inline CSS shared by the HTML page, redlines and the 对照表: a printable A4
 * page in the fonts official documents use (仿宋 body, 宋体 title), with
 * generic fallbacks so the page reads anywhere.
 */
export const BASE_CSS = `
@page { size: A4; margin: 2.5cm 2.6cm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "FangSong_GB2312", serif; font-size: 16pt; line-height: 1.75; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-family: "SimSun", "宋体", "STSong", "Songti SC", serif; font-size: 22pt; text-align: center; margin: 0.6em 0; }
h2, h3, h4, h5, h6 { font-size: 16pt; text-align: center; margin: 1.2em 0 0.6em; }
p { margin: 0; text-indent: 2em; }
.note { text-align: center; text-indent: 0; }
.num { font-weight: bold; }
.article { margin: 0.4em 0; }
.box { border: 1px solid #555; padding: 0.5em 1em; margin: 1em 0; }
.box-title { font-weight: bold; text-align: center; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
td, th { border: 1px solid #555; padding: 0.3em 0.5em; vertical-align: top; }
td p, th p { text-indent: 0; }
del { text-decoration: line-through; color: #a00; }
ins { text-decoration: underline; font-weight: bold; color: #050; }
nav.toc { font-size: 12pt; border: 1px solid #ccc; padding: 0.5em 1em; margin: 1em 0; }
nav.toc ol { list-style: none; padding-left: 1.5em; margin: 0; }
nav.toc > ol { padding-left: 0; }
@media print { nav.toc { display: none; } body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`.trim();

/** A standalone page around a body fragment (already escaped markup). */
export function page(title: string, css: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
