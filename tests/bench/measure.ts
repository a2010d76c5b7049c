import { performance } from 'node:perf_hooks';

/**
 * Median wall time of `runs` calls after `warmup` unmeasured ones, in ms. With
 * `warmupMs`, the unmeasured calls go on until that much time has passed too:
 * ten calls of decree 119 leave its end to end at about twice its plateau, which
 * V8 reaches only after some sixty (about 1.5 s).
 */
export function median(fn: () => unknown, runs = 7, warmup = 2, warmupMs = 0): number {
  const from = performance.now();
  for (let i = 0; i < warmup || performance.now() - from < warmupMs; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/** Retained heap after building a value, in bytes (needs --expose-gc). */
export function retained(build: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  // Several collections settle the heap; what remains differs by GC noise of ~100–200 KB.
  const settle = () => {
    for (let i = 0; i < 4; i++) gc();
  };
  settle();
  const before = process.memoryUsage().heapUsed;
  const keep = build();
  settle();
  const after = process.memoryUsage().heapUsed;
  // Keep the value alive until measured.
  if (keep === undefined) return NaN;
  return after - before;
}
