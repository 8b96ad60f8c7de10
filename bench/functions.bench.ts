/**
 * Figures for the BUDGET worksheet functions (printed by `npm run bench`, never a test). Targets from issue 3:
 * SHARE ≥ 1,000,000 calls/s, a code lookup ≥ 2,000,000 calls/s, CHECKSUM of a 100,000-cell range < 20 ms.
 * Each is also given as a ratio to a plain floating-point (or plain Map) loop doing the same work in the same run.
 * The registered functions from src/functions/functions.ts are called, as Excel calls them.
 */
import { checksum, name, share } from "../src/functions/functions";
import { bundledCatalog, normaliseCode } from "../src/core/catalog";

const now = (): number => performance.now();

/** Best of `rounds` timings of `body`, in ms (the least disturbed run on a shared machine). */
function best(rounds: number, body: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    const start = now();
    body();
    fastest = Math.min(fastest, now() - start);
  }
  return fastest;
}

let sink = 0; // keeps results alive so the loops are not optimised away

function shareFigures(): Record<string, number> {
  const calls = 1_000_000;
  // The seed's parts and totals, varied by a cent so no two calls repeat.
  const parts = [966.7, 151.9, 40.52, 82.54, 20, 1058.62, 203.04, 980.74, 57.88];
  const partOf = Array.from(
    { length: calls },
    (_, i) => Math.round(((parts[i % parts.length] ?? 1) + (i % 97) / 100) * 100) / 100,
  );
  const totalOf = Array.from({ length: calls }, (_, i) => Math.round((1261.66 + (i % 89) / 100) * 100) / 100);
  const exact = best(5, () => {
    for (let i = 0; i < calls; i += 1) sink += share(partOf[i], totalOf[i], 2);
  });
  const float = best(5, () => {
    for (let i = 0; i < calls; i += 1) sink += Math.round(((partOf[i] ?? 0) / (totalOf[i] ?? 1)) * 10000) / 10000;
  });
  const textCalls = 100_000;
  const text = best(3, () => {
    for (let i = 0; i < textCalls; i += 1) sink += share(String(partOf[i]), "1,261.66", 2);
  });
  return {
    callsPerSecond: Math.round(calls / (exact / 1000)),
    floatLoopCallsPerSecond: Math.round(calls / (float / 1000)),
    ratioToFloat: round1(exact / float),
    textArgumentsCallsPerSecond: Math.round(textCalls / (text / 1000)),
  };
}

function lookupFigures(): Record<string, number> {
  const calls = 2_000_000;
  const codes = [
    2012801, 2012901, 2013101, 2013150, 2013199, 2013601, 2013699, 2019999, 2080501, 2080502, 2080505, 2080801, 2089999,
    2101101, 2101102, 2210201, 2230105,
  ];
  const names = new Map(codes.map((c) => [c, name(c)]));
  const exact = best(5, () => {
    for (let i = 0; i < calls; i += 1) sink += name(codes[i % codes.length]).length;
  });
  const plain = best(5, () => {
    for (let i = 0; i < calls; i += 1) sink += names.get(codes[i % codes.length] ?? 0)?.length ?? 0;
  });
  const textCalls = 500_000;
  const text = best(3, () => {
    for (let i = 0; i < textCalls; i += 1) sink += name("[2013101]行政运行").length;
  });
  // What a first reading costs (NAME memoises the reading of each distinct argument): normalise + lookup, no cache.
  const catalog = bundledCatalog();
  const uncached = best(5, () => {
    for (let i = 0; i < calls; i += 1) {
      const read = normaliseCode(codes[i % codes.length] ?? 0);
      sink += read.ok ? (catalog.lookup(read.code, read.kind)?.name.length ?? 0) : 0;
    }
  });
  return {
    callsPerSecond: Math.round(calls / (exact / 1000)),
    plainMapCallsPerSecond: Math.round(calls / (plain / 1000)),
    ratioToPlainMap: round1(exact / plain),
    bracketedTextCallsPerSecond: Math.round(textCalls / (text / 1000)),
    uncachedReadAndLookupPerSecond: Math.round(calls / (uncached / 1000)),
  };
}

function checksumFigures(): Record<string, number> {
  const cells = 100_000;
  const numbers = Array.from({ length: cells }, (_, i) => [Math.round(((i * 7919) % 1_000_000) + (i % 100)) / 100]);
  const mixed = numbers.map(([n], i) => [
    i % 10 === 0 ? (n ?? 0).toLocaleString("en-US", { minimumFractionDigits: 2 }) : n,
  ]);
  const floats = Array.from({ length: cells }, (_, i) => [0.1 + ((i * 7919) % 1_000_000) / 1000]); // not whole 1/10000s
  const exact = best(7, () => {
    sink += checksum(numbers);
  });
  const plain = best(7, () => {
    let s = 0;
    for (let r = 0; r < numbers.length; r += 1) {
      const row = numbers[r] ?? [];
      for (let c = 0; c < row.length; c += 1) s += row[c] ?? 0;
    }
    sink += s;
  });
  const withText = best(5, () => {
    sink += checksum(mixed);
  });
  const decimalPath = best(3, () => {
    sink += checksum(floats);
  });
  return {
    cells,
    milliseconds: round2(exact),
    floatLoopMilliseconds: round2(plain),
    ratioToFloat: round1(exact / plain),
    tenPercentTextMilliseconds: round2(withText),
    nonDecimalDoublesMilliseconds: round2(decimalPath),
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

export async function run(): Promise<Record<string, unknown>> {
  const result = { share: shareFigures(), codeLookup: lookupFigures(), checksum: checksumFigures() };
  return {
    ...result,
    targets: { shareCallsPerSecond: 1_000_000, lookupCallsPerSecond: 2_000_000, checksumMilliseconds: 20 },
    sink: sink !== 0,
  };
}
