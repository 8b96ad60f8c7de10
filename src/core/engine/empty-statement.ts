/** Whether a table says that it is empty ("本表为空表", "本部门无政府性基金预算…"), in its notes or anywhere on its sheet. */
import type { SheetSnapshot } from "../grid/snapshot";
import { oncePer } from "./once-per";
import type { RecognisedWorkbook } from "./recognise/types";
import { sheetWords, type SheetWords } from "./sheet-words";

/** Any wording that says a table has nothing in it. */
export const EMPTY_STATEMENT = /空表|无(数据|收支|支出|收入|此项|相关)|没有|未安排|无使用|不涉及/;

/** The plain "this table is empty" wording: only this is taken as a claim about the table's own cells. */
export const EMPTY_TABLE_CLAIM = /本表为空|为空表|空表|本表无数据/;

/** The first cell of the sheet whose text (spaces taken out) matches, as [row, col], or undefined. */
export function findStatement(
  workbook: RecognisedWorkbook,
  sheet: SheetSnapshot | undefined,
  pattern: RegExp,
): [number, number] | undefined {
  if (!sheet) return undefined;
  // Only cells with words can say so (sheet-words.ts): plain number text is passed over.
  const words = sheetWords(workbook, sheet);
  // Several rules ask the same sheet the same question (the patterns are constants): the walk is made once.
  const answers = found(words);
  let answer = answers.get(pattern);
  if (answer === undefined) answers.set(pattern, (answer = firstMatch(words, pattern) ?? null));
  return answer === null ? undefined : [answer[0], answer[1]];
}

/** Per sheet's words (so per check), the answer to each pattern asked. */
const found = oncePer((_words: SheetWords) => new Map<RegExp, readonly [number, number] | null>());

function firstMatch(words: SheetWords, pattern: RegExp): [number, number] | undefined {
  // Each distinct text once, in the order first met: the first that matches is met first on the sheet.
  for (let d = 0; d < words.distinct.length; d++) {
    const text = words.distinct[d]!;
    // Most cells hold no space at all: the text is tested as it is, without making a copy (the costly part).
    if (pattern.test(maySpace(text) ? text.replace(/\s/g, "") : text)) {
      const i = words.firstCell[d]!;
      return [words.rows[i]!, words.cols[i]!];
    }
  }
  return undefined;
}

/**
 * False only when the text has none of the characters /\s/ matches; true also for a few that are not spaces (the
 * replace then takes out exactly the spaces). A loop over char codes: cheaper than a regular expression per cell.
 */
function maySpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff)
      return true;
  }
  return false;
}
