/** The --max-… options (docs/cli.md "Limits"): each sets its read limit; anything but a positive integer is refused. */
import { parseArgs } from "../../src/cli/args";

const MB = 1024 * 1024;

test.each([
  [["--max-unzipped-mb", "50"], { "unzipped-size": 50 * MB }],
  [["--max-file-mb", "20"], { "file-size": 20 * MB }],
  [["--max-compression-ratio=500"], { "compression-ratio": 500 }],
  [["--max-parts", "20000"], { parts: 20_000 }],
  [
    ["--max-sheet-cells", "8000000", "--max-cells", "9000000"],
    { "sheet-cells": 8_000_000, "workbook-cells": 9_000_000 },
  ],
  [["--max-cell-chars", "100000"], { "cell-chars": 100_000 }],
])("%j → limits %j", (argv, limits) => {
  const parsed = parseArgs([...argv, "a.xlsx"]);
  expect(parsed).toEqual({ kind: "run", options: expect.objectContaining({ files: ["a.xlsx"], limits }) });
});

test("without a --max-… option no limit is set (the reader's defaults apply)", () => {
  const parsed = parseArgs(["a.xlsx"]);
  expect(parsed.kind === "run" && parsed.options.limits).toBeUndefined();
});

test.each(["0", "-5", "1.5", "1e6", "abc", "99999999999999"])("--max-cells %s is refused", (value) => {
  expect(parseArgs(["--max-cells", value, "a.xlsx"])).toEqual({
    kind: "error",
    problem: { kind: "bad-value", option: "--max-cells", value },
    language: "zh",
  });
});
