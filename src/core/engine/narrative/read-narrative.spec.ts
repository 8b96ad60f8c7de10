import type { SheetSnapshot } from "../../grid/snapshot";
import { readNarrativeSheet } from "./read-narrative";

const LINES = [
  "六、一般公共预算基本支出情况说明",
  "2024 年一般公共预算基本支出年初预算为 1038.62 万元。其中：人员经费 980.74 万元。",
  "（二）政府采购支出情况",
  "2024年政府采购预算安排0.00万元，其中：政府采购货物预算0.00万元。",
];

function summary(sheet: SheetSnapshot): [string, string, string, string[]][] {
  return readNarrativeSheet(sheet).map((p) => [
    p.cell,
    p.context.scope,
    p.context.item ?? "",
    p.claims.flatMap((c) => (c.kind === "amount" ? [`${c.figure.text}:${c.naming.item ?? ""}`] : [])),
  ]);
}

describe("readNarrativeSheet", () => {
  it("reads one paragraph per cell under the headings above it", () => {
    const sheet: SheetSnapshot = { name: "情况说明", values: LINES.map((l) => [l]) };
    expect(summary(sheet)).toEqual([
      ["A2", "general", "basic", ["1038.62:basic", "980.74:personnel"]],
      ["A4", "general", "procurement-total", ["0.00:procurement-total", "0.00:procurement-goods"]],
    ]);
  });

  it("reads a whole narrative held in one cell line by line, reporting that cell", () => {
    const sheet: SheetSnapshot = { name: "情况说明", values: [[LINES.join("\n")]] };
    expect(summary(sheet)).toEqual([
      ["A1", "general", "basic", ["1038.62:basic", "980.74:personnel"]],
      ["A1", "general", "procurement-total", ["0.00:procurement-total", "0.00:procurement-goods"]],
    ]);
  });

  it("reads a merged paragraph once even when its text is repeated in every merged cell", () => {
    const sheet: SheetSnapshot = {
      name: "情况说明",
      values: [[LINES[1]!, LINES[1]!]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    };
    expect(summary(sheet).map((p) => p[0])).toEqual(["A1"]);
  });
});
