import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The project root: two folders up from this file, both as TypeScript (src/cli) and compiled (lib/cli), so the
 * bundled sample and package.json are found the same way in tests and from bin/budget-check.js.
 */
const ROOT = path.resolve(__dirname, "..", "..");

/** The workbook checked when no file is given (a copy of the seed disclosure, see samples/README.md). */
export const SAMPLE_WORKBOOK = path.join(ROOT, "samples", "fengquan-2024.xlsx");

/** The version in package.json, or "unknown" when it cannot be read. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
