import { Dec } from "./decimal";

const TEN_THOUSAND = new Dec(10000);

/** 元 → 万元, exact (12,616,600 元 → 1261.66 万元). Round for display with roundHalfUp/formatFixed. */
export function yuanToWan(yuan: Dec): Dec {
  return yuan.dividedBy(TEN_THOUSAND);
}

/** 万元 → 元, exact (1261.66 万元 → 12,616,600 元). */
export function wanToYuan(wan: Dec): Dec {
  return wan.times(TEN_THOUSAND);
}
