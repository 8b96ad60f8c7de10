/**
 * Every file a run reads, for output safety (issue #9): the workbooks (also those found in folders and by
 * patterns), --catalog, --config and --baseline, and the settings files found and the catalogs they name. No
 * report may be written over any of them; see output-safety.ts.
 */
import type { RunOptions } from "./args";
import type { CliIo } from "./io";
import { identify, outputProblem, type InputIdentity } from "./output-safety";
import { outputProblemLine } from "./strings";

export function runInputFiles(
  options: RunOptions,
  workbooks: readonly string[],
  more: readonly string[] = [],
): Promise<InputIdentity[]> {
  const named = [options.catalog, options.config, options.baseline].filter((f): f is string => f !== undefined);
  return identify([...workbooks, ...named, ...more]);
}

/** Says why each --report may not be written (an input, or an existing file that is not ours); true if any. */
export async function refusedReports(
  options: RunOptions,
  inputs: readonly InputIdentity[],
  io: CliIo,
): Promise<boolean> {
  let refused = false;
  for (const target of options.reports) {
    const problem = await outputProblem(target, inputs, options.force === true);
    if (problem) io.stderr.write(outputProblemLine(problem, options.language) + "\n");
    refused ||= problem !== undefined;
  }
  return refused;
}
