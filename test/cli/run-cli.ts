import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line in-process with captured output (not a TTY unless asked). Files are checked in this
 * thread (--jobs 1, up to IN_THREAD_FILES files) unless the test asks for workers, so a test that replaces the engine
 * with jest.mock sees its replacement used; worker threads are tested in test/cli/batch.test.ts.
 */
export async function runCli(
  argv: readonly string[],
  options: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  // The catalog subcommand is only recognised as the first argument and checks no file.
  const asksJobs = argv[0] === "catalog" || argv.some((a) => a === "--jobs" || a.startsWith("--jobs="));
  const jobs = asksJobs ? [] : ["--jobs", "1"];
  const code = await main([...jobs, ...argv], {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
