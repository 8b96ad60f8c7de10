/** Small hand-written sheets for engine tests: rows of cells from A1, numbers formatted "#,##0.00" unless told. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/grid/snapshot";

export function sheet(name: string, rows: readonly (readonly CellValue[])[], format = "#,##0.00"): SheetSnapshot {
  return {
    name,
    values: rows,
    numberFormats: rows.map((row) => row.map((v) => (typeof v === "number" ? format : null))),
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets };
}

/** A copy of a sheet with one cell changed (A1 address). */
export function withCell(s: SheetSnapshot, address: string, value: CellValue): SheetSnapshot {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of match[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  col -= 1;
  const row = Number(match[2]) - 1;
  const values = s.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  const target = values[row]!;
  while (target.length <= col) target.push(null);
  target[col] = value;
  return { ...s, values, numberFormats: values.map((r) => r.map((v) => (typeof v === "number" ? "#,##0.00" : null))) };
}

/** The same workbook with every number stored as its text ("966.7"). */
export function asText(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (typeof v === "number" ? String(v) : v))),
      numberFormats: s.values.map((row) => row.map(() => null)),
    })),
  };
}
