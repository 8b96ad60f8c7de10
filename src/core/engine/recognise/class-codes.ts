/**
 * The 类 code each class line of a summary table stands for ("八、社会保障和就业支出" → 208). The template numbers class
 * lines by catalog position (一 = 201 … 三十四 = 234, confirmed by the seed's 部门收支预算表), but tables that list only
 * the classes they use often number them 一、二、三… instead; then the ordinal says nothing and the name names the
 * class. The numbering is read as sequential only when the ordinals run 1, 2, 3 … without a gap, the list is not the
 * whole catalog, and the names contradict their positions at least as often as they agree.
 */
import { bundledCatalog, compareName } from "../../catalog";
import { labelLevel, labelOrdinal, stripLabelPrefix } from "../text";
import type { TableKind } from "./kinds";
import type { Row } from "./types";

const FIRST_CLASS = 201;
const LAST_CLASS = 234;
const CLASS_COUNT = LAST_CLASS - FIRST_CLASS + 1;

/** Which expense lines are class lines: "一、…" in 收支总表, "（一）…" in 财政拨款收支总表. */
const CLASS_LEVEL: Partial<Record<TableKind, "level1" | "level2">> = {
  "income-expense-summary": "level1",
  "fiscal-summary": "level2",
};

const byName = new Map<string, string | null>();

/** The class a printed name names (current, former or short form "一般公共服务"), from the catalog's class names. */
export function classCodeOfName(name: string): string | undefined {
  const printed = name.replace(/[(（]类[)）]$/, "");
  const known = byName.get(printed);
  if (known !== undefined) return known ?? undefined;
  const catalog = bundledCatalog();
  let found: string | null = null;
  for (let n = FIRST_CLASS; n <= LAST_CLASS && found === null; n++) {
    const entry = catalog.lookup(String(n), "functional");
    if (entry && printed !== "" && compareName(entry, printed, { acceptShortForm: true }).match !== "different")
      found = entry.code;
  }
  if (byName.size > 5000) byName.clear();
  byName.set(printed, found);
  return found ?? undefined;
}

function positional(ordinal: number | undefined): string | undefined {
  return ordinal !== undefined && ordinal >= 1 && ordinal <= 99 ? String(200 + ordinal) : undefined;
}

/** The rows with `classCode` set on each class line of a summary table's expense side; other tables as they are. */
export function withClassCodes(kind: TableKind, rows: readonly Row[]): readonly Row[] {
  const level = CLASS_LEVEL[kind];
  if (!level) return rows;
  const lines = rows.filter((r) => r.side === "expense" && labelLevel(r.label) === level);
  if (lines.length === 0) return rows;
  const ordinals = lines.map((r) => labelOrdinal(r.label));
  const named = lines.map((r) => classCodeOfName(stripLabelPrefix(r.label)));
  let agree = 0;
  let disagree = 0;
  named.forEach((code, i) => {
    if (code === undefined) return;
    if (code === positional(ordinals[i])) agree++;
    else disagree++;
  });
  const counting = ordinals.every((o, i) => o === i + 1);
  const sequential = counting && lines.length < CLASS_COUNT && disagree > 0 && disagree >= agree;
  const codes = new Map<Row, string>();
  lines.forEach((row, i) => {
    // Sequential numbering: a name the catalog does not know leaves the line without a class (better than a wrong one).
    const code = sequential ? named[i] : positional(ordinals[i]);
    if (code) codes.set(row, code);
  });
  return rows.map((row) => {
    const code = codes.get(row);
    return code ? { ...row, classCode: code } : row;
  });
}
