/** Results do not depend on the order of the sheets, nor on amounts being numbers or text; onlySheets filters. */
import { checkWorkbook } from "../../src/core/engine";
import { asText } from "../helpers/grid";
import { loadSeed } from "../helpers/seed";

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("invariance on the seed", () => {
  test.each([1, 2, 3, 42])("sheet order shuffled (seed %i): identical result", async (seed) => {
    const wb = await loadSeed();
    const base = checkWorkbook(wb);
    const reordered = checkWorkbook({ ...wb, sheets: shuffled(wb.sheets, seed) });
    expect(reordered).toEqual(base);
  });

  test("every amount stored as text: identical findings", async () => {
    const wb = await loadSeed();
    const base = checkWorkbook(wb).findings.filter((f) => !f.rule.startsWith("narrative."));
    expect(base.length).toBeGreaterThan(20);
    expect(checkWorkbook(asText(wb)).findings.filter((f) => !f.rule.startsWith("narrative."))).toEqual(base);
  });

  test("every amount stored as text: identical narrative findings too", async () => {
    const wb = await loadSeed();
    expect(checkWorkbook(asText(wb)).findings).toEqual(checkWorkbook(wb).findings);
  });

  test("onlySheets reports those sheets only, while cross-table checks still read the others", async () => {
    const wb = await loadSeed();
    const only = checkWorkbook(wb, { onlySheets: ["财政拨款收支总体情况表"] });
    const all = checkWorkbook(wb).findings.filter((f) => f.sheet === "财政拨款收支总体情况表");
    expect(only.findings).toEqual(all);
    expect(only.findings).toContainEqual(
      expect.objectContaining({
        rule: "cross.same-quantity",
        cell: "E6",
        refs: [{ sheet: "一般公共预算支出预算表", cell: "F6" }],
      }),
    );
    expect(only.tables.map((t) => t.sheet)).toEqual(["财政拨款收支总体情况表"]);
  });
});
