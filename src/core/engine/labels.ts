/** Header words of a column, for message parameters. */
import type { AmountRole, RecognisedTable, Side } from "./recognise/types";

export function columnLabel(table: RecognisedTable, role: AmountRole, side?: Side): string {
  const column = table.columns.find((c) => c.role === role && c.side === side);
  if (!column) return role;
  const path = column.side ? column.path.slice(1) : column.path;
  return path.join("/") || role;
}
