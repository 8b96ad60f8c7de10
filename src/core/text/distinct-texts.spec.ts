import { DistinctTexts } from "./distinct-texts";

describe("DistinctTexts", () => {
  it("numbers each text once, in the order first met", () => {
    const distinct = new DistinctTexts();
    expect(["201", "20101", "201", "205", "20101"].map((t) => distinct.numberOf(t))).toEqual([0, 1, 0, 2, 1]);
    expect(distinct.texts).toEqual(["201", "20101", "205"]);
  });

  it("tells texts apart that differ only in width or space (it compares them as they are)", () => {
    const distinct = new DistinctTexts();
    expect([distinct.numberOf("２０１"), distinct.numberOf("201"), distinct.numberOf("201 ")]).toEqual([0, 1, 2]);
  });
});
