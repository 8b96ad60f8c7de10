/** Findings on a narrative paragraph: the paragraph's cell is judged (product.md "Report format"). */
import type { CellRef, FindingOf, Severity, SumVerdict } from "../../findings/finding";
import type { RuleId } from "../../findings/rule-ids";
import type { RuleParams } from "../../findings/rule-params";
import type { AmountClaim, Paragraph } from "./types";

export interface NarrativeFields<R extends RuleId> {
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly bound?: string;
  readonly verdict?: SumVerdict;
  readonly refs?: readonly CellRef[];
  readonly params: RuleParams[R];
}

export function narrativeFinding<R extends RuleId>(
  rule: R,
  severity: Severity,
  paragraph: Paragraph,
  fields: NarrativeFields<R>,
): FindingOf<R> {
  return {
    rule,
    severity,
    sheet: paragraph.sheet,
    cell: paragraph.cell,
    ...(fields.expected !== undefined && { expected: fields.expected }),
    ...(fields.actual !== undefined && { actual: fields.actual }),
    ...(fields.difference !== undefined && { difference: fields.difference }),
    ...(fields.bound !== undefined && { bound: fields.bound }),
    ...(fields.verdict !== undefined && { verdict: fields.verdict }),
    table: "narrative",
    refs: dedupe(fields.refs ?? []),
    params: fields.params,
  };
}

/** The figure with the words that name it, without the department name and year before them ("基本支出 1058.62 万元"). */
export function quoteOf(claim: AmountClaim): string {
  const years = [...claim.label.matchAll(/\d{4}\s*年度?/g)];
  const last = years[years.length - 1];
  const cut = last ? last.index + last[0].length : 0;
  const words = (cut < claim.label.length ? claim.label.slice(cut) : claim.label).trim();
  return `${words}${words === "" ? "" : " "}${claim.figure.text} ${claim.unit}`;
}

function dedupe(refs: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.sheet}!${r.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
