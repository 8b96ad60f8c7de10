/**
 * narrative.direction (domain.md check 13): 增加 / 减少 / 持平 agree with the change. "增加 0.00 万元" is a wording
 * slip (warning: the word should be 持平); 持平 with a non-zero change, opposite words for the amount and the rate,
 * or a negative figure after a direction word contradict the figures (error).
 */
import type { FindingOf, Severity } from "../../findings/finding";
import { narrativeFinding } from "../narrative/finding";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { statedLevels } from "../narrative/change";
import { tieNaming } from "../narrative/tie";
import type { ChangeClaim, Direction, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

export const narrativeDirection: RuleOf<"narrative.direction"> = {
  id: "narrative.direction",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) =>
      paragraph.claims.flatMap((claim) => (claim.kind === "change" ? checkChange(context, paragraph, claim) : [])),
    );
  },
};

const OPPOSITE: Readonly<Record<"increase" | "decrease", Direction>> = { increase: "decrease", decrease: "increase" };

/** Both sides are directions (codes the message files word); a side's word is kept where the text writes one. */
interface Contradiction {
  readonly severity: Severity;
  readonly reason: "zero" | "flat" | "opposite" | "sign" | "levels";
  readonly actualDirection: Direction;
  readonly expectedDirection: Direction;
  readonly actualWord?: string;
  readonly expectedWord?: string;
}

function contradiction(change: ChangeClaim): Contradiction | undefined {
  const { amount, percent } = change;
  const moved = [amount, percent].find((f) => f && !f.figure.value.isZero());
  if (moved && moved.figure.value.isNegative() && moved.direction !== "flat") {
    return {
      severity: "error",
      reason: "sign",
      actualDirection: moved.direction,
      expectedDirection: OPPOSITE[moved.direction],
      actualWord: moved.word,
    };
  }
  if (
    amount &&
    percent &&
    moved &&
    !amount.figure.value.isZero() &&
    !percent.figure.value.isZero() &&
    amount.direction !== percent.direction
  ) {
    return {
      severity: "error",
      reason: "opposite",
      actualDirection: percent.direction,
      expectedDirection: amount.direction,
      actualWord: percent.word,
      expectedWord: amount.word,
    };
  }
  if (moved && change.directions.includes("flat")) {
    return {
      severity: "error",
      reason: "flat",
      actualDirection: "flat",
      expectedDirection: moved.direction,
      expectedWord: moved.word,
    };
  }
  const still = amount ?? percent;
  if (!moved && still && still.direction !== "flat") {
    return {
      severity: "warning",
      reason: "zero",
      actualDirection: still.direction,
      expectedDirection: "flat",
      actualWord: still.word,
    };
  }
  return undefined;
}

/**
 * Last year's and this year's figures stated in the sentence fix the sign: 2024年 290.15, 2025年 312.40 "减少" is an
 * error, and so is 持平 between two different figures.
 */
function levelContradiction(paragraph: Paragraph, change: ChangeClaim): Contradiction | undefined {
  const levels = statedLevels(paragraph, change);
  if (!levels) return undefined;
  const sign = levels.change.comparedTo(0);
  const expected: Direction = sign > 0 ? "increase" : sign < 0 ? "decrease" : "flat";
  const said = change.percent ?? change.amount;
  const direction = said?.direction ?? (change.directions.includes("flat") ? "flat" : undefined);
  if (direction === undefined || direction === expected) return undefined;
  // "增加 0.00%" between equal figures is the zero-change wording slip, reported by contradiction() above.
  if (expected === "flat" && said && said.figure.value.isZero()) return undefined;
  return {
    severity: "error",
    reason: "levels",
    actualDirection: direction,
    expectedDirection: expected,
    ...(said && { actualWord: said.word }),
  };
}

function checkChange(
  context: RuleContext,
  paragraph: Paragraph,
  change: ChangeClaim,
): FindingOf<"narrative.direction">[] {
  const found = contradiction(change) ?? levelContradiction(paragraph, change);
  if (!found) return [];
  const current = change.current === undefined ? undefined : paragraph.claims[change.current];
  const refs =
    current?.kind === "amount"
      ? tieNaming(current.naming, context.quantities, context.workbook).map((t) => ({
          sheet: t.quantity.sheet,
          cell: t.quantity.cell,
        }))
      : [];
  return [
    // Both sides are directions, not amounts: each message file words them for the report's expected and actual.
    narrativeFinding("narrative.direction", found.severity, paragraph, {
      refs,
      params: {
        quote: change.text,
        reason: found.reason,
        actualDirection: found.actualDirection,
        expectedDirection: found.expectedDirection,
        ...(found.actualWord !== undefined && { actualWord: found.actualWord }),
        ...(found.expectedWord !== undefined && { expectedWord: found.expectedWord }),
        ...(change.amount && { change: change.amount.figure.text.replace(/,/g, ""), unit: change.amount.unit }),
      },
    }),
  ];
}
