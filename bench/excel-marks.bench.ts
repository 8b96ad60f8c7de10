/**
 * Figures for marking inside Excel (printed by `npm run bench`, never a test): the pure part of a run — planning
 * 1,000 marks over 30 sheets, first run and a second run over the first one's record — and the size and reading
 * time of the record kept in the workbook. Round trips are counted by the tests (test/host): 2 reads + 1 write.
 */
import type { FillState } from "../src/host/excel/fill";
import { NO_FILL } from "../src/host/excel/fill";
import { decodeMarkRecord, encodeMarkRecord, EMPTY_RECORD } from "../src/host/excel/mark-record";
import type { MarkState } from "../src/host/excel/mark-state";
import { MARK_COLOURS } from "../src/host/excel/mark-style";
import type { MarkFinding } from "../src/host/excel/plan-marks";
import { planMarks } from "../src/host/excel/plan-marks";
import { cellAddress } from "../src/core/grid/address";
import { timings } from "./timing";

const SHEETS = 30;
const ROWS = 40;
const COLUMNS = 15;

const time = (runs: number, body: () => void): number => timings(runs, body).median;

const names = Array.from({ length: SHEETS }, (_, i) => `表${i + 1}`);
const findings: MarkFinding[] = Array.from({ length: 1000 }, (_, i) => ({
  sheet: names[i % SHEETS]!,
  cell: cellAddress(Math.floor(i / SHEETS) % ROWS, i % COLUMNS),
  severity: i % 3 === 0 ? "warning" : "error",
  message: `问题 ${i}：合计不等于各项之和`,
}));

function stateWith(fillAt: (sheet: string, cell: string) => FillState, record = EMPTY_RECORD): MarkState {
  const fills = new Map(
    names.map((sheet) => [
      sheet,
      {
        top: 0,
        left: 0,
        fills: Array.from({ length: ROWS }, (_, r) =>
          Array.from({ length: COLUMNS }, (_, c) => fillAt(sheet, cellAddress(r, c))),
        ),
      },
    ]),
  );
  return { record, partIds: [], sheets: names, fills, notes: new Map() };
}

export async function run(): Promise<Record<string, unknown>> {
  const fresh = stateWith(() => NO_FILL);
  const first = planMarks(findings, fresh, { scope: "all", language: "zh" });
  const painted = new Map(first.paint.map((p) => [`${p.sheet}!${p.cell}`, p.colour]));
  const again = stateWith((sheet, cell) => {
    const colour = painted.get(`${sheet}!${cell}`);
    return colour ? { pattern: "Solid", color: colour, tintAndShade: 0 } : NO_FILL;
  }, first.record);
  const xml = encodeMarkRecord(first.record);
  return {
    findings: findings.length,
    markedCells: first.paint.length,
    cellsScanned: SHEETS * ROWS * COLUMNS,
    firstRunPlanMs: time(20, () => planMarks(findings, fresh, { scope: "all", language: "zh" })),
    secondRunPlanMs: time(20, () => planMarks(findings, again, { scope: "all", language: "zh" })),
    recordXmlBytes: Buffer.byteLength(xml, "utf8"),
    recordDecodeMs: time(20, () => decodeMarkRecord(xml)),
    markColours: MARK_COLOURS,
  };
}
