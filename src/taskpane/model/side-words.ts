/** Which words name the two sides of a finding, so the reader knows which figure is the text's and which the table's. */
export type SideWord = "inText" | "inTable" | "shouldBe";

export interface SideWords {
  readonly expected: SideWord;
  readonly actual: SideWord;
}

/**
 * A narrative finding is judged on the paragraph: its `actual` is the text's own figure (文中为). Its `expected` is a
 * table's figure when the text quotes a table (narrative.amount: 表中为), else what the text's own figures make it
 * (应为). A table finding's `actual` is what its cell shows (表中为) and `expected` what the parts or the detail
 * table make it (应为). Rules added later fall under the same two cases by their family.
 */
export function sideWords(rule: string): SideWords {
  if (rule === "narrative.amount") return { expected: "inTable", actual: "inText" };
  if (rule.startsWith("narrative.")) return { expected: "shouldBe", actual: "inText" };
  return { expected: "shouldBe", actual: "inTable" };
}
