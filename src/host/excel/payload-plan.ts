/**
 * Plans how to read every sheet's cells within Office's payload limit. Microsoft states (Resource limits and
 * performance optimization for Office Add-ins, "Excel add-ins": learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins) that Excel on the web limits a request's and a
 * response's payload to 5 MB; a read past it fails with RichApi.Error "RequestPayloadSizeLimitExceeded". The same
 * section limits one range read to 5,000,000 cells; a band within the payload budget below holds at most ~26,000
 * cells (4 MB ÷ 160 bytes), so the cell limit never binds first. (Checked against the page's source, dated
 * 2025-07-14, on 2026-12-07.)
 * A read that would pass it is split into row bands over as few syncs as the limit allows.
 */
import type { CellRange } from "../../core";

/** Office's stated limit for Excel on the web: 5 MB per request or response. */
export const OFFICE_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one cell is assumed to cost in the response, as JSON. With values: a value (a budget amount such as
 * 1261.66 or a short Chinese label, ~10–30 bytes as UTF-8 JSON), its number format ("#,##0.00", ~12), its formula
 * (Excel returns the value again when there is none, ~10–30) and its fill read through getCellProperties
 * ({"format":{"fill":{"color":"#FFFFFF","pattern":"Solid","tintAndShade":0}}}, ~75): about 150 bytes, rounded up
 * to 160. Without values only the fill is read: ~75, rounded up to 80. Estimates, so the plan also keeps a margin.
 */
export const BYTES_PER_CELL_WITH_VALUES = 160;
export const BYTES_PER_CELL_FILLS_ONLY = 80;

/** A fifth of the limit kept free for the estimate's error and the request's own envelope. */
export const PAYLOAD_BUDGET_BYTES = Math.floor(OFFICE_PAYLOAD_LIMIT_BYTES * 0.8);

/** One block of one sheet's used range: whole columns of the used range, rows top..bottom. */
export interface Band {
  readonly sheet: number;
  readonly range: CellRange;
}

export interface PayloadPlan {
  /** The cell reads, one list per sync; one list when everything fits. */
  readonly syncs: readonly (readonly Band[])[];
  /** The estimated payload of all the cells, in bytes. */
  readonly estimatedBytes: number;
}

/** Packs the sheets' used ranges into syncs, splitting a range into row bands only where a sync is full. */
export function planPayload(
  ranges: readonly (CellRange | undefined)[],
  bytesPerCell: number,
  budget: number = PAYLOAD_BUDGET_BYTES,
): PayloadPlan {
  const syncs: Band[][] = [[]];
  let room = budget;
  let estimatedBytes = 0;
  ranges.forEach((range, sheet) => {
    if (!range) return;
    const rowBytes = (range.right - range.left + 1) * bytesPerCell;
    estimatedBytes += rowBytes * (range.bottom - range.top + 1);
    let top = range.top;
    while (top <= range.bottom) {
      let rows = Math.min(range.bottom - top + 1, Math.floor(room / rowBytes));
      if (rows <= 0 && syncs[syncs.length - 1]!.length > 0) {
        syncs.push([]);
        room = budget;
        continue;
      }
      rows = Math.max(rows, 1); // a single row wider than the budget still has to be read
      syncs[syncs.length - 1]!.push({ sheet, range: { ...range, top, bottom: top + rows - 1 } });
      room -= rows * rowBytes;
      top += rows;
    }
  });
  return { syncs: syncs.filter((bands) => bands.length > 0), estimatedBytes };
}
