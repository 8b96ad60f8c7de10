/**
 * Every example in docs/functions.md ("`=BUDGET.X(…)` → `result`") is run against the implementations, so the
 * README cannot drift from what the functions do. Cell references are the sample workbook's cells the examples name.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as impl from "../../src/functions/impl";
import type { ExcelArg } from "../../src/functions/impl";

const SPENDING_F8_F24 = [
  5, 9.73, 422.15, 401.51, 80.68, 4, 10.62, 33, 58.32, 1.27, 87.34, 1.82, 3.15, 18.39, 22.13, 82.54, 20,
];
const CELLS: Readonly<Record<string, ExcelArg>> = {
  F6: 1261.66, // 02-部门支出预算表 合计
  "F8:F24": SPENDING_F8_F24.map((n) => [n]),
  A10: 201,
  B10: 31,
  C10: 1,
};

type Call = (...args: ExcelArg[]) => unknown;
const FUNCTIONS: Readonly<Record<string, Call>> = {
  SHARE: impl.share as Call,
  SHARES: impl.shares as Call,
  CHECKSUM: impl.checksum as Call,
  RECONCILE: impl.reconcileText as Call,
  DIFF: impl.difference as Call,
  YOY: impl.yoy as Call,
  WAN: impl.wan as Call,
  YUAN: impl.yuan as Call,
  DAXIE: impl.daxie as Call,
  CODE: impl.joinCode as Call,
  NAME: impl.codeName as Call,
  PATH: impl.codePath as Call,
  VALID: impl.codeValid as Call,
  GOVCODE: impl.govCode as Call,
  SOURCE: impl.catalogSource as Call,
};

/** Split on commas outside quotes and braces. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth += 1;
    if (!quoted && ch === "}") depth -= 1;
    if (ch === "," && !quoted && depth === 0) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "" || out.length > 0) out.push(current.trim());
  return out;
}

function scalar(text: string): ExcelArg {
  if (text.startsWith('"')) return text.slice(1, -1);
  if (text in CELLS) return CELLS[text];
  const n = Number(text);
  if (text === "" || Number.isNaN(n)) throw new Error(`cannot read argument ${text}`);
  return n;
}

function argument(text: string): ExcelArg {
  if (!text.startsWith("{")) return scalar(text);
  return text
    .slice(1, -1)
    .split(";")
    .map((row) => row.split(",").map((cell) => scalar(cell.trim()) as number));
}

/** "0.7662; 0.1204" (a spilled column) or "0.3334, 0.3333" (a row), numbers, TRUE/FALSE or text. */
function expected(text: string): unknown {
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (/^-?[\d.]+([;,] -?[\d.]+)+$/.test(text)) {
    return text.includes(";") ? text.split(";").map((v) => [Number(v)]) : [text.split(",").map(Number)];
  }
  return /^-?[\d.]+$/.test(text) && !/^\d{5,7}$/.test(text) ? Number(text) : text;
}

const doc = readFileSync(join(__dirname, "../../docs/functions.md"), "utf8");
const EXAMPLE = /`=BUDGET\.([A-Z]+)\(([^`]*)\)` → `([^`]+)`/g;
const examples = [...doc.matchAll(EXAMPLE)].map((m) => [m[1] ?? "", m[2] ?? "", m[3] ?? ""] as const);

describe("docs/functions.md examples", () => {
  test("there is at least one example for every function", () => {
    expect([...new Set(examples.map(([name]) => name))].sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  test.each(examples)("=BUDGET.%s(%s) → %s", (name, args, result) => {
    const call = FUNCTIONS[name];
    expect(call).toBeDefined();
    const values = args.trim() === "" ? [] : splitArgs(args).map(argument);
    expect(call?.(...values)).toEqual(expected(result));
  });
});
