import { isSettingsXml, parseSettingsXml, settingsXml, SETTINGS_NAMESPACE } from "../../src/core/settings";

describe("the workbook's settings part", () => {
  it("reads back what was written, characters XML must escape included", () => {
    const settings = {
      rules: { "sum.total": "warning" as const },
      tolerance: { 元: "1" },
      catalog: { file: "a&b<c>.json" },
    };
    const xml = settingsXml(settings);
    expect(xml).toContain("a&amp;b&lt;c&gt;.json");
    expect(isSettingsXml(xml)).toBe(true);
    expect(parseSettingsXml(xml)).toEqual({ ok: true, settings });
  });

  it("is told apart from other parts, and is read as strictly as a settings file", () => {
    expect(isSettingsXml(`<acceptedFindings xmlns="urn:budget-check:accepted-findings:1"/>`)).toBe(false);
    expect(
      parseSettingsXml(`<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}">{"profile":"paris"}</budgetCheckSettings>`),
    ).toEqual({
      ok: false,
      problem: { kind: "bad-value", key: "profile", detail: '"paris"' },
    });
    expect(parseSettingsXml(`<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}"></budgetCheckSettings>`)).toEqual({
      ok: true,
      settings: {},
    });
  });

  it("accepts the JSON in a CDATA section, as another tool may write it", () => {
    expect(
      parseSettingsXml(
        `<budgetCheckSettings xmlns="${SETTINGS_NAMESPACE}"><![CDATA[{"rules":{"sum.row":"off"}}]]></budgetCheckSettings>`,
      ),
    ).toEqual({ ok: true, settings: { rules: { "sum.row": "off" } } });
  });
});
