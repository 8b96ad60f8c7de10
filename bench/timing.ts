/** Timing helpers the benchmark files share (not a benchmark itself: the runner loads only *.bench.ts). */

/** The median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds to three places, as the figures are printed. */
export const roundMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Median and fastest of `runs` timings after a 3-run warm-up (the fastest shows the figure on an idle machine). */
export function timings(runs: number, body: () => void): { median: number; min: number } {
  for (let i = 0; i < 3; i++) body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  return { median: roundMs(median(times)), min: roundMs(Math.min(...times)) };
}
