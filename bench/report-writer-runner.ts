/**
 * Child process of bench/report-writer.bench.ts: writes a report workbook for `count` workbooks, each with the
 * sample's findings (checked once here), through the command line's file writer (src/cli/report-workbook.ts), and
 * reports the time and the process's peak RSS, so the writer's memory is seen without the checking around it.
 */
import { promises as fs } from "node:fs";
import { check } from "../src/core";
import { ReportWorkbookFile } from "../src/cli/report-workbook";
import { findingRows } from "../src/host/xlsx/report";
import { readWorkbookFile } from "../src/host/xlsx/read-workbook";

async function measure(): Promise<void> {
  const { sample, count, target } = JSON.parse(process.argv[2]!) as { sample: string; count: number; target: string };
  const read = await readWorkbookFile(sample);
  if (!read.ok) throw new Error(`cannot read ${sample}`);
  const report = check(read.snapshot).report("zh");
  const rows = findingRows(report);
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const writer = await ReportWorkbookFile.open(target, { language: "zh" });
  for (let i = 0; i < count; i++) {
    // A summary row per workbook, as the batch keeps it; the findings rows are new objects each time, as a worker's are.
    writer.addFile(
      {
        file: `group-${Math.floor(i / 3)}/copy-${i}.xlsx`,
        workbook: `copy-${i}.xlsx`,
        body: "中共新乡市凤泉区委员会办公室",
        year: 2024,
        counts: report.summary,
        accepted: 0,
        tables: report.tables.length,
      },
      rows.map((row) => ({ ...row })),
    );
    // Let the file stream drain now and then, as the batch does between files.
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await writer.close();
  const ms = performance.now() - start;
  const { size } = await fs.stat(target);
  await fs.rm(target, { force: true });
  process.send!({
    ms,
    rows: rows.length * count,
    fileMB: size / 1024 / 1024,
    rssBeforeMB: rssBefore / 1024 / 1024,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  });
}

void measure();
