/** Issue #9: numbers no disclosure prints must neither fail the file nor be misread. */
import { findFigures } from "./figures";

test("a number printed with 25 decimals is read exactly, its decimals capped at 10 as a cell's are", () => {
  const [figure] = findFigures("收入总计 1261.6666666666666666666666666 万元");
  expect(figure!.number.value.toString()).toBe("1261.6666666666666666666666666");
  expect(figure!.number.decimals).toBe(10);
  expect(figure!.unit).toBe("万元");
});

test.each(["1e309 万元", "1E+309 万元", "1.5e-309 万元", "收入 2e309万元"])("%s is not read as 309 万元", (text) => {
  expect(findFigures(text)).toEqual([]);
});

test("an ordinary amount after a word ending in e is still read", () => {
  expect(findFigures("Centre 309 万元").map((f) => f.number.text)).toEqual(["309"]);
});
