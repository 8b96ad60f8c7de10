/**
 * functions.ts as Excel sees it: the metadata its JSDoc generates (the same generator the webpack plugin runs)
 * matches the signature table in docs/functions.md, and the thin bodies turn typed errors into CustomFunctions.Error.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const ROOT = join(__dirname, "../..");

interface MetadataParameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
}

/**
 * `BUDGET.SHARE(part, total, [decimals])` rows of the signature table → name and parameters ("[x]" optional; "x, …"
 * a repeating parameter, optional in the metadata as SUM's further ranges are).
 */
function documentedSignatures(): Record<string, { name: string; optional: boolean }[]> {
  const doc = readFileSync(join(ROOT, "docs/functions.md"), "utf8");
  const rows = [...doc.matchAll(/^\| `BUDGET\.([A-Z]+)\(([^)]*)\)` \|/gm)];
  return Object.fromEntries(
    rows.map((m) => [
      m[1] ?? "",
      (m[2] ?? "")
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "")
        .map((p, i, all) => ({
          name: p.replace(/[[\]]/g, ""),
          optional: p.startsWith("[") || all[i + 1] === "…",
        }))
        .filter((p) => p.name !== "…"),
    ]),
  );
}

describe("functions.ts metadata", () => {
  let functions: MetadataFunction[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(ROOT, "src/functions/functions.ts"));
    errors = result.errors;
    functions = (JSON.parse(result.metadataJson) as { functions: MetadataFunction[] }).functions;
  }, 60_000);

  test("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  test("lists exactly the functions of the documented signature table, with their parameters in order", () => {
    const fromMetadata = Object.fromEntries(
      functions.map((f) => [f.id, f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))]),
    );
    expect(fromMetadata).toEqual(documentedSignatures());
  });

  test("every function and parameter has a description, and every result a type or 'any' by intent (YOY)", () => {
    const missing = functions.flatMap((f) => [
      ...(f.description ? [] : [`${f.id}: description`]),
      ...f.parameters.filter((p) => !p.description || !p.type).map((p) => `${f.id}.${p.name}`),
      ...(f.result.type || f.id === "YOY" ? [] : [`${f.id}: result type`]),
    ]);
    expect(missing).toEqual([]);
  });

  test("every export of functions.ts is registered", async () => {
    const module = (await import("../../src/functions/functions")) as Record<string, unknown>;
    const exported = Object.keys(module).filter((k) => typeof module[k] === "function");
    const result = await generateCustomFunctionsMetadata(join(ROOT, "src/functions/functions.ts"));
    expect(result.associate.map((a) => a.functionName).sort()).toEqual(exported.sort());
  }, 60_000);
});

describe("functions.ts bodies", () => {
  class StubError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const globals = globalThis as unknown as Record<string, unknown>;

  beforeAll(() => {
    globals.CustomFunctions = {
      Error: StubError,
      ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
  });
  afterAll(() => {
    delete globals.CustomFunctions;
  });

  test("a value goes to Excel as it is", async () => {
    const f = await import("../../src/functions/functions");
    expect([f.share(966.7, 1261.66), f.daxie(1261.66, "万元"), f.valid(2013101), f.shares([[1], [3]])]).toEqual([
      0.7662,
      "壹仟贰佰陆拾壹万陆仟陆佰元整",
      true,
      [[0.25], [0.75]],
    ]);
  });

  test.each([
    ["SHARE with total 0", () => "share", [1, 0], "#DIV/0!", "总数为 0 / total is 0"],
    [
      "NAME of an unknown code",
      () => "name",
      [2013188],
      "#N/A",
      "内置 2024（部分）中没有 2013188 / 2013188 is not in 内置 2024（部分）",
    ],
    [
      "WAN with decimals 11",
      () => "wan",
      [1, 11],
      "#NUM!",
      "decimals 须为 0–10 的整数 / decimals must be a whole number 0–10",
    ],
    [
      "CHECKSUM with text that is no amount",
      () => "checksum",
      [[["12abc"]]],
      "#VALUE!",
      '区域第 1 行第 1 列「12abc」不是有效数字 / range row 1, column 1 "12abc" is not a valid number',
    ],
  ] as [string, () => string, unknown[], string, string][])(
    "%s throws CustomFunctions.Error",
    async (_what, fn, args, code, message) => {
      const f = (await import("../../src/functions/functions")) as unknown as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      let thrown: unknown;
      try {
        f[fn()]?.(...args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(StubError);
      expect([(thrown as StubError).code, (thrown as StubError).message]).toEqual([code, message]);
    },
  );
});
