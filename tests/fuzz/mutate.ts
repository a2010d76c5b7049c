/**
 * Text mutations for fuzzing: characters deleted, inserted, swapped and lines
 * cut, drawn from the characters that carry structure in rules and decisions;
 * plus the damage real files suffer: lines dropped, doubled or swapped, pieces
 * of another text spliced in, stray control and non-BMP characters, CRLF or
 * CR line ends, a BOM, a file cut short.
 */
const ALPHABET = [
  ...'“”‘’「」"\'第条款项目章节编之一二三十百千万〇零两、，。；：（）()《》〔〕\n\r\t　  修改为删去增加作为合并单列改前后中的本办法规定#*|<>-—',
];
/** Characters no parser expects: controls, separators, surrogate-pair characters, combining marks. */
const ODD = ['\u0000', '\u000b', '\u0085', '\u2028', '\u2029', '\u200b', '\ufeff', '\ufffd', '𠀀', '😀', '\u0301', '\ud800', '\udc00'];

/** A small deterministic PRNG (mulberry32), so a failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

/** Small edits inside the text: what OCR and typing do. */
export function mutate(text: string, random: () => number, edits = 1 + Math.floor(random() * 4), donor = text): string {
  let s = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (s.length + 1));
    switch (Math.floor(random() * 10)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 3));
        break;
      case 1:
        s = s.slice(0, at) + pick(ALPHABET, random) + s.slice(at);
        break;
      case 2:
        if (at + 1 < s.length) s = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
        break;
      case 3:
        // Cut a line in two, as OCR page breaks do.
        s = s.slice(0, at) + '\n\n' + s.slice(at);
        break;
      case 4:
        s = s.slice(0, at) + pick(ODD, random) + s.slice(at);
        break;
      case 5: {
        // Splice in a piece of another text (or of this one, elsewhere).
        const from = Math.floor(random() * donor.length);
        s = s.slice(0, at) + donor.slice(from, from + 1 + Math.floor(random() * 200)) + s.slice(at);
        break;
      }
      default:
        s = lineEdit(s, random);
    }
  }
  return s;
}

/** Whole lines dropped, doubled or swapped. */
function lineEdit(s: string, random: () => number): string {
  const lines = s.split('\n');
  const i = Math.floor(random() * lines.length);
  const j = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 3)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[j]);
      break;
    default:
      [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

/** Damage to the whole file: line ends, a BOM, a cut. Applied now and then, on top of `mutate`. */
export function damage(text: string, random: () => number): string {
  switch (Math.floor(random() * 4)) {
    case 0:
      return text.replace(/\n/g, '\r\n');
    case 1:
      return text.replace(/\n/g, '\r');
    case 2:
      return '\ufeff' + text;
    default:
      return text.slice(0, Math.floor(random() * text.length));
  }
}

/** Random bytes, or a text's bytes in some encoding with a few flipped: input for the decoder. */
export function mutateBytes(text: string, random: () => number): Uint8Array {
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    const out = new Uint8Array(Math.floor(random() * 600));
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(random() * 256);
    return out;
  }
  const source = text.slice(0, 1 + Math.floor(random() * 3000));
  let bytes =
    kind === 1 ? new TextEncoder().encode(source) : kind === 2 ? utf16(source, random() < 0.5) : withBom(new TextEncoder().encode(source));
  bytes = bytes.slice();
  const flips = Math.floor(random() * 5);
  for (let i = 0; i < flips && bytes.length > 0; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
  return random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}
