/** Direction words (增加, 下降, 持平 …) and the figure each governs ("增加 84.41 万元", "增幅为 7.17%"). */
import type { TextFigure } from "./figures";
import type { Direction } from "./types";

export interface DirectionWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly direction: Direction;
  readonly figure?: TextFigure;
}

/** 稳增长 / 促增长 / 保增长 are policy slogans ("支持商销稳增长30.00万" names a subsidy), not a change. */
const DIRECTION_WORDS: readonly { pattern: RegExp; direction: Direction }[] = [
  { pattern: /增加|增长率|(?<![稳促保])增长|上升|提高|增多|增幅/g, direction: "increase" },
  { pattern: /减少|下降率|下降|降低|减小|降幅/g, direction: "decrease" },
  { pattern: /持平|没有变化|无变化|保持不变/g, direction: "flat" },
];

/** What may stand between a direction word and its figure ("增加了 5 万元"; in "增加为 X", X is the new level). */
export const JOINED = /^\s*了?\s*$/;
/** A rate may follow 为 ("增幅为 7.17%"). */
const JOINED_RATE = /^\s*(了|为|是|达)?\s*$/;

export function findDirectionWords(text: string, figures: readonly TextFigure[]): DirectionWord[] {
  const words: DirectionWord[] = [];
  for (const { pattern, direction } of DIRECTION_WORDS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const next = figures.find((f) => f.start >= end);
      const between = next ? text.slice(end, next.start) : "";
      const joined = next && direction !== "flat" && (next.unit === undefined ? JOINED_RATE : JOINED).test(between);
      words.push({ word: m[0], start: m.index, end, direction, ...(joined && { figure: next }) });
    }
  }
  return words.sort((a, b) => a.start - b.start);
}
