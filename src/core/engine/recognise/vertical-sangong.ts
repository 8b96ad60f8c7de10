/**
 * A 三公 table laid out one item per row (项目 | 预算数: "三公"经费合计, 1.因公出国（境）费, 3.公务用车购置及运行费,
 * 其中：（1）公务用车购置费 …): the item labels play the part the column headers play in the one-row layout, so the
 * table is read as that one row, each amount keeping its own cell.
 */
import { cellAddress } from "../../grid/address";
import { columnRole } from "./column-roles";
import { isAmountRole, type Amount, type AmountRole, type Column, type Row } from "./types";

/** Roles only a 三公 item has; a table with columns of these is the one-row layout. */
const SANGONG_ITEMS: ReadonlySet<string> = new Set(["abroad", "car", "car-purchase", "car-running", "reception"]);

/** "其中：（1）公务用车购置费" → "公务用车购置费"; "1.因公出国(境)费" → "因公出国(境)费". */
function itemText(label: string): string {
  return label
    .replace(/^其中:?/, "")
    .replace(/^(\(?[0-9一二三四五六七八九十]+[).、．]|\([0-9一二三四五六七八九十]+\))/, "");
}

/** The 三公 role an item label names (合计 counts as the table's total). */
function itemRole(label: string): AmountRole | undefined {
  const text = itemText(label);
  if (text === "") return undefined;
  // A bare 合计 and a bare "三公经费" line are both the 三公 total.
  const probe =
    !/三公/.test(text) && /^(合计|总计)/.test(text) ? `三公${text}` : /^三公经费$/.test(text) ? "三公经费合计" : text;
  const role = columnRole([probe]);
  return role && isAmountRole(role) && (SANGONG_ITEMS.has(role) || role === "total" || role === "office-running")
    ? role
    : undefined;
}

export interface VerticalInput {
  readonly columns: readonly Column[];
  readonly top: number;
  readonly bottom: number;
  /** Normalised text of a cell. */
  readonly text: (row: number, col: number) => string;
  /** Reads one amount cell under a role (unreadable text is recorded by the caller and gives undefined). */
  readonly amount: (row: number, column: Column) => { readonly amount?: Amount; readonly decimals: number };
}

/** The one row of a vertical 三公 table, or undefined when the table is not laid out that way. */
export function verticalSangongRow(input: VerticalInput): { row: Row; decimals: number } | undefined {
  const { columns } = input;
  if (columns.some((c) => SANGONG_ITEMS.has(c.role))) return undefined;
  const labelCol = columns.find((c) => c.role === "label" || c.role === "name");
  const valueCol = columns.find((c) => isAmountRole(c.role) && c.col > (labelCol?.col ?? -1));
  if (!labelCol || !valueCol) return undefined;
  const amounts = new Map<AmountRole, Amount>();
  let decimals = -1;
  let first: { row: number; label: string } | undefined;
  for (let r = input.top; r <= input.bottom; r++) {
    const label = input.text(r, labelCol.col);
    const role = itemRole(label);
    if (!role || amounts.has(role)) continue;
    const read = input.amount(r, { col: valueCol.col, role, path: [label] });
    if (!read.amount) continue;
    amounts.set(role, read.amount);
    decimals = Math.max(decimals, read.decimals);
    first ??= { row: r, label };
  }
  const items = [...amounts.keys()].filter((role) => SANGONG_ITEMS.has(role)).length;
  if (!first || items < 2) return undefined;
  return {
    row: {
      row: first.row,
      kind: "item",
      label: first.label,
      labelCell: cellAddress(first.row, labelCol.col),
      amounts,
    },
    decimals,
  };
}
