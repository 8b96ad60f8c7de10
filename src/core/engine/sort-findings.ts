/**
 * A finding order that does not depend on the order of the sheets: errors first, then warnings, then notes; within
 * a severity by table kind, sheet name, row, column, rule.
 */
import { SEVERITIES, type Finding } from "../findings/finding";
import { parseAddress } from "../grid/address";
import { kindOrder, TABLE_KINDS, type TableKind } from "./recognise/kinds";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The whole finding as text, computed only when two findings share kind, sheet, cell and rule. */
function tieKey(k: { f: Finding; text: string }): string {
  if (k.text === "") k.text = JSON.stringify(k.f);
  return k.text;
}

export function sortFindings<F extends Finding>(
  findings: readonly F[],
  kindOfSheet: ReadonlyMap<string, TableKind>,
): F[] {
  const keyed = findings.map((f) => {
    const kind = kindOfSheet.get(f.sheet);
    const at = parseAddress(f.cell) ?? { row: 0, col: 0 };
    return {
      f,
      severity: SEVERITIES.indexOf(f.severity),
      kind: kind ? kindOrder(kind) : TABLE_KINDS.length,
      at,
      text: "",
    };
  });
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.kind - b.kind ||
      compareText(a.f.sheet, b.f.sheet) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      compareText(a.f.rule, b.f.rule) ||
      compareText(tieKey(a), tieKey(b)),
  );
  return keyed.map((k) => k.f);
}
