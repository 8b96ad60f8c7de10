#!/usr/bin/env node
/**
 * Pane benchmark (figures, not a test): bundle sizes of dist/, first render of the browser mode with the bundled
 * sample in headless Chromium (median of 5 fresh loads after a warm-up), and a list of about 1,000 findings: time
 * to show it and frame times while scrolling it to the end. Needs `npm run build` first. Prints one JSON object.
 * Wall times depend on what else runs on the machine (its load average is printed); the CPU time of the page's
 * renderer process up to the first report is printed too, as a figure that depends on it less.
 * The 20,000-item workbook (scripts/generate-large-workbook.js) is opened in the page too: the page's main-thread
 * long tasks (over 50 ms, the Long Tasks API) from picking the file to its report on screen, and the time it takes.
 *
 * Usage: node scripts/bench-pane.js [--only large]   (BUDGET_CHECK_DIST=DIR measures another build)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const ExcelJS = require("exceljs");
const { distDir, openPane, ROOT, startPane } = require("../test/e2e/harness");

const RUNS = 5;
const MANY_ROWS = 1000;
const LARGE_ITEMS = 20_000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms) => Math.round(ms * 10) / 10;

function bundleSizes(dist) {
  const sizes = {};
  let total = 0;
  let totalGzip = 0;
  for (const name of fs
    .readdirSync(dist)
    .filter((f) => /\.(js|html)$/.test(f))
    .sort()) {
    const bytes = fs.readFileSync(path.join(dist, name));
    const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
    sizes[name] = { bytes: bytes.length, gzip };
    total += bytes.length;
    totalGzip += gzip;
  }
  return { files: sizes, total: { bytes: total, gzip: totalGzip } };
}

async function marks(page) {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, mark.startTime])),
  );
}

/** The pane in a fresh context (nothing cached, 127.0.0.1 only), once its first report is on screen. */
async function paneWithReport(pane) {
  const opened = await openPane(pane, { report: false });
  await opened.page.waitForFunction(() => performance.getEntriesByName("pane-first-report").length > 0, null, {
    timeout: 60_000,
  });
  return opened;
}

/** One fresh page load (new context: nothing cached); milliseconds from navigation start to each mark. */
async function firstRender(pane) {
  const { context, page } = await paneWithReport(pane);
  const result = await marks(page);
  // CPU time of the page's renderer process so far (all its threads): the work of the first render.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await context.close();
  return { ...result, rendererCpu: metric("ProcessTime") };
}

/** The sample with MANY_ROWS more 行政运行 rows whose 合计 is not 基本 + 项目: about one finding per row. */
async function manyFindingsWorkbook() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, "samples", "fengquan-2024.xlsx"));
  const sheet = workbook.getWorksheet("部门支出预算表");
  for (let i = 0; i < MANY_ROWS; i++) {
    sheet.addRow(["201", "28", "01", null, "行政运行", 10 + i, 3, 1, 1, 1, 0, 6, 6, 0]).getCell(6).numFmt = "#,##0.00";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function manyFindings(pane) {
  const { context, page } = await paneWithReport(pane);
  const buffer = await manyFindingsWorkbook();
  const before = await page.evaluate(() => performance.now());
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "many-findings.xlsx", mimeType: "application/octet-stream", buffer });
  await page.waitForFunction(
    (t) =>
      performance.getEntriesByName("pane-report-rendered").some((m) => m.startTime > t) &&
      !!document.querySelector("[data-finding]"),
    before,
    { timeout: 120_000 },
  );
  const shown = await page.evaluate((t) => {
    const rendered = performance.getEntriesByName("pane-report-rendered").filter((m) => m.startTime > t);
    const counts = [...document.querySelectorAll("section button[aria-pressed] span:last-child")].map((s) =>
      Number(s.textContent),
    );
    return { ms: rendered[rendered.length - 1].startTime - t, findings: counts.reduce((a, b) => a + b, 0) };
  }, before);
  // Scroll the list to its end, 120 px per frame as a fast wheel would, windows of rows mounting on the way.
  const scroll = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const main = document.querySelector("main");
        const frames = [];
        let last = performance.now();
        const started = last;
        const step = (now) => {
          frames.push(now - last);
          last = now;
          main.scrollTop += 120;
          const atEnd =
            main.scrollTop + main.clientHeight >= main.scrollHeight - 2 &&
            !document.querySelector("main button.fui-Button");
          if (atEnd || now - started > 60_000) {
            const sorted = frames.slice(1).sort((a, b) => a - b);
            resolve({
              frames: sorted.length,
              p50: sorted[Math.floor(sorted.length * 0.5)],
              p95: sorted[Math.floor(sorted.length * 0.95)],
              max: sorted[sorted.length - 1],
              over50ms: sorted.filter((f) => f > 50).length,
              totalMs: now - started,
              rowsMounted: document.querySelectorAll("[data-finding]").length,
            });
          } else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  await context.close();
  return {
    findings: shown.findings,
    listShownMs: round(shown.ms),
    scroll: {
      ...scroll,
      p50: round(scroll.p50),
      p95: round(scroll.p95),
      max: round(scroll.max),
      totalMs: round(scroll.totalMs),
    },
  };
}

/** The benchmark's large department workbook, written once under .bench/ (ignored by git). */
async function largeWorkbook() {
  const { generateLargeWorkbook } = require("./generate-large-workbook");
  const file = path.join(ROOT, ".bench", `large-workbook-${LARGE_ITEMS}.xlsx`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await generateLargeWorkbook({ items: LARGE_ITEMS, file });
  }
  return file;
}

/**
 * Opens the 20,000-item workbook in the browser mode and records the page's main-thread long tasks from the file
 * pick to the report on screen: how many, their total and the longest (what the user feels as a frozen page).
 */
async function largeWorkbookLongTasks(pane) {
  const file = await largeWorkbook();
  const { context, page } = await paneWithReport(pane);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: "longtask" });
  });
  const before = await page.evaluate(() => performance.now());
  // By path, as a user's pick: handing Playwright the bytes would decode them on the page's thread, a long task of its own.
  await page.getByTestId("file-input").setInputFiles(file);
  await page.waitForFunction(
    (t) => performance.getEntriesByName("pane-report-rendered").some((m) => m.startTime > t),
    before,
    { timeout: 300_000 },
  );
  // Let the frame that paints the report end, so its long task (if any) is counted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
  const figures = await page.evaluate((t) => {
    const shown = performance.getEntriesByName("pane-report-rendered").filter((m) => m.startTime > t);
    const end = shown[shown.length - 1].startTime;
    const tasks = window.__longTasks.filter((task) => task.start >= t && task.start <= end + 200);
    return {
      shownMs: end - t,
      longTasks: tasks.length,
      longTaskTotalMs: tasks.reduce((sum, task) => sum + task.ms, 0),
      longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.ms), 0),
      header: document.querySelector("header")?.textContent ?? "",
    };
  }, before);
  await context.close();
  return {
    items: LARGE_ITEMS,
    bytes: fs.statSync(file).size,
    fileToReportMs: round(figures.shownMs),
    mainThreadLongTasks: figures.longTasks,
    mainThreadLongTaskTotalMs: round(figures.longTaskTotalMs),
    longestMainThreadTaskMs: round(figures.longestTaskMs),
    opened: figures.header.includes(path.basename(file)),
  };
}

async function main() {
  let dist;
  try {
    dist = distDir();
  } catch (error) {
    // `npm run bench` still prints the other figures on a checkout that was not built.
    process.stdout.write(`${JSON.stringify({ skipped: error.message })}\n`);
    return;
  }
  const pane = await startPane();
  try {
    if (process.argv.includes("--only") && process.argv.includes("large")) {
      const large = await largeWorkbookLongTasks(pane);
      process.stdout.write(`${JSON.stringify({ largeWorkbook: large, load: require("os").loadavg() }, null, 2)}\n`);
      return;
    }
    await firstRender(pane); // warm-up: disk cache of the OS, Chromium start-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstRender(pane));
    const pick = (name) => runs.map((r) => r[name]).filter((v) => v !== undefined);
    const result = {
      bundle: bundleSizes(dist),
      firstRenderSample: {
        runs: RUNS,
        medianMs: round(median(pick("pane-first-report"))),
        minMs: round(Math.min(...pick("pane-first-report"))),
        maxMs: round(Math.max(...pick("pane-first-report"))),
        rendererCpuMedianMs: round(median(pick("rendererCpu"))),
        officeReadyMedianMs: round(median(pick("pane-office-ready"))),
        sampleReadMedianMs: round(median(pick("pane-sample-read"))),
        targetMs: 1000,
      },
      manyFindings: await manyFindings(pane),
      largeWorkbook: await largeWorkbookLongTasks(pane),
      load: require("os")
        .loadavg()
        .map((l) => Math.round(l * 100) / 100),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await pane.close();
  }
}

main().catch((error) => {
  process.stderr.write(`bench-pane: ${error.message}\n`);
  process.exit(1);
});
