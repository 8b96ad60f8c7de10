import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";

describe("hostSupport", () => {
  it.each([
    ["1.18", true, [], { commands: true, read: true, marks: true, report: true, merges: true, notes: true }],
    [
      "1.13",
      true,
      ["ExcelApi 1.18"],
      { commands: true, read: true, marks: true, report: true, merges: true, notes: false },
    ],
    [
      "1.9",
      true,
      ["ExcelApi 1.13", "ExcelApi 1.18"],
      { commands: true, read: true, marks: true, report: true, merges: false, notes: false },
    ],
    [
      "1.8",
      false,
      ["ExcelApi 1.9", "ExcelApi 1.13", "ExcelApi 1.18"],
      { commands: true, read: true, marks: false, report: true, merges: false, notes: false },
    ],
  ])("ExcelApi up to %s: ok %s, missing %j", (version, ok, missing, features) => {
    expect(hostSupport(supportUpTo(version))).toEqual({
      ok,
      features,
      missing,
      missingRequired: missing.filter((m) => m === "ExcelApi 1.9"),
    });
  });

  it("outside Office supports nothing and names every set", () => {
    const support = hostSupport();
    expect(support.ok).toBe(false);
    expect(support.missingRequired).toEqual([
      "SharedRuntime 1.1",
      "ExcelApi 1.4",
      "ExcelApi 1.5",
      "ExcelApi 1.9",
      "ExcelApi 1.7",
    ]);
  });
});
