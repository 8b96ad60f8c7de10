import fc from "fast-check";
import { Dec } from "./decimal";
import { toCapitalNumerals } from "./capital";
import { parseCapitalNumerals } from "./parse-capital";

// Expected texts written by hand from the 支付结算办法 rules (壹拾 for a leading ten, 零 for skipped places, 整 after 元/角).
describe("toCapitalNumerals (元)", () => {
  test.each([
    ["12616600", "壹仟贰佰陆拾壹万陆仟陆佰元整"], // seed 收入总计 1261.66 万元
    ["10586200", "壹仟零伍拾捌万陆仟贰佰元整"], // seed 基本支出 1058.62 万元
    ["2030400", "贰佰零叁万零肆佰元整"], // seed 项目支出 203.04 万元
    ["9667000", "玖佰陆拾陆万柒仟元整"], // seed 一般公共服务 966.70 万元
    ["844100", "捌拾肆万肆仟壹佰元整"], // seed 增加 84.41 万元
    ["110000", "壹拾壹万元整"], // seed 三公 11.00 万元
    ["1680.32", "壹仟陆佰捌拾元叁角贰分"],
    ["107000.53", "壹拾万零柒仟元伍角叁分"],
    ["1.05", "壹元零伍分"],
    ["16", "壹拾陆元整"],
    ["10", "壹拾元整"],
    ["0.5", "伍角整"],
    ["0.05", "伍分"],
    ["0.56", "伍角陆分"],
    ["0", "零元整"],
    ["-20", "负贰拾元整"],
    ["100000001", "壹亿零壹元整"],
    ["100010000", "壹亿零壹万元整"],
    ["1000000000000", "壹万亿元整"],
    ["1000100000000", "壹万零壹亿元整"],
    ["1000000010000", "壹万亿零壹万元整"],
    ["1004.005", "壹仟零肆元零壹分"], // rounded half-up to 分 first
    ["9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("%s 元 → %s", (yuan, text) => {
    expect(toCapitalNumerals(new Dec(yuan))).toBe(text);
  });

  test("10^16 元 and more cannot be written", () => {
    expect(toCapitalNumerals(new Dec("1e16"))).toBeUndefined();
    expect(toCapitalNumerals(new Dec("9999999999999999.995"))).toBeUndefined();
  });
});

describe("parseCapitalNumerals", () => {
  test.each([
    ["人民币壹仟陆佰捌拾元零叁角贰分", "1680.32"],
    ["壹拾万柒仟元零伍角叁分", "107000.53"],
    ["壹拾万零柒仟元伍角叁分", "107000.53"],
    ["壹佰圆正", "100"],
    ["伍角", undefined],
    ["壹元伍分整", undefined],
    ["壹元", undefined],
    ["壹贰元整", undefined],
    ["壹拾零元整", undefined],
    ["佰元整", undefined],
    ["壹拾壹拾元整", undefined],
    ["", undefined],
    ["一千元整", undefined],
  ])("%s → %s", (text, yuan) => {
    const read = parseCapitalNumerals(text);
    expect(read === undefined ? undefined : read.toString()).toBe(yuan);
  });
});

describe("capital numerals read back give the amount", () => {
  const cents = fc.bigInt({ min: -999999999999999999n, max: 999999999999999999n });
  test("for every amount to 分 below 10^16 元", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const yuan = new Dec(c.toString()).dividedBy(100);
        const text = toCapitalNumerals(yuan);
        return text !== undefined && parseCapitalNumerals(text)?.equals(yuan) === true;
      }),
      { numRuns: 2000 },
    );
  });

  test("for amounts with many zeros", () => {
    const sparse = fc.array(fc.constantFrom("0", "0", "0", "1", "5", "9"), { minLength: 1, maxLength: 18 });
    fc.assert(
      fc.property(sparse, (digits) => {
        const yuan = new Dec(digits.join("")).dividedBy(100);
        const text = toCapitalNumerals(yuan);
        return text !== undefined && parseCapitalNumerals(text)?.equals(yuan) === true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseCapitalNumerals never throws", () => {
  test("for any mix of numeral characters", () => {
    const alphabet = fc.constantFrom(..."零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正负人民币".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (chars) => {
        const read = parseCapitalNumerals(chars.join(""));
        return read === undefined || read.isFinite();
      }),
      { numRuns: 3000 },
    );
  });
});
