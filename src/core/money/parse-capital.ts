import { Dec } from "./decimal";

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const PLACE_VALUE: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };
const SHAPE =
  /^(?:人民币)?(负)?(?:([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆])?(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?([整正])?$/;

/**
 * Read 人民币大写 back into 元: every form the 支付结算办法 allows (with or without the optional 零, 整 or 正,
 * 圆 for 元, a 人民币 prefix, 负 for negatives). "壹仟贰佰陆拾壹万陆仟陆佰元整" → 12616600.
 *
 * @param text capital numerals, no spaces.
 * @returns the amount in 元, or undefined when the text is not well-formed capital numerals.
 */
export function parseCapitalNumerals(text: string): Dec | undefined {
  const m = SHAPE.exec(text);
  if (m === null) return undefined;
  const [, minus, whole, zero, jiao, fen, zheng] = m;
  if (whole === undefined && jiao === undefined && fen === undefined) return undefined;
  if (zheng !== undefined && fen !== undefined) return undefined; // no 整 after 分
  if (zheng === undefined && fen === undefined) return undefined; // an amount ending in 元 or 角 needs 整 or 分
  if (zero !== undefined && (whole === undefined || (jiao === undefined && fen === undefined))) return undefined;
  let yuan = new Dec(0);
  if (whole !== undefined && whole !== "零") {
    const read = parseWhole(whole);
    if (read === undefined) return undefined;
    yuan = read;
  }
  const cents =
    (jiao === undefined ? 0 : (DIGIT_VALUE[jiao] ?? 0) * 10) + (fen === undefined ? 0 : (DIGIT_VALUE[fen] ?? 0));
  const amount = yuan.plus(new Dec(cents).dividedBy(100));
  return minus === undefined ? amount : amount.negated();
}

/** 壹仟贰佰陆拾壹万陆仟陆佰 → 12616600; undefined for digits without a place, doubled places or a trailing 零. */
function parseWhole(text: string): Dec | undefined {
  let total = new Dec(0); // complete 亿 groups
  let wan = new Dec(0); //   the current 亿 group's complete 万 part
  let section = 0; //        below 万, < 10000 so a plain count of digits × places
  let digit: number | undefined;
  let lastPlace = 10000;
  let zeroSeen = false;
  for (const ch of text) {
    if (ch in DIGIT_VALUE) {
      const d = DIGIT_VALUE[ch] ?? 0;
      if (digit !== undefined) return undefined; // two digits in a row
      if (d === 0) {
        if (zeroSeen) return undefined;
        zeroSeen = true;
        continue;
      }
      digit = d;
      zeroSeen = false;
    } else if (ch in PLACE_VALUE) {
      const place = PLACE_VALUE[ch] ?? 0;
      if (digit === undefined || place >= lastPlace) return undefined;
      section += digit * place;
      lastPlace = place;
      digit = undefined;
    } else if (ch === "万") {
      if (section === 0 && digit === undefined) return undefined;
      wan = wan.plus(new Dec(section + (digit ?? 0)).times(10000));
      section = 0;
      digit = undefined;
      lastPlace = 10000;
      zeroSeen = false;
    } else if (ch === "亿") {
      const group = wan.plus(section + (digit ?? 0));
      if (group.isZero()) return undefined;
      total = total.plus(group).times(100000000);
      wan = new Dec(0);
      section = 0;
      digit = undefined;
      lastPlace = 10000;
      zeroSeen = false;
    } else {
      return undefined;
    }
  }
  if (zeroSeen) return undefined; // 零 must be followed by a digit
  return total.plus(wan).plus(section + (digit ?? 0));
}
