/**
 * Issue #9: whatever a BUDGET function is handed — every shape Excel passes and some it cannot (objects, functions,
 * arrays nested deeper than rows of cells, NaN, ±Infinity, -0, huge and tiny numbers) — it answers with a value of
 * its declared type or an Excel error with a message, and never throws. A non-finite result is #NUM!.
 */
import fc from "fast-check";
import * as impl from "../../src/functions/impl";
import { isFnError } from "../../src/functions/impl";

type Kind = "number" | "string" | "boolean" | "number-grid" | "number-or-string";
type Call = (...args: unknown[]) => unknown;

const FUNCTIONS: readonly [string, Call, number, Kind][] = [
  ["SHARE", impl.share as Call, 3, "number"],
  ["SHARES", impl.shares as Call, 2, "number-grid"],
  ["CHECKSUM", impl.checksum as Call, 3, "number"],
  ["RECONCILE", impl.reconcileText as Call, 3, "string"],
  ["DIFF", impl.difference as Call, 3, "number"],
  ["YOY", impl.yoy as Call, 3, "number-or-string"],
  ["WAN", impl.wan as Call, 2, "number"],
  ["YUAN", impl.yuan as Call, 1, "number"],
  ["DAXIE", impl.daxie as Call, 2, "string"],
  ["CODE", impl.joinCode as Call, 3, "string"],
  ["NAME", impl.codeName as Call, 2, "string"],
  ["PATH", impl.codePath as Call, 2, "string"],
  ["VALID", impl.codeValid as Call, 2, "boolean"],
  ["GOVCODE", impl.govCode as Call, 3, "string"],
  ["SOURCE", impl.catalogSource as Call, 2, "string"],
];

const ERRORS = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]);

function hasDeclaredType(value: unknown, kind: Kind): boolean {
  const finite = (x: unknown) => typeof x === "number" && Number.isFinite(x);
  switch (kind) {
    case "number":
      return finite(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number-or-string":
      return finite(value) || typeof value === "string";
    case "number-grid":
      return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(finite));
  }
}

/** What a cell may hold, with the awkward numbers and texts Excel can hand over. */
const cell = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 1e305, 1e-300, 2 ** 53, Number.NaN, Infinity, -Infinity),
  fc.string(),
  fc.constantFrom("", "合计", "12万元", "1,241.66", "(20.00)", "１２３", "50%", "#DIV/0!", "1e309", "2013101", "机关"),
);

/** Rows of cells (what Excel passes for a range), and what it never passes: objects, deep nesting, functions. */
const argument = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    cell,
    fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }),
    fc.array(tie("any"), { maxLength: 3 }),
    fc.object(),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.constant(Symbol("s")),
    fc.bigInt(),
    fc.constant(new Date(0)),
    fc.constant(Object.create(null) as unknown),
  ),
})).any;

describe.each(FUNCTIONS)("BUDGET.%s", (_name, fn, arity, kind) => {
  it("returns its declared type or an Excel error with a message for any arguments, never throwing", () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: arity + 1 }), (args) => {
        const result = fn(...args);
        if (isFnError(result)) return ERRORS.has(result.error) && result.message.trim() !== "";
        return hasDeclaredType(result, kind);
      }),
      { numRuns: 400 },
    );
  });
});

describe("non-finite results are #NUM! with a message", () => {
  it.each([
    ["YUAN(1e305)", () => impl.yuan(1e305)],
    ["CHECKSUM of two 1e308 cells", () => impl.checksum([[1e308], [1e308]])],
    ["SHARE(100, 5e-324)", () => impl.share(100, 5e-324)],
    ["DIFF(1e308, {-1e308})", () => impl.difference(1e308, [[-1e308]], 0)],
    ["YOY(1e308, 1e-300)", () => impl.yoy(1e308, 1e-300)],
  ])("%s", (_what, call) => {
    expect(call()).toEqual({ error: "#NUM!", message: expect.stringMatching(/Excel/) });
  });
});
