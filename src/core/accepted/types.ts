/**
 * Accepted findings (issue 10): an accountant accepts a finding with a short reason ("已说明：…"); the acceptance
 * is stored in the workbook with the finding's rule, sheet, cell and both sides, so it lapses by itself when the
 * numbers change. The pane writes them, the pane and the command line both show them as accepted, not as errors.
 */
export interface AcceptedFinding {
  readonly rule: string;
  readonly sheet: string;
  readonly cell: string;
  /** Both sides as the report gives them; absent when the finding has none. */
  readonly expected?: string;
  readonly actual?: string;
  /** The accountant's reason, as written ("已说明：年中追加预算"). */
  readonly reason: string;
  /** When it was accepted (ISO 8601), when known. */
  readonly at?: string;
}

/** The namespace of the workbook's custom XML part that holds them (one part per workbook). */
export const ACCEPTED_NAMESPACE = "urn:budget-check:accepted-findings:1";
