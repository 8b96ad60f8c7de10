/** The `budget-check` command line: `main` (testable, process injected) and the launcher's entry point. */
export { main, runFromProcess, EXIT_OK, EXIT_ERRORS_FOUND, EXIT_UNREADABLE } from "./main";
export { parseArgs } from "./args";
export type { ParsedArgs, RunOptions, OutputFormat, ArgumentProblem } from "./args";
export type { CliIo } from "./io";
export { textReport } from "./text-report";
export { CLI_STRINGS, readProblemLine } from "./strings";
export { SAMPLE_WORKBOOK } from "./paths";
