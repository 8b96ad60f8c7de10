/**
 * The text sections of a disclosure that are neither tables nor narrative with figures (封面, 目录, 主要职能, 机构设置,
 * 名词解释): recognised by their heading (or the sheet name), so they are not reported as unrecognised tables.
 */
import type { SheetSnapshot } from "../../grid/snapshot";
import { normaliseText } from "../text";

export type TextSectionKind = "cover" | "contents" | "functions" | "organisation" | "glossary";

export interface TextSection {
  readonly sheet: string;
  readonly section: TextSectionKind;
}

const HEADINGS: readonly (readonly [TextSectionKind, RegExp])[] = [
  ["contents", /^目录$/],
  ["glossary", /^名词解释$/],
  ["functions", /(主要职能|主要职责|职能职责)$/],
  ["organisation", /机构设置(情况)?$/],
  // The cover: "上海市普陀区2025年区级部门预算", "某局2025年单位预算".
  ["cover", /^封面$|20\d{2}年.{0,12}(部门|单位)预算$/],
];

/** A cover holds a few lines; more text, or any number, is some other sheet. */
const COVER_ROWS = 10;

function firstText(sheet: SheetSnapshot): string {
  for (const row of sheet.values)
    for (const v of row) {
      const t = normaliseText(v);
      if (t !== "") return t;
    }
  return "";
}

function looksLikeCover(sheet: SheetSnapshot): boolean {
  let rows = 0;
  for (const row of sheet.values) {
    if (row.some((v) => typeof v === "number")) return false;
    if (row.some((v) => normaliseText(v) !== "")) rows++;
  }
  return rows <= COVER_ROWS;
}

/** The text section a sheet holds, by its first line or else its name; undefined for anything else. */
export function textSectionOf(sheet: SheetSnapshot): TextSectionKind | undefined {
  for (const text of [firstText(sheet), normaliseText(sheet.name)]) {
    if (text === "" || text.length > 40) continue;
    for (const [kind, pattern] of HEADINGS) {
      if (!pattern.test(text)) continue;
      if (kind === "cover" && !looksLikeCover(sheet)) continue;
      return kind;
    }
  }
  return undefined;
}
