/**
 * What a 部门 says it covers, from its 机构设置 / 概况 text: "部门预算是包括…本部以及下属1家事业单位的综合收支计划",
 * less the units it says keep no budget of their own ("…不单列预算，并入本部"). Read only where the text says it
 * plainly; anything else leaves the count unknown, and the consolidation then compares no sums (never a guess).
 */
import { chineseNumber } from "../engine/text";
import type { RecognisedWorkbook } from "../engine/recognise/types";
import type { Coverage } from "./types";

/** Sheets of the 概况 part, and the 情况说明, where a 部门 says what it consists of. */
const OVERVIEW_SHEET = /机构设置|部门概况|单位概况|基本情况|情况说明|编制说明/;
/** Enough for any 机构设置 text; a long 情况说明 is cut rather than kept whole per 部门 of a batch. */
const MAX_OVERVIEW = 20_000;

const SAYS_SCOPE = /部门预算.{0,20}(包括|包含|涵盖|由)|(包括|包含|涵盖).{0,30}(本部|本级)/;
const OWN = /本部|本级|机关/;
const SUBORDINATE = /(下属|所属)(\d+|[一二三四五六七八九十]+)家/;
/** Sentences after the scope sentence where its list of units is read. */
const LIST_SENTENCES = 12;
const NO_OWN_BUDGET = /不单列预算|不单独编制预算|并入本部|并入.{0,12}预算/;

/** The text cells of the 概况 sheets, one line per cell, spaces removed. */
export function overviewText(workbook: RecognisedWorkbook): string {
  const lines: string[] = [];
  let length = 0;
  for (const sheet of workbook.sheets.values()) {
    if (!OVERVIEW_SHEET.test(sheet.name)) continue;
    for (const row of sheet.values)
      for (const value of row) {
        if (typeof value !== "string") continue;
        const line = value.replace(/\s+/g, "");
        if (line === "" || length + line.length > MAX_OVERVIEW) continue;
        lines.push(line);
        length += line.length + 1;
      }
  }
  return lines.join("\n");
}

function count(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
}

export function coverageOf(overview: string): Coverage {
  const sentences = overview.split(/[。；;\n]/).filter((s) => s !== "");
  const at = sentences.findIndex((s) => SAYS_SCOPE.test(s));
  const scope = sentences[at];
  if (scope === undefined) return {};
  const names = sentences.slice(at, at + LIST_SENTENCES).join("\n");
  const subordinate = SUBORDINATE.exec(scope);
  const listed = subordinate ? count(subordinate[2]!) : 0;
  if (!OWN.test(scope) || listed === undefined) return { names };
  if (!subordinate && !/仅|只/.test(scope)) return { names }; // "包括本部等单位": not a count
  // The list under the scope sentence says which units keep no budget; a sentence repeated elsewhere (the 情况说明
  // saying it again) must not count twice, or the count would shrink and an incomplete set pass for complete.
  const list = new Set(sentences.slice(at, at + LIST_SENTENCES).filter((s) => NO_OWN_BUDGET.test(s)));
  const withoutBudget = list.size;
  if (withoutBudget > listed) return { names };
  return { units: 1 + listed - withoutBudget, names };
}
