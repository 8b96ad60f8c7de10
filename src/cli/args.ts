/** Command-line arguments, parsed by hand (no framework): options may come before, after or between files. */
import type { Language } from "../core";
import { LIMIT_FLAGS, limitFromFlag, type LimitName, type ReadLimits } from "../host/xlsx/reader/limits";

export type OutputFormat = "text" | "json" | "ndjson";

export interface RunOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  /** Report files to write (.xlsx or .json), in the order given. */
  readonly reports: readonly string[];
  /** Folder for one report per workbook (.budget-check.xlsx and .budget-check.json), when given. */
  readonly reportDir?: string;
  readonly catalog?: string;
  readonly year?: number;
  readonly language: Language;
  /** --jobs N: worker threads (default: the number of cores). */
  readonly jobs?: number;
  /** --timeout SECONDS: a file still being checked after this long is stopped and listed as unreadable. */
  readonly timeoutSeconds?: number;
  /** --fail-on warning: warnings make the exit status 1 too. */
  readonly failOn?: "error" | "warning";
  /** --config FILE: the settings file, instead of the one found upward from each workbook's folder. */
  readonly config?: string;
  /** --baseline FILE.ndjson: show only findings that are new or changed since that run. */
  readonly baseline?: string;
  /** Replace existing files that are not reports we wrote (never an input). */
  readonly force?: boolean;
  /** Read limits raised or lowered with --max-… flags (docs/cli.md "Limits"); the others keep their defaults. */
  readonly limits?: Partial<ReadLimits>;
}

/** A mistake on the command line, as data: the CLI prints it in the chosen language. */
export type ArgumentProblem =
  | { readonly kind: "unknown-option"; readonly option: string }
  | { readonly kind: "missing-value"; readonly option: string }
  | { readonly kind: "bad-value"; readonly option: string; readonly value: string };

export type ParsedArgs =
  | { readonly kind: "help"; readonly language: Language }
  | { readonly kind: "version" }
  | { readonly kind: "run"; readonly options: RunOptions }
  | { readonly kind: "error"; readonly problem: ArgumentProblem; readonly language: Language };

const VALUE_OPTIONS = new Set([
  "--format",
  "--report",
  "--report-dir",
  "--catalog",
  "--year",
  "--lang",
  "--jobs",
  "--fail-on",
  "--config",
  "--baseline",
  "--timeout",
]);
/** --max-sheet-cells → "sheet-cells", and so on for every read limit (each takes a value too). */
const LIMIT_OPTIONS = new Map(Object.entries(LIMIT_FLAGS).map(([limit, flag]) => [flag, limit as LimitName]));
const MAX_JOBS = 256;
/** A day: more is a mistake, and setTimeout cannot wait past about 24.8 days anyway. */
const MAX_TIMEOUT_SECONDS = 86_400;
const REPORT_EXTENSION = /\.(xlsx|json)$/i;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

function isLanguage(value: string): value is Language {
  return value === "zh" || value === "en";
}

/** The language asked for anywhere on the line, so even a mistake elsewhere is reported in it. */
function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return "zh";
}

/** Parses argv (without "node" and the script). Pure: no files are touched. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const language = languageOf(argv);
  const files: string[] = [];
  const reports: string[] = [];
  let format: OutputFormat = "text";
  let catalog: string | undefined;
  let reportDir: string | undefined;
  let year: number | undefined;
  let jobs: number | undefined;
  let timeoutSeconds: number | undefined;
  let failOn: "error" | "warning" | undefined;
  let config: string | undefined;
  let baseline: string | undefined;
  const limits: Partial<Record<LimitName, number>> = {};
  let help = false;
  let version = false;
  let force = false;
  const fail = (problem: ArgumentProblem): ParsedArgs => ({ kind: "error", problem, language });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (arg === "-V" || arg === "-v" || arg === "--version") {
      version = true;
      continue;
    }
    if (arg === "--force") {
      force = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(option) && !LIMIT_OPTIONS.has(option)) return fail({ kind: "unknown-option", option: arg });
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || value === "") return fail({ kind: "missing-value", option });
    const bad = (): ParsedArgs => fail({ kind: "bad-value", option, value });
    const limit = LIMIT_OPTIONS.get(option);
    if (limit !== undefined) {
      if (!/^[1-9]\d{0,11}$/.test(value)) return bad();
      limits[limit] = limitFromFlag(limit, Number(value));
      continue;
    }
    switch (option) {
      case "--format":
        if (value !== "text" && value !== "json" && value !== "ndjson") return bad();
        format = value;
        break;
      case "--report":
        if (!REPORT_EXTENSION.test(value)) return bad();
        reports.push(value);
        break;
      case "--report-dir":
        reportDir = value;
        break;
      case "--catalog":
        catalog = value;
        break;
      case "--year": {
        const n = Number(value);
        if (!/^\d{4}$/.test(value) || n < FIRST_YEAR || n > LAST_YEAR) return bad();
        year = n;
        break;
      }
      case "--lang":
        if (!isLanguage(value)) return bad();
        break;
      case "--jobs":
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS) return bad();
        jobs = Number(value);
        break;
      case "--timeout":
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_TIMEOUT_SECONDS) return bad();
        timeoutSeconds = Number(value);
        break;
      case "--fail-on":
        if (value !== "error" && value !== "warning") return bad();
        failOn = value;
        break;
      case "--config":
        config = value;
        break;
      case "--baseline":
        baseline = value;
        break;
    }
  }
  if (help) return { kind: "help", language };
  if (version) return { kind: "version" };
  return {
    kind: "run",
    options: {
      files,
      format,
      reports,
      language,
      ...(catalog !== undefined && { catalog }),
      ...(reportDir !== undefined && { reportDir }),
      ...(year !== undefined && { year }),
      ...(jobs !== undefined && { jobs }),
      ...(timeoutSeconds !== undefined && { timeoutSeconds }),
      ...(failOn !== undefined && { failOn }),
      ...(config !== undefined && { config }),
      ...(baseline !== undefined && { baseline }),
      ...(force && { force }),
      ...(Object.keys(limits).length > 0 && { limits }),
    },
  };
}
