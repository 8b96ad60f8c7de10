import type { BrowserReadOutcome } from "./read-xlsx";
import { preloadExcelJs, readXlsxBytes } from "./read-xlsx";

/** Where the build puts the bundled sample, relative to taskpane.html. */
export const SAMPLE_PATH = "samples/fengquan-2024.xlsx";
export const SAMPLE_NAME = "fengquan-2024.xlsx";

/** Fetches the bundled sample from the add-in's own server (same origin) and reads it; undefined when it is absent. */
export async function loadSample(fetchFn: typeof fetch = fetch): Promise<BrowserReadOutcome | undefined> {
  void preloadExcelJs().catch(() => undefined); // fetched alongside the sample; a failure shows when reading
  let response: Response;
  try {
    response = await fetchFn(SAMPLE_PATH);
  } catch {
    return undefined;
  }
  if (!response.ok) return undefined;
  return readXlsxBytes(await response.arrayBuffer(), SAMPLE_NAME);
}

/** Reads a file the user picked in the page (an <input type="file"> or a drop). */
export async function readPickedFile(file: File): Promise<BrowserReadOutcome> {
  return readXlsxBytes(await file.arrayBuffer(), file.name);
}
