/**
 * A 项目绩效目标表 printed one block per project (the published template: 项目名称 …; 项目资金（万元）| 年度资金总额 | n;
 * 其中：财政拨款 | n; 其他资金 | n; then the targets and indicators): each block is read as one project row whose
 * amounts keep their own cells, like the one-row layout of the grid form.
 */
import { cellAddress } from "../../grid/address";
import type { Amount, AmountRole, Column, Row } from "./types";

const TOTAL = /^(项目)?年度资金总额|^资金总额$/;
const SOURCES: readonly (readonly [RegExp, AmountRole])[] = [
  [/^(其中:?)?财政拨款/, "general"],
  [/^(其中:?)?其他资金/, "other-funds"],
];
/** How far under 年度资金总额 its source lines may sit. */
const SOURCE_ROWS = 3;

export interface BlockInput {
  readonly top: number;
  readonly bottom: number;
  readonly rowLength: (row: number) => number;
  /** Normalised text of a cell (merged areas not filled). */
  readonly text: (row: number, col: number) => string;
  readonly isAmount: (row: number, col: number) => boolean;
  /** Reads one amount cell under a role (unreadable text is recorded by the caller and gives undefined). */
  readonly amount: (row: number, column: Column) => { readonly amount?: Amount; readonly decimals: number };
}

/** The value cell of a label: the first amount to its right, else the first non-blank cell, else the next cell. */
function valueCol(input: BlockInput, row: number, labelCol: number): number {
  let firstText: number | undefined;
  for (let c = labelCol + 1; c < input.rowLength(row); c++) {
    if (input.isAmount(row, c)) return c;
    if (firstText === undefined && input.text(row, c) !== "") firstText = c;
  }
  return firstText ?? labelCol + 1;
}

/** The project name printed above a block ("项目名称 | 商业创新专项"), with its cell. */
function projectName(input: BlockInput, from: number, floor: number): { label: string; cell?: string } {
  for (let r = from; r >= floor; r--) {
    for (let c = 0; c < input.rowLength(r); c++) {
      if (!/^项目名称/.test(input.text(r, c))) continue;
      for (let k = c + 1; k < input.rowLength(r); k++) {
        const name = input.text(r, k);
        if (name !== "") return { label: name, cell: cellAddress(r, k) };
      }
    }
  }
  return { label: "" };
}

/** One row per block, or undefined when the sheet holds no 年度资金总额 label with a value beside it. */
export function performanceBlocks(input: BlockInput): { rows: Row[]; decimals: number } | undefined {
  const rows: Row[] = [];
  let decimals = -1;
  let floor = input.top;
  for (let r = input.top; r <= input.bottom; r++) {
    for (let c = 0; c < input.rowLength(r); c++) {
      if (!TOTAL.test(input.text(r, c))) continue;
      const col = valueCol(input, r, c);
      if (!input.isAmount(r, col) && input.text(r, col) !== "") continue;
      const amounts = new Map<AmountRole, Amount>();
      const read = (row: number, at: number, role: AmountRole) => {
        const got = input.amount(row, { col: at, role, path: [input.text(row, c)] });
        if (got.amount) amounts.set(role, got.amount);
        decimals = Math.max(decimals, got.decimals);
      };
      read(r, col, "total");
      for (let s = r + 1; s <= Math.min(input.bottom, r + SOURCE_ROWS); s++)
        for (let k = 0; k < input.rowLength(s); k++) {
          const source = SOURCES.find(([pattern]) => pattern.test(input.text(s, k)));
          if (source && !amounts.has(source[1])) read(s, valueCol(input, s, k), source[1]);
        }
      const name = projectName(input, r, floor);
      rows.push({
        row: r,
        kind: "project",
        label: name.label,
        ...(name.cell && { labelCell: name.cell }),
        amounts,
      });
      floor = r + 1;
      break;
    }
  }
  return rows.length > 0 ? { rows, decimals } : undefined;
}
