import type { Finding } from "../../src/core/findings/finding";
import { ACCEPTED_NAMESPACE, parseAcceptedXml, SETTINGS_NAMESPACE } from "../../src/core";
import { createExcelActions, type ExcelRun } from "../../src/host/excel/actions";
import { hostSupport, supportUpTo } from "../../src/host/excel/requirements";
import { ResultsStore, SettingsStore } from "../../src/session/results-store";
import { acceptanceOf, withoutAcceptance } from "../../src/session";
import type { AcceptedReportFinding } from "../../src/core";
import { stubEngine, stubFinding } from "./engine-stub";
import { fakeWorkbook, openInFakeExcel, type FakeWorkbook } from "./fake-excel";

const FINDINGS: Finding[] = [
  stubFinding("支出表", "B2", "error", "12x"),
  stubFinding("收支总表", "C3", "warning", "3y"),
];

function setUp() {
  const book: FakeWorkbook = fakeWorkbook("b.xlsx", [
    { name: "支出表", cells: { B2: 12 } },
    { name: "收支总表", cells: { C3: 3 } },
  ]);
  const syncs: number[] = [];
  const run: ExcelRun = async (batch) => {
    const excel = openInFakeExcel(book);
    const sync = jest.spyOn(excel.context, "sync");
    try {
      return await batch(excel.context);
    } finally {
      syncs.push(sync.mock.calls.length);
    }
  };
  const store = new ResultsStore();
  const actions = createExcelActions({
    run,
    store,
    settings: new SettingsStore(),
    support: () => hostSupport(supportUpTo("1.18")),
    now: () => new Date("2026-01-02T03:04:05Z"),
    engine: stubEngine(FINDINGS).engine,
  });
  return { book, store, actions, syncs };
}

const AT = new Date("2026-03-02T09:00:00Z");

describe("accepted findings in the workbook", () => {
  it("are written in one round trip and leave the counts at once", async () => {
    const { book, store, actions, syncs } = setUp();
    const results = await actions.validate("workbook");
    const error = results!.report.findings[0]!;
    syncs.length = 0;
    expect(await actions.saveAccepted([acceptanceOf(error, "已说明：年中追加", AT)])).toBe(true);
    expect(syncs).toEqual([1]);
    const parts = book.parts.filter((p) => p.namespace === ACCEPTED_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(parseAcceptedXml(parts[0]!.xml)).toEqual([
      { rule: "value.unreadable", sheet: "支出表", cell: "B2", reason: "已说明：年中追加", at: "2026-03-02T09:00:00Z" },
    ]);
    const shown = store.getSnapshot().results!.report;
    expect(shown.summary).toEqual({ error: 0, warning: 1, info: 0 });
    expect((shown.findings[0] as AcceptedReportFinding).accepted).toEqual({ reason: "已说明：年中追加" });
  });

  it("are read back by the next validation, listed as accepted and not painted", async () => {
    const { actions } = setUp();
    const first = await actions.validate("workbook");
    expect(first!.marked).toBe(2);
    await actions.saveAccepted([acceptanceOf(first!.report.findings[0]!, "已说明：尾差", AT)]);
    const again = await actions.validate("workbook");
    expect(again!.report.summary).toEqual({ error: 0, warning: 1, info: 0 });
    expect((again!.report.findings[0] as AcceptedReportFinding).accepted?.reason).toBe("已说明：尾差");
    expect(again!.marked).toBe(1);
    expect(again!.stored?.accepted).toHaveLength(1);
  });

  it("lapse when a side changed, and can be un-accepted (the part is replaced, never added twice)", async () => {
    const { book, actions } = setUp();
    const first = await actions.validate("workbook");
    const error = first!.report.findings[0]!;
    await actions.saveAccepted([{ ...acceptanceOf(error, "已说明：旧数", AT), actual: "999.00" }]);
    const lapsed = await actions.validate("workbook");
    expect(lapsed!.report.summary.error).toBe(1);
    const list = [acceptanceOf(error, "已说明：新数", AT)];
    await actions.saveAccepted(list);
    await actions.saveAccepted(withoutAcceptance(list, error));
    expect(book.parts.filter((p) => p.namespace === ACCEPTED_NAMESPACE)).toHaveLength(0);
    expect((await actions.validate("workbook"))!.report.summary.error).toBe(1);
  });
});

describe("settings in the workbook", () => {
  it("are written in one round trip and applied by the next validation: rule off, rule re-graded", async () => {
    const { book, actions, syncs } = setUp();
    await actions.validate("workbook");
    syncs.length = 0;
    expect(await actions.saveSettings({ rules: { "value.unreadable": "info" }, profile: "shanghai" })).toBe(true);
    expect(syncs).toEqual([1]);
    const part = book.parts.filter((p) => p.namespace === SETTINGS_NAMESPACE);
    expect(part).toHaveLength(1);
    const regraded = await actions.validate("workbook");
    expect(regraded!.report.summary).toEqual({ error: 0, warning: 0, info: 2 });
    expect(regraded!.stored?.settings).toEqual({
      ok: true,
      settings: { rules: { "value.unreadable": "info" }, profile: "shanghai" },
    });
    await actions.saveSettings({ rules: { "value.unreadable": "off" } });
    expect(book.parts.filter((p) => p.namespace === SETTINGS_NAMESPACE)).toHaveLength(1);
    expect((await actions.validate("workbook"))!.report.findings).toEqual([]);
  });

  it("a damaged settings part is reported, not applied", async () => {
    const { book, actions } = setUp();
    book.parts.push({
      id: "{old}",
      namespace: SETTINGS_NAMESPACE,
      xml: `<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}">{"rulez":{}}</budgetCheckSettings>`,
    });
    const results = await actions.validate("workbook");
    expect(results!.report.summary).toEqual({ error: 1, warning: 1, info: 0 });
    expect(results!.stored?.settings).toEqual({ ok: false, problem: { kind: "unknown-key", key: "rulez" } });
  });
});

describe("a marks record someone tampered with", () => {
  it("is ignored with a notice for the pane, and validation goes on", async () => {
    const { book, actions } = setUp();
    book.parts.push({
      id: "{marks}",
      namespace: "urn:budget-check:marks:1",
      xml: '<marks xmlns="urn:budget-check:marks:1">null</marks>',
    });
    const results = await actions.validate("workbook");
    expect(results!.recordIgnored).toEqual({ whole: true, entries: 0 });
    expect(results!.report.summary).toEqual({ error: 1, warning: 1, info: 0 });
  });

  it("is not mentioned when the record is sound or absent", async () => {
    const { actions } = setUp();
    const first = await actions.validate("workbook");
    expect(first!.recordIgnored).toBeUndefined();
    // The second run reads the record the first one wrote.
    expect((await actions.validate("workbook"))!.recordIgnored).toBeUndefined();
  });
});
