/**
 * narrative.obsolete-name (warning): the text names a 类 by an earlier name ("医疗卫生与计划生育支出") while the
 * tables print the current one for that code ("卫生健康支出"). The names per code come from class-names.ts; the
 * tables' own 类 row decides which one is current here.
 */
import { CLASS_NAMES } from "../narrative/class-names";
import { narrativeFinding } from "../narrative/finding";
import { nameKey } from "../narrative/line-path";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RecognisedWorkbook } from "../recognise/types";
import { rowFacts } from "../row-facts";
import type { RuleOf } from "../rule";

const CLASSIFIED = new Set(["expense", "general-expense", "income", "gov-fund", "state-capital"]);

export const narrativeObsoleteName: RuleOf<"narrative.obsolete-name"> = {
  id: "narrative.obsolete-name",
  check(context) {
    const printed = classNamesPrinted(context.workbook);
    if (printed.size === 0) return [];
    return narrativeParagraphs(context.workbook).flatMap((paragraph) => {
      const text = normaliseNarrative(paragraph.text).replace(/[\s“”"]/g, "");
      return CLASS_NAMES.flatMap((cls) => {
        const current = printed.get(cls.code);
        if (current === undefined || cls.names.length < 2) return [];
        // The longest alternative found at each place: "城乡社区事务" is not "城乡社区".
        const found = cls.names
          .filter((name) => new RegExp(`${name}(支出|\\(类\\))`).test(text))
          .sort((a, b) => b.length - a.length)[0];
        if (found === undefined || nameKey(found) === current) return [];
        if (!cls.names.some((name) => nameKey(name) === current)) return []; // the table prints neither: not ours to judge
        return [
          narrativeFinding("narrative.obsolete-name", "warning", paragraph, {
            expected: current,
            actual: found,
            params: { code: cls.code, name: found, current },
          }),
        ];
      });
    });
  },
};

/** 类 code → its name as the classified tables print it (without a trailing 支出). */
function classNamesPrinted(workbook: RecognisedWorkbook): Map<string, string> {
  const names = new Map<string, string>();
  for (const table of workbook.tables) {
    if (!CLASSIFIED.has(table.kind)) continue;
    // Read on the row facts: only the first row of each 3-digit code is looked at.
    const { codeIndex, codes } = rowFacts(table);
    for (let i = 0; i < codeIndex.length; i++) {
      const code = codeIndex[i]! < 0 ? undefined : codes[codeIndex[i]!]!;
      if (code?.length === 3 && !names.has(code)) names.set(code, nameKey(table.rows[i]!.label));
    }
  }
  return names;
}
