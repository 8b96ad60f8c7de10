import { readFileSync } from "node:fs";
import * as path from "node:path";

/**
 * English messages use no Chinese of the tool's own (issue #11): workbook text comes in through the parameters, and
 * the only Chinese written into a sentence is an official term that has no official English, quoted as printed.
 */
const OFFICIAL_TERMS = ["无可比性"];

describe("English messages", () => {
  it("write no Chinese outside their parameters, but for official terms", () => {
    const source = readFileSync(path.join(__dirname, "../../src/core/messages/en.ts"), "utf8");
    const literalText = source
      .split("\n")
      .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
      .join("\n")
      .replace(/\$\{[^}]*\}/g, "");
    const chinese = literalText.match(/[\u3400-\u9fff]+/g) ?? [];
    expect(chinese.filter((word) => !OFFICIAL_TERMS.includes(word))).toEqual([]);
  });
});
