/**
 * Text mutations for fuzzing: characters deleted, inserted, swapped and lines
 * cut, drawn from the characters that carry structure in rules and decisions.
 */
const ALPHABET = [...'“”‘’第条款项目章节编之一二三十百、，。；：（）()《》\n　 修改为删去增加作为合并单列改'];

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

export function mutate(text: string, random: () => number, edits = 1 + Math.floor(random() * 4)): string {
  let s = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (s.length + 1));
    switch (Math.floor(random() * 5)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 3));
        break;
      case 1:
        s = s.slice(0, at) + ALPHABET[Math.floor(random() * ALPHABET.length)] + s.slice(at);
        break;
      case 2:
        if (at + 1 < s.length) s = s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2);
        break;
      case 3: {
        // Cut a line in two, as OCR page breaks do.
        s = s.slice(0, at) + '\n\n' + s.slice(at);
        break;
      }
      default: {
        // Drop a whole line.
        const lines = s.split('\n');
        lines.splice(Math.floor(random() * lines.length), 1);
        s = lines.join('\n');
      }
    }
  }
  return s;
}
