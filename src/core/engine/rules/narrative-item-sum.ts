/**
 * narrative.item-sum: a sentence that states a total and then its parts ("2025年度项目总预算1170.00万，其中支持…
 * 870.00万，…50.00万，合计1170.00万。"). Where the parts close with 合计, Σ parts = 合计 = the total; where they do
 * not, the list may leave parts out, so only Σ parts > total is wrong. Wrong arithmetic is an error, a difference
 * within the rounding bound of the printed parts a warning.
 *
 * Read conservatively, since a false error is the worst defect: only parts in the same sentence (up to 。), before a
 * second 其中 (a nested list) or a reason ("主要原因"), this year's amounts only (no change figure, no last year's
 * figure, no figure marked as a change). 政府采购 sentences are left to narrative.procurement-sum and
 * narrative.procurement-reserve.
 */
import type { FindingOf } from "../../findings/finding";
import type { RuleParams } from "../../findings/rule-params";
import { type Dec, formatFixed, reconcile } from "../../money";
import { severityFor } from "../judge";
import { findFigures } from "../narrative/figures";
import { narrativeFinding, quoteOf } from "../narrative/finding";
import { normaliseNarrative } from "../narrative/normalise";
import { narrativeParagraphs } from "../narrative/paragraphs";
import { inUnit } from "../narrative/tie";
import type { AmountClaim, NarrativeUnit, Paragraph } from "../narrative/types";
import type { RuleContext, RuleOf } from "../rule";

const SENTENCE_END = /[。!?\n]/g;
const AMONG = /其中/g;
const STOP = /其中|主要原因|原因是|原因为/g;
const CLOSING = /(合计|共计|总计)\s*(为|是)?\s*$/;
/** A subtotal among the parts ("工资30万元、津贴20万元，两项合计50万元；公用经费…"): the list is not flat. */
const SUBTOTAL = /(合计|共计|总计|小计)/;

export const narrativeItemSum: RuleOf<"narrative.item-sum"> = {
  id: "narrative.item-sum",
  check(context) {
    return narrativeParagraphs(context.workbook).flatMap((paragraph) => checkParagraph(context, paragraph));
  },
};

interface Listing {
  readonly total: AmountClaim;
  readonly parts: readonly AmountClaim[];
  readonly closing?: AmountClaim;
  /** Every amount between 其中 and the end of the list was read as a part: only then can Σ parts = 合计 be asked. */
  readonly complete: boolean;
}

function checkParagraph(context: RuleContext, paragraph: Paragraph): FindingOf<"narrative.item-sum">[] {
  const text = normaliseNarrative(paragraph.text);
  const amounts = paragraph.claims.filter(
    (c): c is AmountClaim => c.kind === "amount" && c.at !== undefined && thisYears(c),
  );
  return listings(text, amounts).flatMap((listing) => judge(context, paragraph, listing));
}

/** This year's amount as printed: not last year's, not a change, not a repeat of an item's amount. */
function thisYears(claim: AmountClaim): boolean {
  const n = claim.naming;
  return n.lastYear !== true && n.notCompared?.reason !== "change" && !n.item?.startsWith("procurement");
}

/** Each sentence's total (the last amount before its first 其中) and the parts after it. */
function listings(text: string, amounts: readonly AmountClaim[]): Listing[] {
  const out: Listing[] = [];
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  let start = 0;
  for (const end of [...ends, text.length]) {
    const among = firstFrom(AMONG, text, start, end);
    if (among !== undefined) {
      const stop = firstFrom(STOP, text, among + 2, end) ?? end;
      const before = amounts.filter((a) => a.at! >= start && a.at! < among);
      const after = amounts.filter((a) => a.at! > among && a.at! < stop);
      const total = before[before.length - 1];
      const printed = findFigures(text).filter((f) => f.unit !== undefined && f.start > among && f.start < stop);
      if (total && !/采购|预留/.test(total.label)) out.push(split(text, total, after, printed.length === after.length));
    }
    start = end + 1;
  }
  return out;
}

function firstFrom(pattern: RegExp, text: string, from: number, to: number): number | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && m.index < to ? m.index : undefined;
}

/** The parts, and the closing 合计 when the last figure is one. */
function split(text: string, total: AmountClaim, after: readonly AmountClaim[], complete: boolean): Listing {
  const last = after[after.length - 1];
  // A subtotal before the last part would be counted twice: such a list is not judged.
  if (after.slice(0, -1).some((part) => SUBTOTAL.test(part.label))) return { total, parts: [], complete: false };
  if (last && after.length > 1 && CLOSING.test(text.slice(Math.max(0, last.at! - 8), last.at)))
    return { total, parts: after.slice(0, -1), closing: last, complete };
  return { total, parts: after, complete };
}

function valueIn(claim: AmountClaim, unit: NarrativeUnit): Dec {
  return inUnit({ value: claim.figure.value, unit: claim.unit, decimals: 0, sheet: "", cell: "", table: "" }, unit);
}

function judge(context: RuleContext, paragraph: Paragraph, listing: Listing): FindingOf<"narrative.item-sum">[] {
  const { total, parts, closing, complete } = listing;
  if (parts.length === 0) return [];
  const unit = total.unit;
  const places = Math.max(total.figure.decimals, ...parts.map((p) => p.figure.decimals));
  const stated = closing ? valueIn(closing, unit) : valueIn(total, unit);
  const result = reconcile(
    stated,
    parts.map((p) => valueIn(p, unit)),
    places,
  );
  const findings: FindingOf<"narrative.item-sum">[] = [];
  // A figure between the parts that was not read as one (a change, last year's) may be a part: then only an excess.
  const exceeds = result.verdict !== "balanced" && result.difference.isNegative();
  const partsWrong = closing && complete ? result.verdict !== "balanced" : exceeds;
  if (partsWrong)
    findings.push(
      finding(context, paragraph, result.verdict, result.difference, {
        expected: formatFixed(result.sum, places),
        actual: formatFixed(stated, places),
        quote: quoteOf(closing ?? total),
        parts: parts.map(quoteOf).join("、"),
        unit,
        kind: closing && complete ? "closing" : "exceeds",
      }),
    );
  if (closing) {
    const difference = valueIn(total, unit).minus(stated);
    if (!difference.isZero())
      findings.push(
        finding(context, paragraph, "off", difference, {
          expected: formatFixed(valueIn(total, unit), places),
          actual: formatFixed(stated, places),
          quote: quoteOf(closing),
          parts: quoteOf(total),
          unit,
          kind: "total",
        }),
      );
  }
  return findings;
}

function finding(
  context: RuleContext,
  paragraph: Paragraph,
  verdict: "balanced" | "rounding-tail" | "off",
  difference: Dec,
  fields: { expected: string; actual: string } & RuleParams["narrative.item-sum"],
): FindingOf<"narrative.item-sum"> {
  const { expected, actual, ...params } = fields;
  return narrativeFinding("narrative.item-sum", severityFor(verdict, difference, context.tolerance), paragraph, {
    expected,
    actual,
    difference: formatFixed(difference.abs(), 2),
    verdict,
    params,
  });
}
