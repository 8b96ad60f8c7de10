/** The paragraphs of the workbook's 情况说明 sheets, read once per recognised workbook. */
import type { RecognisedWorkbook } from "../recognise/types";
import { tablesOf } from "../tables";
import { readNarrativeSheet } from "./read-narrative";
import type { Paragraph } from "./types";

const cache = new WeakMap<RecognisedWorkbook, readonly Paragraph[]>();

/** Every paragraph of every sheet recognised as a narrative, in sheet-name order (never workbook order). */
export function narrativeParagraphs(workbook: RecognisedWorkbook): readonly Paragraph[] {
  let paragraphs = cache.get(workbook);
  if (!paragraphs) {
    paragraphs = tablesOf(workbook, "narrative").flatMap((table) => {
      const sheet = workbook.sheets.get(table.sheet);
      return sheet ? readNarrativeSheet(sheet) : [];
    });
    cache.set(workbook, paragraphs);
  }
  return paragraphs;
}
