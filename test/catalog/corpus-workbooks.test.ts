/**
 * The four real 2025 workbooks of ../shared/corpus (read in place; skipped without the shared folder): the 2025
 * catalog answers for every code they print, so no code is "cannot verify" and no printed name is called wrong.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import { readWorkbookFile } from "../../src/host/xlsx/read-workbook";
import { REPO } from "./evidence";

const CORPUS = path.join(REPO, "..", "shared", "corpus");
const books = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((d) => fs.existsSync(path.join(CORPUS, d, `${d}.xlsx`)))
      .map((d) => path.join(CORPUS, d, `${d}.xlsx`))
  : [];

(books.length > 0 ? test.each(books) : test.skip.each(["(no ../shared/corpus)"]))("%s", async (file) => {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`cannot read ${file}`);
  const result = checkWorkbook(read.snapshot);
  expect(result.catalog).toEqual({ year: 2025, source: "内置 2025（部分）" });
  const codeFindings = result.findings.filter((f) => f.rule.startsWith("code."));
  expect(codeFindings.map((f) => `${f.rule} ${f.sheet} ${f.cell}`)).toEqual([]);
});
