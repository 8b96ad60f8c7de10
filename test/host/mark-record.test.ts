import { decodeMarkRecord, encodeMarkRecord, EMPTY_RECORD, type MarkRecord } from "../../src/host/excel/mark-record";

/** A part in our namespace that holds no usable record: ignored whole, with a notice. */
const IGNORED: MarkRecord = { entries: [], ignored: { whole: true, entries: 0 } };

const RECORD: MarkRecord = {
  entries: [
    {
      sheet: "支出表 <&> 'x'",
      cell: "B2",
      original: { pattern: "None" },
      markColour: "#F4A582",
      note: '【预算校验】\n错误：a < b & c > "d"',
    },
    {
      sheet: "收支总表",
      cell: "D8",
      original: { pattern: "Gray25", color: "#DDEBF7", patternColor: "#1F4E78", tintAndShade: 0.4 },
      markColour: "#FFE699",
    },
  ],
};

describe("mark record XML", () => {
  it("round-trips names and notes with XML's special characters", () => {
    expect(decodeMarkRecord(encodeMarkRecord(RECORD))).toEqual(RECORD);
  });

  it("is one element in the add-in's namespace", () => {
    expect(encodeMarkRecord(EMPTY_RECORD)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><marks xmlns="urn:budget-check:marks:1">{"version":1,"entries":[]}</marks>',
    );
  });

  it.each([
    [
      "a namespace prefix and entities Excel may write",
      '<ns0:marks xmlns:ns0="urn:budget-check:marks:1">{&quot;entries&quot;:[{&quot;sheet&quot;:&quot;S&quot;,&quot;cell&quot;:&quot;A1&quot;,&quot;original&quot;:{&quot;pattern&quot;:&quot;None&quot;},&quot;markColour&quot;:&quot;#FFE699&quot;}]}</ns0:marks>',
      { entries: [{ sheet: "S", cell: "A1", original: { pattern: "None" }, markColour: "#FFE699" }] },
    ],
    ["damaged JSON", "<marks>{not json</marks>", IGNORED],
    ["another document", "<other/>", IGNORED],
    [
      "entries that are not marks",
      '<marks>{"entries":[{"sheet":1},{"sheet":"S","cell":"A1","markColour":"#FFE699","original":{"pattern":"Solid","color":"#C6EFCE"}}]}</marks>',
      {
        entries: [{ sheet: "S", cell: "A1", markColour: "#FFE699", original: { pattern: "Solid", color: "#C6EFCE" } }],
        ignored: { whole: false, entries: 1 },
      },
    ],
  ])("reads %s", (_, xml, expected) => {
    expect(decodeMarkRecord(xml)).toEqual(expected);
  });
});
