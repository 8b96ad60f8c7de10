/** The paragraphs of the workbook's 情况说明 sheets, read once per recognised workbook. */
import { oncePer } from "../once-per";
import type { RecognisedWorkbook } from "../recognise/types";
import { tablesOf } from "../tables";
import { readNarrativeSheet } from "./read-narrative";
import type { Paragraph } from "./types";

/** Every paragraph of every sheet recognised as a narrative, in sheet-name order (never workbook order). */
export const narrativeParagraphs: (workbook: RecognisedWorkbook) => readonly Paragraph[] = oncePer((workbook) =>
  tablesOf(workbook, "narrative").flatMap((table) => {
    const sheet = workbook.sheets.get(table.sheet);
    return sheet ? readNarrativeSheet(sheet) : [];
  }),
);
