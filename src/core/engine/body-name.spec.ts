/** The body's name as the report workbook and the batch summary print it, from the snapshot's header lines. */
import { bodyName } from "./body-name";

test("the body's name: the 编制部门/编制单位 line first, the name in the next cell, the unit cut off", () => {
  const sheet = (name: string, values: (string | null)[][]) => ({ name, values });
  expect(
    bodyName({
      name: "w",
      sheets: [
        sheet("封面", [["预算单位：某某局（封面）"]]),
        sheet("表一", [["标题"], ["编制单位：上海市普陀区商务委员会      单位：元"]]),
      ],
    }),
  ).toBe("上海市普陀区商务委员会");
  expect(bodyName({ name: "w", sheets: [sheet("表", [["编制部门：", null, "某区财政局"]])] })).toBe("某区财政局");
  expect(bodyName({ name: "w", sheets: [sheet("封面", [["预算单位：某区教育局"]])] })).toBe("某区教育局");
  expect(bodyName({ name: "w", sheets: [sheet("表", [["单位：元"]])] })).toBeUndefined();
});
