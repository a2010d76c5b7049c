// A writer for the store's kill and concurrency checks (tests/fuzz/store.ts):
//   store-writer.ts loop STORE FILES     commit new versions of FILES files until killed
//   store-writer.ts some STORE NAME N    commit N versions of NAME.txt, then exit
// Each version of each file says which version it is, on every line, so a
// torn or mixed state shows.
import { record } from '../../packages/store/src/index.ts';

const [mode, store, arg, count] = process.argv.slice(2);

/** A rule-sized text (about 40 KB) that names its version on every line. */
export function versionText(name: string, version: number): string {
  const lines = [`${name}`, ''];
  for (let k = 1; k <= 400; k++) lines.push(`第${k}条　版本${version}：本条的文字在每一个版本中都不同，以便检查是否混合了不同版本。`, '');
  return lines.join('\n');
}

if (mode === 'loop') {
  const files = Number(arg);
  for (let v = 1; ; v++) {
    await record(store, () => [
      {
        date: '2020-01-01',
        subject: `版本${v}`,
        body: [],
        changes: Array.from({ length: files }, (_, f) => ({ file: `f${f}.txt`, text: versionText(`f${f}`, v) })),
      },
    ]);
  }
} else if (mode === 'some') {
  for (let v = 1; v <= Number(count); v++) {
    await record(store, () => [
      { date: '2020-01-01', subject: `${arg} 版本${v}`, body: [], changes: [{ file: `${arg}.txt`, text: versionText(arg, v) }] },
    ]);
  }
}
