/** Writes marks (fills, notes, the record) in one round trip. Values and formulas are never touched. */
import type { Language } from "../../core";
import type { FillState } from "./fill";
import { encodeMarkRecord } from "./mark-record";
import type { MarkState } from "./mark-state";
import type { MarkFinding, MarkPlan } from "./plan-marks";
import { planMarks } from "./plan-marks";
import type { ReadOptions } from "./read-workbook";
import { readWorkbook } from "./read-workbook";

function fillProperties(fill: FillState): Excel.SettableCellProperties[][] {
  return [[{ format: { fill: fill as Excel.CellPropertiesFill } }]];
}

/**
 * Queues the plan's writes on the context (no sync). Excel applies a batch up to a failing operation, so the order
 * keeps every painted cell recorded: the new record first, then fills and notes, the old record last.
 */
export function queueMarkPlan(context: Excel.RequestContext, plan: MarkPlan, state: MarkState): void {
  if (plan.record.entries.length > 0) context.workbook.customXmlParts.add(encodeMarkRecord(plan.record));
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const found = sheets.get(name) ?? context.workbook.worksheets.getItem(name);
    sheets.set(name, found);
    return found;
  };
  for (const { sheet: name, cell, fill } of plan.restore) {
    const range = sheet(name).getRange(cell);
    if (fill.pattern === "None") range.format.fill.clear();
    else range.setCellProperties(fillProperties(fill));
  }
  for (const { sheet: name, cell, colour } of plan.paint) {
    sheet(name)
      .getRange(cell)
      .setCellProperties(fillProperties({ pattern: "Solid", color: colour, tintAndShade: 0 }));
  }
  for (const { sheet: name, cell } of plan.deleteNotes) sheet(name).notes.getItem(cell).delete();
  for (const { sheet: name, cell, text } of plan.addNotes) sheet(name).notes.add(cell, text);
  for (const id of state.partIds) context.workbook.customXmlParts.getItem(id).delete();
}

export interface MarkOptions {
  /** Sheets whose earlier marks this run replaces; "all" for the whole workbook. */
  readonly scope?: ReadonlySet<string> | "all";
  readonly language?: Language;
}

/** Marks the findings' cells (errors and warnings) in one round trip, given what readWorkbook learnt. */
export async function applyMarks(
  context: Excel.RequestContext,
  findings: readonly MarkFinding[],
  state: MarkState,
  options: MarkOptions = {},
): Promise<MarkPlan> {
  const plan = planMarks(findings, state, { scope: options.scope ?? "all", language: options.language ?? "zh" });
  queueMarkPlan(context, plan, state);
  await context.sync();
  return plan;
}

/** 清除标记: restores every marked cell's fill and removes our notes, then deletes the record. Three round trips. */
export async function clearMarks(
  context: Excel.RequestContext,
  options: Pick<ReadOptions, "features"> = {},
): Promise<MarkPlan> {
  const { marks } = await readWorkbook(context, { ...options, values: false });
  return applyMarks(context, [], marks, { scope: "all" });
}
