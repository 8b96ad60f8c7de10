import { Dec } from "./decimal";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const PLACES = ["", "拾", "佰", "仟"];
const GROUPS = ["", "万", "亿", "万"];
/** 万亿 is the largest group written: amounts up to 9999,9999,9999,9999.99 元. */
export const CAPITAL_LIMIT = new Dec("1e16");

/**
 * An amount in 元 as 人民币大写 (Chinese capital numerals), following the 支付结算办法 writing rules:
 * 12616600 → 壹仟贰佰陆拾壹万陆仟陆佰元整; 1680.32 → 壹仟陆佰捌拾元叁角贰分; 1.05 → 壹元零伍分;
 * 16 → 壹拾陆元整; 0.5 → 伍角整; 0 → 零元整; −20 → 负贰拾元整.
 * Choices where the rules allow two forms: one 零 for a run of zeros; no 零 between 元 and a non-zero 角;
 * 整 after 元 and after 角, never after 分; the 人民币 prefix is left to the caller.
 *
 * @param yuan amount in 元, any decimal with |yuan| < 10^16; rounded half-up to 分 first.
 * @returns the capital numerals, or undefined when |yuan| ≥ 10^16 after rounding.
 */
export function toCapitalNumerals(yuan: Dec): string | undefined {
  const fen = yuan.toDecimalPlaces(2, Dec.ROUND_HALF_UP).times(100);
  if (fen.abs().dividedBy(100).greaterThanOrEqualTo(CAPITAL_LIMIT)) return undefined;
  const digits = fen.abs().toFixed(0);
  const whole = digits.length > 2 ? digits.slice(0, -2) : "0";
  const jiao = Number(digits.length >= 2 ? digits[digits.length - 2] : "0");
  const fenDigit = Number(digits[digits.length - 1]);
  const sign = fen.isNegative() && !fen.isZero() ? "负" : "";

  const yuanText = whole === "0" ? "" : wholeYuan(whole) + "元";
  if (jiao === 0 && fenDigit === 0) return sign + (yuanText === "" ? "零元" : yuanText) + "整";
  let out = yuanText;
  if (jiao !== 0) out += DIGITS[jiao] + "角";
  else if (yuanText !== "") out += "零"; // 壹元零伍分: the zero 角 must be written
  if (fenDigit !== 0) out += DIGITS[fenDigit] + "分";
  else out += "整";
  return sign + out;
}

/** The integer part ("12616600" → 壹仟贰佰陆拾壹万陆仟陆佰), 4-digit groups from 万亿 down. */
function wholeYuan(whole: string): string {
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 4) groups.unshift(whole.slice(Math.max(0, end - 4), end));
  let out = "";
  let zeroPending = false;
  groups.forEach((group, g) => {
    const level = groups.length - 1 - g;
    // 9999万9999亿…: the top group is 万 of 亿, written 万亿 only when the 亿 group below it is empty.
    const groupName = (GROUPS[level] ?? "") + (level === 3 && groups[g + 1] === "0000" ? "亿" : "");
    const padded = group.padStart(4, "0");
    if (padded === "0000") {
      zeroPending = out !== "";
      return;
    }
    for (let i = 0; i < 4; i += 1) {
      const d = Number(padded[i]);
      if (d === 0) {
        zeroPending = out !== "";
        continue;
      }
      if (zeroPending) out += "零";
      zeroPending = false;
      out += DIGITS[d] + (PLACES[3 - i] ?? "");
    }
    out += groupName;
  });
  return out;
}
