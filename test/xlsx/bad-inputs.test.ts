/**
 * Every bad input of scripts/make-bad-inputs.js through both entry points (issues 8 and 9): the command line (a
 * file on disk, exit 2, one line on stderr) and the browser mode's reader (the bytes of a picked file). Both must
 * name the same problem in the same sentence, in both languages, and never throw.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readXlsxBytes } from "../../src/host/browser";
import type { ReadProblem } from "../../src/host/xlsx/read-problem";
import { readProblemSentence } from "../../src/host/xlsx/read-problem-text";
import { runCli } from "../cli/run-cli";

// The bombs inflate a few megabytes and the wide sheets hold four million slots: slower than jest's default 5 s on
// a busy 2-core machine, but these are hang guards, not timings.
jest.setTimeout(60_000);

interface BadInput {
  readonly name: string;
  readonly what: string;
  readonly bytes: Uint8Array;
  readonly expected: { readonly kind: ReadProblem["kind"]; readonly limit?: string };
}

const { badInputs } = require("../../scripts/make-bad-inputs.js") as { badInputs(): BadInput[] };
const inputs = badInputs();

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-bad-"));
  for (const input of inputs) await fs.writeFile(path.join(dir, input.name), input.bytes);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

test("the fixtures cover every file kind the reader refuses and every read limit", () => {
  const kinds = new Set(inputs.map((i) => i.expected.kind));
  expect([...kinds].sort()).toEqual(["corrupt", "encrypted", "legacy-workbook", "limit", "pdf", "unsupported"]);
  const limits = new Set(inputs.map((i) => i.expected.limit).filter(Boolean));
  expect([...limits].sort()).toEqual([
    "cell-chars",
    "compression-ratio",
    "parts",
    "sheet-cells",
    "unzipped-size",
    "workbook-cells",
  ]);
});

describe.each(inputs.map((input) => [input.name, input.what, input] as const))("%s (%s)", (_name, _what, input) => {
  test("the browser reader reports the expected problem", async () => {
    const outcome = await readXlsxBytes(arrayBufferOf(input.bytes), input.name);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ file: input.name, ...input.expected });
  });

  test.each(["zh", "en"] as const)("the command line prints the browser's sentence (%s), exit 2", async (language) => {
    const file = path.join(dir, input.name);
    const cli = await runCli(["--lang", language, file]);
    expect(cli.code).toBe(2);
    expect(cli.stdout).toBe("");
    const page = await readXlsxBytes(arrayBufferOf(input.bytes), file);
    if (page.ok) throw new Error("the browser reader read a bad input");
    const sentence = readProblemSentence(page.problem, language);
    expect(cli.stderr).toBe(`${sentence}\n`);
  });
});

test("a limit's sentence names the limit, its value and the flag that raises it", () => {
  const problem: ReadProblem = { kind: "limit", file: "宽表.xlsx", limit: "sheet-cells", allowed: 4_000_000 };
  expect(readProblemSentence(problem, "zh")).toBe(
    "宽表.xlsx：超出读取上限：单张工作表的单元格数不得超过 4,000,000（可能是异常或恶意构造的文件）；确需检查时，可用命令行选项 --max-sheet-cells 提高上限",
  );
  expect(readProblemSentence({ ...problem, limit: "unzipped-size", allowed: 400 * 2 ** 20 }, "en")).toBe(
    "宽表.xlsx: over the read limit for the total unzipped size in MB (at most 400; the file may be damaged or crafted); to check it anyway, raise the limit with the command-line option --max-unzipped-mb",
  );
});

test("a raised limit lets the same file through: the wide sheet reads with --max-sheet-cells and --max-cells", async () => {
  const file = path.join(dir, "many-cells.xlsx");
  const cli = await runCli(["--format", "json", "--max-sheet-cells", "5000000", "--max-cells", "5000000", file]);
  expect(cli.stderr).toBe("");
  expect(JSON.parse(cli.stdout)).toMatchObject({ workbook: "many-cells.xlsx" });
});
