/**
 * The fonts a drafter expects and what to use where they are missing. Word
 * and WPS substitute a missing font by the alternate name, character set and
 * PANOSE class the document's font table gives it; LibreOffice by its own
 * replacement table, which knows the Windows names listed first here. The
 * table names each Chinese font with its first alternate (w:altName), GB2312
 * as its character set and its PANOSE class, so 仿宋_GB2312 falls back to
 * 仿宋 / FangSong, 方正小标宋简体 to a 宋 face, 黑体 to SimHei.
 */
export const FONTS = {
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC'],
  heading: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC'],
} as const;

export type FontRole = keyof typeof FONTS;

export const LATIN_FONT = 'Times New Roman';

interface FontEntry {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: 'roman' | 'swiss' | 'modern';
  pitch: 'fixed' | 'variable';
}

/** PANOSE of a 仿宋, a 宋 and a 黑 face (as Windows' FangSong, SimSun and SimHei declare them). */
const FANGSONG = '02010609060101010101';
const SONG = '02010600030101010101';
const HEI = '02010609060101010101';

function entries(): FontEntry[] {
  const chinese = (list: readonly string[], panose: string, family: FontEntry['family']): FontEntry[] =>
    list.map((name, k) => ({ name, altName: list[k + 1], panose, charset: '86', family, pitch: 'variable' }));
  return [
    ...chinese(FONTS.body, FANGSONG, 'modern'),
    ...chinese(FONTS.title, SONG, 'roman'),
    ...chinese(FONTS.heading, HEI, 'modern'),
    { name: '宋体', altName: 'SimSun', panose: SONG, charset: '86', family: 'roman', pitch: 'variable' },
    { name: LATIN_FONT, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
  ];
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** word/fontTable.xml naming every font the writer uses, with its alternates. */
export function fontTableXml(): string {
  const seen = new Set<string>();
  const fonts = entries()
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    .map(
      (f) =>
        `<w:font w:name="${escape(f.name)}">${f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : ''}` +
        `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`
  );
}
