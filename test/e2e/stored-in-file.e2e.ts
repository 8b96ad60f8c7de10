/**
 * Browser mode on a file that stores settings and an acceptance (issue 10), in headless Chromium on the built add-in:
 * the sample with a settings part (a rule off, a rule re-graded) and an accepted 合计 error. The pane's counts equal
 * the command line's for the same file, the accepted finding is listed last with its reason, the stored rules are
 * noted at the top. Screenshots at 350 px (the pane's width in Excel) and 1280 px go to test-results/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { acceptedXml, settingsXml } from "../../src/core";
import { runCli } from "../cli/run-cli";
import { appendZipEntry } from "../cli/zip-append";
import { openPane, ROOT, startPane, type StartedPane } from "./harness";

const REASON = "已说明：101 单位的数在明细行中列示，合计行按规定留空";
const OUT = path.join(ROOT, "test-results");

let file: string;
let pane: StartedPane;
const consoleErrors: string[] = [];

function storedWorkbook(): string {
  const sample = fs.readFileSync(path.join(ROOT, "samples", "fengquan-2024.xlsx"));
  const settings = settingsXml({ rules: { "narrative.punctuation": "off", "code.obsolete-name": "info" } });
  const accepted = acceptedXml([
    { rule: "sum.total", sheet: "部门支出预算表", cell: "F7", expected: "1261.65", actual: "0.00", reason: REASON },
  ]);
  const bytes = appendZipEntry(
    appendZipEntry(sample, "customXml/item1.xml", settings),
    "customXml/item2.xml",
    accepted,
  );
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "budget-check-stored-")), "凤泉-已接受.xlsx");
  fs.writeFileSync(target, bytes);
  return target;
}

async function openIn(width: number, locale: string): Promise<Page> {
  const { page } = await openPane(pane, {
    width,
    locale,
    onPage: (opened) => {
      opened.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
      opened.on("console", (message) => {
        if (message.type() === "error" && !message.text().includes("Content Security Policy"))
          consoleErrors.push(message.text());
      });
    },
  });
  await page.getByTestId("file-input").setInputFiles(file);
  await page.getByTestId("accepted-heading").waitFor({ timeout: 60_000 });
  return page;
}

const cardCount = (page: Page, severity: string) =>
  page.locator(`section button[data-severity="${severity}"] span:last-child`).textContent().then(Number);

beforeAll(async () => {
  file = storedWorkbook();
  pane = await startPane();
  fs.mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await pane?.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

describe("browser mode on a file with stored settings and an acceptance", () => {
  it("counts as the command line does, lists the accepted finding last with its reason, notes the stored rules", async () => {
    const cli = await runCli(["--format", "ndjson", file]);
    const [line, summary] = cli.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { summary: Record<string, number>; accepted?: number });
    const page = await openIn(350, "zh-CN");
    expect(await cardCount(page, "error")).toBe(line!.summary.error);
    expect(await cardCount(page, "warning")).toBe(line!.summary.warning);
    expect(await cardCount(page, "info")).toBe(line!.summary.info);
    expect(summary!.accepted).toBe(1);
    expect(await page.getByTestId("accepted-count").textContent()).toContain("1");

    const accepted = page.locator("[data-accepted]");
    expect(await accepted.count()).toBe(1);
    expect(await accepted.getAttribute("title")).toContain("F7");
    expect(await page.getByTestId("accepted-reason").textContent()).toBe(REASON);
    const header = (await page.locator("header").textContent()) ?? "";
    expect(header).toContain("narrative.punctuation");
    expect(header).toContain("code.obsolete-name");
    await page.screenshot({ path: path.join(OUT, "stored-accepted-350.png") });
    await page.getByTestId("accepted-heading").scrollIntoViewIfNeeded();
    await accepted.click();
    await page.locator("table").first().waitFor();
    // The file is only read here: nothing to undo, so no undo button (a disabled one would not say why).
    expect(await page.getByRole("button", { name: "撤销接受" }).count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, "stored-accepted-350-list-end.png") });
    await page.context().close();
  });

  it("reads the same at 1280 px in English", async () => {
    const page = await openIn(1280, "en-US");
    await page.getByRole("button", { name: "设置" }).click();
    await page.getByRole("radio", { name: "English" }).check();
    await page.getByRole("button", { name: "Hide settings" }).click();
    expect(await page.getByTestId("accepted-heading").textContent()).toContain("Accepted");
    // The stored rules one a line, in English words and punctuation.
    const notes = page.locator("header").getByText(/^rule /);
    expect(await notes.allTextContents()).toEqual([
      "rule code.obsolete-name reported as Note",
      "rule narrative.punctuation turned off",
    ]);
    await page.screenshot({ path: path.join(OUT, "stored-accepted-1280-en.png"), fullPage: false });
    await page.context().close();
    expect(consoleErrors).toEqual([]);
  });
});
