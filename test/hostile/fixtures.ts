/** The hostile workbooks, generated once per test file into a temporary folder by the repository's script. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const generator = require("../../scripts/generate-hostile-fixtures.js") as {
  generateHostileFixtures(dir: string, names?: readonly string[]): Promise<Record<string, string>>;
  HOSTILE_CASES: readonly string[];
  TERMINAL_ATTACK: string;
};

export const { HOSTILE_CASES, TERMINAL_ATTACK } = generator;

/** A temporary folder holding the named cases; remove it with `cleanup`. */
export async function hostileFixtures(
  names: readonly string[],
): Promise<{ dir: string; files: Record<string, string>; cleanup: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-hostile-"));
  const files = await generator.generateHostileFixtures(dir, names);
  return { dir, files, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}
