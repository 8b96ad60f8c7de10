/**
 * A catalog loaded in the pane reaches the BUDGET functions on the same page (the shared runtime's one page): the
 * user opens a workbook holding a bureau's catalog sheet, picks that sheet in the settings, and BUDGET.NAME, called
 * as Excel calls it (through the mapping office.js keeps), answers from it. office.js comes from node_modules.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPane, ROOT, startPane, type StartedPane } from "./harness";

const CATALOG_SHEET = "2024年政府收支分类科目";
const LOADED_NAME = "行政运行（本局目录）";

let pane: StartedPane;
let page: Page;
const errors: string[] = [];

/** The sample workbook with a catalog sheet naming 2010101 differently from the bundled catalog. */
async function sampleWithCatalogSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, "samples", "fengquan-2024.xlsx"));
  const sheet = workbook.addWorksheet(CATALOG_SHEET);
  sheet.addRows([
    ["科目编码", "科目名称"],
    ["201", "一般公共服务支出"],
    ["20101", "人大事务"],
    ["2010101", LOADED_NAME],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Calls a BUDGET function in the page the way Excel does: the function office.js holds for its id. */
function callInPage(id: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ([fid, fargs]) => {
      const cf = (
        window as { CustomFunctions?: { _association?: { mappings?: Record<string, (...a: unknown[]) => unknown> } } }
      ).CustomFunctions;
      const fn = cf?._association?.mappings?.[fid as string];
      if (!fn) throw new Error(`${fid as string} is not associated`);
      return fn(...(fargs as unknown[]));
    },
    [id, args] as const,
  );
}

beforeAll(async () => {
  pane = await startPane();
  ({ page } = await openPane(pane, {
    onPage: (opened) => opened.on("pageerror", (error) => errors.push(error.message)),
  }));
  await page.waitForFunction(() => document.getElementById("office-js")?.getAttribute("data-state") === "loaded");
});

afterAll(async () => {
  await pane?.close();
});

it("BUDGET.NAME answers from the catalog sheet picked in the pane's settings", async () => {
  await expect(callInPage("NAME", "2010101")).resolves.toBe("行政运行");

  await page.getByTestId("file-input").setInputFiles({
    name: "with-catalog.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await sampleWithCatalogSheet(),
  });
  await page.getByText("工作簿：with-catalog.xlsx").waitFor();
  await page.getByRole("button", { name: "设置" }).click();
  await page.getByRole("radio", { name: "使用工作表中的官方目录" }).check();
  await page.getByLabel("目录所在工作表").selectOption(CATALOG_SHEET);
  await page.getByRole("button", { name: "应用并重新校验" }).click();
  await page.getByText(/已读取「.*2024年政府收支分类科目」/).waitFor();

  await expect(callInPage("NAME", "2010101")).resolves.toBe(LOADED_NAME);
  await expect(callInPage("SOURCE", "2010101")).resolves.toContain("with-catalog.xlsx / 2024年政府收支分类科目");

  // Back to the bundled catalog: the functions follow.
  await page.getByRole("radio", { name: "内置目录" }).check();
  await page.getByRole("button", { name: "应用并重新校验" }).click();
  await page.getByText(/已读取/).waitFor({ state: "detached" });
  await expect(callInPage("NAME", "2010101")).resolves.toBe("行政运行");
  expect(errors).toEqual([]);
});
