/**
 * The body a disclosure belongs to, from the line printed above its tables: "编制部门：上海市普陀区商务委员会"
 * (a 部门 workbook), "编制单位：…" (a 单位 workbook); older layouts say "部门名称：…" or only "预算单位：…" on the
 * cover. The batch summary and the report workbook (the command line's and the page's download alike) name each
 * workbook by it, and a resubmission is matched by it rather than by file name (issue 10). In core so that both faces
 * find the same name with one function.
 */
import type { CellValue, WorkbookSnapshot } from "../grid";

/** Labels in order of trust: the table header line first, the cover last. */
const LABELS = [/^编制(?:部门|单位)$/, /^(?:部门|单位)名称$/, /^预算(?:部门|单位)$/];
const LINE = /^\s*(编制部门|编制单位|部门名称|单位名称|预算部门|预算单位)\s*[:：]\s*(.*)$/;
/** Rows above a table where the line is printed. */
const ROWS_SCANNED = 8;
/** What may follow the name in the same cell: the unit, or a wide gap before it. */
const TRAILER = /(\s{2,}|\s*(?:金额)?单位\s*[:：]).*$/;

function clean(text: string): string {
  return text.replace(TRAILER, "").replace(/\s+/g, " ").trim();
}

function textOf(value: CellValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** The body's name, or undefined when no sheet prints one. */
export function bodyName(snapshot: WorkbookSnapshot): string | undefined {
  const best: (string | undefined)[] = LABELS.map(() => undefined);
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values.slice(0, ROWS_SCANNED))
      for (let c = 0; c < row.length; c++) {
        const match = LINE.exec(textOf(row[c]));
        if (!match) continue;
        // "编制部门：" in one cell and the name in the next one.
        let name = clean(match[2]!);
        for (let k = c + 1; name === "" && k < row.length; k++) name = clean(textOf(row[k]));
        if (name === "") continue;
        const rank = LABELS.findIndex((label) => label.test(match[1]!));
        if (rank === 0) return name;
        if (best[rank] === undefined) best[rank] = name;
      }
  return best.find((name) => name !== undefined);
}
