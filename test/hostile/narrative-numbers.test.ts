/** Issue #9: one odd number in the 情况说明 is a finding or nothing, never a failed file; 1e309 is not 309. */
import type { Report } from "../../src/core/findings/report";
import { runCli } from "../cli/run-cli";
import { hostileFixtures } from "./fixtures";

/** Cells past Excel's 32,767 characters are refused by the reader's cell-chars limit at its default (#8); the
 * hostile cases raise it so that what happens past the reader (cutting, escaping, sealing) is what is tested. */
const RAISED_CELL_LIMIT = ["--max-cell-chars", "2000000"];

jest.setTimeout(60_000);

let files: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ files, cleanup } = await hostileFixtures(["long-decimals", "huge-exponent", "long-number"]));
});
afterAll(() => cleanup());

async function reportOf(name: string): Promise<{ code: number; stderr: string; report: Report }> {
  const run = await runCli([...RAISED_CELL_LIMIT, "--format", "json", "--lang", "en", files[name]!]);
  return { code: run.code, stderr: run.stderr, report: JSON.parse(run.stdout) as Report };
}

test("1261.6666666666666666666666666 万元 is compared, not a crash: a narrative.amount finding at A3", async () => {
  const { code, stderr, report } = await reportOf("long-decimals");
  expect(stderr).toBe("");
  expect(code).toBe(1);
  const a3 = report.findings.filter((f) => f.sheet === "情况说明" && f.cell === "A3" && f.rule === "narrative.amount");
  expect(a3.map((f) => f.actual)).toContain("1261.6666666667");
});

test("1e309 万元 and 1E+309 万元 are not read as 309 万元", async () => {
  const { code, stderr, report } = await reportOf("huge-exponent");
  expect(stderr).toBe("");
  expect(code).toBe(1);
  const a3 = report.findings.filter((f) => f.sheet === "情况说明" && f.cell === "A3");
  expect(a3.filter((f) => `${f.actual ?? ""} ${f.expected ?? ""} ${f.message}`.includes("309"))).toEqual([]);
});

test("a number of 100,000 digits is not a crash", async () => {
  const { code, stderr } = await reportOf("long-number");
  expect(stderr).toBe("");
  expect(code).toBe(1);
});
