/**
 * narrative.level-wording (warning): a 单位预算 speaking of "本部门" / "部门预算", or a 部门预算 of "本单位" /
 * "单位预算" — text copied from the other level's template. The level comes from the table titles (the document module).
 */
import { documentLevel, type DocumentLevel } from "../narrative/document";
import { narrativeFinding } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import type { RuleOf } from "../rule";

/** The other level's own words. "财政部门", "各部门", "部门预算经济分类", "预算单位" are not the document's level. */
const FOREIGN: Readonly<Record<DocumentLevel, RegExp>> = {
  unit: /本部门|(?<![财政主管各其他有关相关])部门预算(?!经济分类)/g,
  department: /本单位|(?<!预算|基层|所属|下属|各)单位预算(?!单位)/g,
};

export const narrativeLevelWording: RuleOf<"narrative.level-wording"> = {
  id: "narrative.level-wording",
  check(context) {
    const level = documentLevel(context.workbook);
    if (!level) return [];
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      [...paragraph.text.replace(/\s/g, "").matchAll(FOREIGN[level])].map((m) =>
        narrativeFinding("narrative.level-wording", "warning", paragraph, {
          params: { level, words: m[0] },
        }),
      ),
    );
  },
};
