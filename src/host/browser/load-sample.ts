import type { WorkbookSnapshot } from "../../core";
import type { BrowserReadOutcome } from "./read-xlsx";
import { readXlsxBytes } from "./read-xlsx";

/** Where the build puts the bundled sample, relative to taskpane.html. */
export const SAMPLE_PATH = "samples/fengquan-2024.xlsx";
export const SAMPLE_NAME = "fengquan-2024.xlsx";
/** The sample as the command line's reader sees it, written by the build (scripts/sample-snapshot.js). */
export const SAMPLE_SNAPSHOT_PATH = "samples/fengquan-2024.snapshot.json";

function isSnapshot(value: unknown): value is WorkbookSnapshot {
  const v = value as Partial<WorkbookSnapshot> | null;
  return (
    !!v &&
    typeof v.name === "string" &&
    Array.isArray(v.sheets) &&
    v.sheets.every((s: { values?: unknown } | null) => Array.isArray(s?.values))
  );
}

/** The prebuilt snapshot of the sample, or undefined when the build did not write one (then the .xlsx is read). */
async function sampleSnapshot(fetchFn: typeof fetch): Promise<WorkbookSnapshot | undefined> {
  try {
    const response = await fetchFn(SAMPLE_SNAPSHOT_PATH);
    if (!response.ok) return undefined;
    const value: unknown = await response.json();
    return isSnapshot(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bundled sample from the add-in's own server (same origin); undefined when it is absent. The prebuilt snapshot
 * shows it without parsing the workbook in the page (reading is then not on the way to the first render).
 */
export async function loadSample(fetchFn: typeof fetch = fetch): Promise<BrowserReadOutcome | undefined> {
  const prebuilt = await sampleSnapshot(fetchFn);
  if (prebuilt) return { ok: true, snapshot: prebuilt };
  let response: Response;
  try {
    response = await fetchFn(SAMPLE_PATH);
  } catch {
    return undefined;
  }
  if (!response.ok) return undefined;
  return readXlsxBytes(await response.arrayBuffer(), SAMPLE_NAME);
}
