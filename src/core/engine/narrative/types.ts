/** What the narrative reader (情况说明) finds in a paragraph: claims about amounts, shares and changes. */
import type { Dec } from "../../money";
import type { QuantityKey } from "../quantities";
import type { LinePath } from "./line-path";

export type NarrativeUnit = "元" | "万元";

/** A number as printed in the text: its value, the decimals printed and the text it came from. */
export interface PrintedNumber {
  readonly value: Dec;
  readonly decimals: number;
  readonly text: string;
}

/** The fund a phrase is about (一般公共预算, 政府性基金 …); "none" = the whole department. */
export type Scope = "none" | "general" | "gov-fund" | "state-capital" | "fiscal" | "special";

/** Subjects whose short words ("购置费", "货物") mean something only in their paragraph. */
export type Topic = "sangong" | "procurement";

/**
 * The table quantity the words before a figure name. `groups`: every group must agree with the figure (收支 names
 * both the income and the expense side); within a group the first key the workbook has is used.
 */
export interface Naming {
  readonly scope: Scope;
  /** Item id from the vocabulary ("basic", "sangong-reception", "class"), undefined when the words name none. */
  readonly item?: string;
  /** For class lines: the 类 code ("201"). */
  readonly classCode?: string;
  readonly groups: readonly (readonly QuantityKey[])[];
  /**
   * For a class line in a fund's paragraph: the key prefix of that fund's class lines ("general.class."). When the
   * workbook has such lines but not this class, the fund's table prints none of it: the table says 0.
   */
  readonly within?: string;
  /** A 类/款/项 path ("…(类)…(款)行政运行(项)"): tied to the row that lists it (line-rows.ts), not to `groups`. */
  readonly line?: LinePath;
  /**
   * Words that make the figure something other than the quantity's whole-department total: a scope ("下属1家机关和1家
   * 事业单位", "本级") or a change ("与上年预算一致0万元"). Such a figure is not compared (narrative.scope says why), except
   * with a quantity of the same scope (the 三公 table's 机关运行经费 column).
   */
  /** Last year's figure ("2024年当年预算执行数为290.15万元", "上年为 …"): no table states it. */
  readonly lastYear?: boolean;
  /**
   * The index of the item's amount this figure repeats ("…行政运行(项)”312.40万元。…2025年预算安排312.40万元"):
   * it must equal that amount (narrative.item-repeat) and is not tied on its own.
   */
  readonly repeats?: number;
  readonly notCompared?: { readonly reason: "scope" | "change"; readonly words: string };
  /** The recognised words ("一般公共预算 基本支出"), for messages. */
  readonly words: string;
}

export interface AmountClaim {
  readonly kind: "amount";
  readonly figure: PrintedNumber;
  readonly unit: NarrativeUnit;
  /** The words before the figure the naming came from. */
  readonly label: string;
  readonly naming: Naming;
  /** Where the figure stands in the normalised paragraph text (for rules that read the sentence around it). */
  readonly at?: number;
}

export interface ShareClaim {
  readonly kind: "share";
  readonly figure: PrintedNumber;
  /** Index (in the paragraph's claims) of the amount this share is of. */
  readonly part: number;
  /** Index of the base amount, undefined when the paragraph states none. */
  readonly base?: number;
}

export type Direction = "increase" | "decrease" | "flat";

/** A figure after a direction word ("增加 84.41 万元"): the word as written and what it says. */
export interface ChangeFigure {
  readonly figure: PrintedNumber;
  readonly word: string;
  readonly direction: Direction;
}

export interface ChangeClaim {
  readonly kind: "change";
  /** The phrase as written ("增加 84.41 万元，增长 7.17%"). */
  readonly text: string;
  /** Direction each word says, in order (增加 → increase, 持平 → flat). */
  readonly directions: readonly Direction[];
  readonly amount?: ChangeFigure & { readonly unit: NarrativeUnit };
  readonly percent?: ChangeFigure;
  /** The text says 无可比性. */
  readonly noBasis: boolean;
  /** Index of this year's amount the change is about (the nearest earlier amount naming the same quantity). */
  readonly current?: number;
  /** Index of last year's figure the same sentence states before the change ("2024年当年预算执行数为a"), if any. */
  readonly previous?: number;
}

export interface PlaceholderClaim {
  readonly kind: "placeholder";
  readonly text: string;
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim | PlaceholderClaim;

/** What the headings above a paragraph say it is about ("六、一般公共预算基本支出情况说明"). */
export interface HeadingContext {
  readonly scope: Scope;
  readonly item?: string;
  readonly topics: readonly Topic[];
  readonly headings: readonly string[];
}

export interface Paragraph {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly context: HeadingContext;
  readonly claims: readonly Claim[];
}
