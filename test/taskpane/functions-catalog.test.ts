/**
 * A catalog the pane loads reaches the BUDGET functions: shareCatalogWithFunctions puts it in the holder the
 * functions bundle reads (its own copy of the modules, as on the shared runtime's page), and asks Excel to
 * recalculate only when the catalog changed.
 */
import { bundledCatalog } from "../../src/core/catalog";
import { catalogFromSheet, shareCatalogWithFunctions } from "../../src/taskpane/source";

/** A bureau's catalog sheet naming 2010101 differently from the bundled catalog. */
const SHEET = "2024年政府收支分类科目";
const GRID = [
  ["科目编码", "科目名称"],
  ["201", "一般公共服务支出"],
  ["20101", "人大事务"],
  ["2010101", "行政运行（本局目录）"],
];

/** BUDGET.NAME as the functions bundle runs it: a separate copy of the function modules. */
function nameInFunctionsBundle(code: string, year?: number): unknown {
  let result: unknown;
  jest.isolateModules(() => {
    const impl = require("../../src/functions/impl") as typeof import("../../src/functions/impl");
    result = impl.codeName(code, year);
  });
  return result;
}

function sheetCatalog() {
  const loaded = catalogFromSheet(SHEET, GRID, "凤泉区.xlsx");
  if (!loaded.ok) throw new Error("the test sheet has no catalog rows");
  return loaded.catalog;
}

afterEach(() => {
  shareCatalogWithFunctions(undefined, { recalculate: false });
});

test("BUDGET.NAME answers from the sheet catalog the pane loaded, and from the bundled one again once cleared", () => {
  const bundledName = bundledCatalog(2024).lookup("2010101")?.name;
  expect(bundledName).toBe("行政运行");
  expect(nameInFunctionsBundle("2010101")).toBe(bundledName);

  const recalculations: string[] = [];
  const recalculateWith = async () => {
    recalculations.push("full");
  };
  expect(shareCatalogWithFunctions(sheetCatalog(), { recalculate: true, recalculateWith })).toBe(true);
  expect(nameInFunctionsBundle("2010101")).toBe("行政运行（本局目录）");
  expect(nameInFunctionsBundle(2010101 as unknown as string)).toBe("行政运行（本局目录）");
  // A row the sheet lacks is still answered by the bundled catalog behind it.
  expect(nameInFunctionsBundle("2010102")).toBe(bundledCatalog(2024).lookup("2010102")?.name);
  expect(recalculations).toEqual(["full"]);

  expect(shareCatalogWithFunctions(undefined, { recalculate: true, recalculateWith })).toBe(true);
  expect(nameInFunctionsBundle("2010101")).toBe(bundledName);
  expect(recalculations).toEqual(["full", "full"]);
});

test("the same catalog again costs no recalculation; the browser mode never recalculates", () => {
  const catalog = bundledCatalog(2025);
  let recalculated = 0;
  const recalculateWith = async () => {
    recalculated++;
  };
  expect(shareCatalogWithFunctions(catalog, { recalculate: true, recalculateWith })).toBe(true);
  expect(shareCatalogWithFunctions(catalog, { recalculate: true, recalculateWith })).toBe(false);
  expect(recalculated).toBe(1);
  // A year left out in a function is the year of the catalog the pane chose.
  let source: unknown;
  jest.isolateModules(() => {
    source = (require("../../src/functions/impl") as typeof import("../../src/functions/impl")).catalogSource();
  });
  expect(String(source)).toContain("2025");
  expect(shareCatalogWithFunctions(sheetCatalog(), { recalculate: false, recalculateWith })).toBe(true);
  expect(recalculated).toBe(1);
});

test("a recalculation that fails does not fail the check", async () => {
  const failing = () => Promise.reject(new Error("Excel is busy"));
  expect(() =>
    shareCatalogWithFunctions(sheetCatalog(), { recalculate: true, recalculateWith: failing }),
  ).not.toThrow();
  await new Promise((resolve) => setTimeout(resolve, 0)); // an unhandled rejection would fail the test here
});
