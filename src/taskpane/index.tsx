import { createRoot } from "react-dom/client";
import { hostSupport } from "../host/excel/requirements";
import { loadSample } from "../host/browser";
import { probablyPlainBrowser, whenOfficeJs } from "../host/office-js";
import { App } from "./components/App";
import type { PaneStart } from "./components/App";
import type { PaneSettings } from "./model";
import { restoreSettings, SETTINGS_STORAGE_KEY } from "./model";
import { ExcelHost } from "./source/excel-host";
import { openPickedFile } from "./source/open-file";
import { spawnWorkbookWorker } from "./spawn-workbook-worker";

function markedSample(): ReturnType<typeof loadSample> {
  return loadSample().finally(() => performance.mark("pane-sample-read"));
}

/**
 * Outside Office (the guess of office-js-loader.js): start reading the sample while office.js is still deciding
 * (about 0.5 s), or never arrives. Only a head start: the mode itself is decided by Office.onReady.
 */
let earlySample: ReturnType<typeof loadSample> | undefined = probablyPlainBrowser() ? markedSample() : undefined;

/** The pane in a plain browser (or an Excel too old for the add-in): files opened in the page, the sample first. */
function browserStart(unsupportedExcel?: readonly string[]): PaneStart {
  const openSample = () => {
    const sample = earlySample ?? markedSample();
    earlySample = undefined;
    return sample;
  };
  return {
    kind: "browser",
    openSample,
    openFile: (file, check, signal) => openPickedFile(file, check, spawnWorkbookWorker, signal),
    ...(unsupportedExcel && { unsupportedExcel }),
  };
}

/** Inside Excel with what the add-in needs → Excel; Excel lacking it → browser mode with a notice; no host → browser. */
async function detectStart(): Promise<PaneStart> {
  // office.js may be missing (an intranet that blocks Microsoft's CDN): the browser mode still works. While it
  // hangs this never settles, and the head start is what the user sees.
  if (!(await whenOfficeJs())) return browserStart();
  const info = await Office.onReady();
  performance.mark("pane-office-ready");
  if (info.host !== Office.HostType.Excel) return browserStart();
  const support = hostSupport();
  if (!support.ok) return browserStart(support.missingRequired);
  return { kind: "excel", host: new ExcelHost() };
}

function storedSettings(): PaneSettings {
  try {
    return restoreSettings(window.localStorage.getItem(SETTINGS_STORAGE_KEY));
  } catch {
    return restoreSettings(null); // storage disabled
  }
}

function saveSettings(settings: PaneSettings): void {
  try {
    window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage disabled: settings last for this session only.
  }
}

/** For the benchmark and the end-to-end test: when the first report was on screen. */
function markFirstReport(): void {
  performance.mark("pane-first-report");
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(start: PaneStart): void {
  // The key remounts the pane when the mode changes (a head start in browser mode that turned out to be Excel).
  root.render(
    <App
      key={start.kind}
      start={start}
      initialSettings={storedSettings()}
      onSettings={saveSettings}
      onFirstReport={markFirstReport}
    />,
  );
}

// In a plain browser, show the browser mode at once instead of waiting for Office.onReady (about 0.7 s); the
// mode office.js reports still decides, and replaces the head start if it differs.
const headStart = earlySample !== undefined;
if (headStart) render(browserStart());
void detectStart().then((start) => {
  if (!headStart || start.kind !== "browser" || start.unsupportedExcel) render(start);
});
