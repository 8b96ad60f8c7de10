/** The command line's own sentences (usage, read problems, headings). Rule sentences live in src/core/messages. */
import { englishCatalogSource, type Severity, type Language } from "../core";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readProblemSentence } from "../host/xlsx/read-problem-text";
import type { ArgumentProblem } from "./args";
import type { EngineFailure, InputDenied } from "./check-file";
import { firstLine } from "./first-line";
import type { WorkerDeath } from "./jobs";
import { writeFailureKind, type OutputProblem } from "./output-safety";

export interface CliStrings {
  readonly usage: string;
  readonly engineFailed: (file: string, detail: string) => string;
  /** A worker thread died while it checked this file (jobs.ts); the other files are not affected. */
  readonly workerDied: (file: string, death: WorkerDeath) => string;
  readonly argumentProblem: (problem: ArgumentProblem) => string;
  readonly seeHelp: string;
  readonly checkingSample: (file: string) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly bound: string;
  readonly stored: string;
  readonly refs: string;
  readonly moreRefs: (count: number) => string;
  readonly catalog: (year: number | null, source: string) => string;
  readonly tables: (count: number) => string;
  readonly counts: (counts: Readonly<Record<Severity, number>>) => string;
  readonly noFindings: string;
  readonly unreadableLine: string;
  readonly reportWritten: (file: string) => string;
  readonly catalogNote: (file: string, problem: string) => string;
  readonly catalogMoreNotes: (count: number) => string;
  readonly reportFailed: (file: string, detail: string) => string;
  /** Batch (issue 10): the progress line, files skipped in a folder, the closing totals. */
  readonly progress: (done: number, total: number, errors: number, elapsed: string, left?: string) => string;
  readonly skipped: (line: string) => string;
  readonly skippedLine: string;
  readonly batchTotals: (files: number, unreadable: number, skipped: number) => string;
  readonly noWorkbooks: (paths: string) => string;
  /** Settings files (issue 10): a rule turned off or re-graded, a file refused, a file over the size limit. */
  readonly ruleNote: (rule: string, setting: "off" | Severity, source: string) => string;
  /** The source named in a rule note for settings stored in the workbook (by the pane). */
  readonly workbookSource: string;
  /** The workbook's stored settings part could not be read: left out, naming the key. */
  readonly workbookSettingsIgnored: (key: string) => string;
  readonly settingsProblem: (file: string, problem: SettingsFileProblem) => string;
  readonly baselineProblem: (file: string, line: number) => string;
  readonly acceptedLabel: string;
  readonly reportIsInput: (file: string, input: string) => string;
  readonly reportNotOurs: (file: string) => string;
  readonly reportDenied: (file: string) => string;
  readonly reportLocked: (file: string) => string;
  readonly reportDiskFull: (file: string) => string;
  readonly inputDenied: (file: string) => string;
  /** The heading of a 部门 workbook's consolidation findings (issue 10): the workbook and the units it was compared with. */
  readonly consolidationHeading: (workbook: string, units: string) => string;
}

/** Why a settings file was refused (the key named; "" for the file as a whole). */
export interface SettingsFileProblem {
  readonly kind: "not-json" | "not-an-object" | "unknown-key" | "bad-value" | "unreadable";
  readonly key: string;
  readonly detail?: string;
}

const zhSeverity: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", info: "提示" };

const zh: CliStrings = {
  usage: [
    "用法：budget-check [选项] [文件.xlsx | 目录 | 通配符 ...]",
    "",
    "检查部门预算公开工作簿（.xlsx / .xlsm）。目录逐级检查其中的工作簿。不指定文件时检查内置示例工作簿。",
    "",
    "选项：",
    "  --format text|json|ndjson  输出格式：可读文本（默认）、JSON 报告，或每个文件一行 JSON（完成即输出）",
    "  --jobs N               同时检查的文件数（工作线程，默认为 CPU 核数）",
    "  --timeout 秒数         单个文件检查超过此时长即停止，列为无法检查（在工作线程中检查）",
    "  --fail-on warning      有警告时退出码也为 1",
    "  --config 文件.json     设置文件（默认从工作簿所在目录向上查找 budget-check.config.json）",
    "  --baseline 上次.ndjson  只显示与上次（--format ndjson 的输出）相比新出现或有变化的问题",
    "  --report 文件.xlsx|.json  另存报告文件（可重复）；.xlsx 含指向各单元格的链接",
    "  --report-dir 目录      每个工作簿各写一份报告（名称.budget-check.xlsx 和 .json）",
    "  --force                报告文件已存在且不是本程序写的报告时也覆盖（被检查的文件永不覆盖）",
    "  --catalog 文件.xlsx    使用财政部门下发的科目表（优先于内置科目）",
    "  --year 年度            预算年度（默认取自表头标题）",
    "  --lang zh|en           语言（默认 zh）",
    "  --max-cells N 等       读取上限（--max-file-mb、--max-unzipped-mb、--max-compression-ratio、--max-parts、",
    "                         --max-sheet-cells、--max-cells、--max-cell-chars），优先于设置文件；见 docs/cli.md",
    "  -h, --help             显示本说明",
    "  -V, --version          显示版本",
    "",
    "退出码：0 无错误；1 发现错误（--fail-on warning 时含警告）；2 有文件无法读取或参数有误。",
    "",
    "查询内置科目表：budget-check catalog 编码…（见 budget-check catalog --help）",
  ].join("\n"),
  engineFailed: (f, d) => `${f}：校验时出现内部错误（${d}），请报告此问题`,
  workerDied: (f, d) =>
    d.kind === "timeout"
      ? `${f}：检查超过 ${d.seconds} 秒仍未完成，已停止（可用 --timeout 放宽）`
      : d.kind === "out-of-memory"
        ? `${f}：检查时内存耗尽，已停止，其他文件不受影响，请报告此问题`
        : d.kind === "exit"
          ? `${f}：检查线程意外退出（退出码 ${d.code}），请报告此问题`
          : `${f}：检查线程出现内部错误（${d.detail}），请报告此问题`,
  argumentProblem: (p) =>
    p.kind === "unknown-option"
      ? `未知选项：${p.option}`
      : p.kind === "missing-value"
        ? `选项 ${p.option} 需要一个值`
        : `选项 ${p.option} 的值无效：${p.value}`,
  seeHelp: "运行 budget-check --help 查看用法。",
  checkingSample: (f) => `未指定文件，检查内置示例：${f}`,
  severity: { error: "错误", warning: "警告", info: "提示" },
  expected: "应为",
  actual: "实为",
  difference: "差额",
  bound: "尾差界限",
  stored: "存储值",
  refs: "相关",
  moreRefs: (n) => ` 等另 ${n} 处`,
  catalog: (year, source) => `科目表：${year ?? "年度未知"} ${source}`,
  tables: (n) => `识别的表：${n} 张`,
  counts: (c) => `错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  noFindings: "未发现问题。",
  unreadableLine: "无法读取",
  reportWritten: (f) => `报告已写入：${f}`,
  consolidationHeading: (w, u) => `${w}：部门预算与单位预算合并核对（${u}）`,
  catalogNote: (f, p) => `科目表 ${f}：${p}`,
  catalogMoreNotes: (n) => `科目表另有 ${n} 处问题未列出`,
  reportFailed: (f, d) => `${f}：报告无法写入（${d}）`,
  progress: (done, total, errors, elapsed, left) =>
    `${done}/${total} 个文件，${errors} 个有错误或无法读取，已用 ${elapsed}${left !== undefined ? `，约剩 ${left}` : ""}`,
  skipped: (line) => `已跳过 ${line}`,
  skippedLine: "已跳过",
  noWorkbooks: (p) => `${p}：没有找到 .xlsx / .xlsm 工作簿`,
  ruleNote: (rule, setting, source) =>
    setting === "off"
      ? `说明：规则 ${rule} 已由 ${source} 关闭`
      : `说明：规则 ${rule} 已由 ${source} 改为“${zhSeverity[setting]}”`,
  workbookSource: "工作簿中保存的设置",
  workbookSettingsIgnored: (key) => `说明：工作簿中保存的设置无法读取${key ? `（${key}）` : ""}，未采用`,
  settingsProblem: (f, p) =>
    p.kind === "unreadable"
      ? `${f}：设置文件无法读取`
      : p.kind === "not-json"
        ? `${f}：设置文件不是有效的 JSON（${p.detail ?? ""}）`
        : p.kind === "not-an-object"
          ? `${f}：设置文件应为一个 JSON 对象`
          : p.kind === "unknown-key"
            ? `${f}：设置文件中有未知的键 ${p.key}`
            : `${f}：设置文件中 ${p.key} 的值无效：${p.detail ?? ""}`,
  acceptedLabel: "已接受",
  baselineProblem: (f, n) =>
    n === 0 ? `${f}：基准文件无法读取` : `${f}：基准文件第 ${n} 行不是 JSON（应为 --format ndjson 的输出）`,
  batchTotals: (files, unreadable, skipped) =>
    `共 ${files} 个文件${unreadable > 0 ? `，其中 ${unreadable} 个无法读取` : ""}${skipped > 0 ? `；另跳过 ${skipped} 个非工作簿文件` : ""}`,
  reportIsInput: (f, i) =>
    f === i
      ? `${f}：这是被检查的文件，不能用作报告文件；请另选报告文件名`
      : `${f}：与被检查的文件 ${i} 是同一个文件，不能用作报告文件`,
  reportNotOurs: (f) => `${f}：文件已存在且不是本程序写的报告，未覆盖；请另选文件名，或加 --force 覆盖`,
  reportDenied: (f) => `${f}：没有写入权限，报告未写入`,
  reportLocked: (f) => `${f}：文件被占用（可能正在 Excel 中打开），报告未写入；关闭后重试`,
  reportDiskFull: (f) => `${f}：磁盘已满，报告未写入`,
  inputDenied: (f) => `${f}：没有读取权限，未检查`,
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const en: CliStrings = {
  usage: [
    "Usage: budget-check [options] [FILE.xlsx | FOLDER | GLOB ...]",
    "",
    "Checks department budget disclosure workbooks (.xlsx / .xlsm); a folder is searched to any depth.",
    "With no file it checks the bundled sample.",
    "",
    "Options:",
    "  --format text|json|ndjson  output: readable text (default), the JSON report, or one JSON line per file",
    "  --jobs N                 files checked at once (worker threads; default: the number of cores)",
    "  --timeout SECONDS        stop a file still being checked after this long; it is listed as unreadable",
    "  --fail-on warning        warnings make the exit status 1 too",
    "  --config FILE.json       settings file (default: budget-check.config.json found upward from each workbook)",
    "  --baseline OLD.ndjson    show only findings new or changed since that run (its --format ndjson output)",
    "  --report FILE.xlsx|.json  also write a report file (repeatable); the .xlsx links to each cell",
    "  --report-dir DIR         one report per workbook (NAME.budget-check.xlsx and .json)",
    "  --force                  replace an existing report file even if budget-check did not write it (never an input)",
    "  --catalog FILE.xlsx      use the classification catalog issued by your finance bureau",
    "  --year YEAR              budget year (default: from the table titles)",
    "  --lang zh|en             language (default zh)",
    "  --max-cells N, …         read limits (--max-file-mb, --max-unzipped-mb, --max-compression-ratio, --max-parts,",
    "                           --max-sheet-cells, --max-cells, --max-cell-chars), over the settings file; see docs/cli.md",
    "  -h, --help               show this help",
    "  -V, --version            show the version",
    "",
    "Exit status: 0 no errors; 1 errors found (or warnings, with --fail-on warning); 2 a file could not be read",
    "or an argument is wrong.",
    "",
    "Look up the bundled catalog: budget-check catalog CODE… (see budget-check catalog --help)",
  ].join("\n"),
  engineFailed: (f, d) => `${f}: internal error while checking (${d}); please report it`,
  workerDied: (f, d) =>
    d.kind === "timeout"
      ? `${f}: still being checked after ${d.seconds} s, stopped (raise it with --timeout)`
      : d.kind === "out-of-memory"
        ? `${f}: ran out of memory while being checked, stopped (the other files are not affected); please report it`
        : d.kind === "exit"
          ? `${f}: the checking thread exited unexpectedly (exit code ${d.code}); please report it`
          : `${f}: internal error in the checking thread (${d.detail}); please report it`,
  argumentProblem: (p) =>
    p.kind === "unknown-option"
      ? `unknown option: ${p.option}`
      : p.kind === "missing-value"
        ? `option ${p.option} needs a value`
        : `invalid value for ${p.option}: ${p.value}`,
  seeHelp: "Run budget-check --help for usage.",
  checkingSample: (f) => `No file given; checking the bundled sample: ${f}`,
  severity: { error: "error", warning: "warning", info: "info" },
  expected: "expected",
  actual: "actual",
  difference: "difference",
  bound: "rounding bound",
  stored: "stored",
  refs: "see",
  moreRefs: (n) => ` and ${n} more`,
  catalog: (year, source) => `Catalog: ${year ?? "year unknown"} ${englishCatalogSource(source)}`,
  tables: (n) => `Tables recognised: ${n}`,
  counts: (c) => `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`,
  noFindings: "No findings.",
  unreadableLine: "could not be read",
  reportWritten: (f) => `Report written: ${f}`,
  consolidationHeading: (w, u) => `${w}: the department budget against its units' budgets (${u})`,
  catalogNote: (f, p) => `catalog ${f}: ${p}`,
  catalogMoreNotes: (n) => `catalog: ${n} more problems not listed`,
  reportFailed: (f, d) => `${f}: the report could not be written (${d})`,
  progress: (done, total, errors, elapsed, left) =>
    `${done}/${total} files, ${errors} with errors or unreadable, ${elapsed} elapsed${left !== undefined ? `, about ${left} left` : ""}`,
  skipped: (line) => `skipped ${line}`,
  skippedLine: "skipped",
  noWorkbooks: (p) => `${p}: no .xlsx / .xlsm workbook found`,
  ruleNote: (rule, setting, source) =>
    setting === "off"
      ? `note: rule ${rule} turned off by ${source}`
      : `note: rule ${rule} reported as ${setting} by ${source}`,
  workbookSource: "the settings stored in the workbook",
  workbookSettingsIgnored: (key) =>
    `note: the settings stored in the workbook could not be read${key ? ` (${key})` : ""} and were not used`,
  settingsProblem: (f, p) =>
    p.kind === "unreadable"
      ? `${f}: the settings file could not be read`
      : p.kind === "not-json"
        ? `${f}: the settings file is not valid JSON (${p.detail ?? ""})`
        : p.kind === "not-an-object"
          ? `${f}: the settings file must hold one JSON object`
          : p.kind === "unknown-key"
            ? `${f}: unknown key in the settings file: ${p.key}`
            : `${f}: invalid value for ${p.key} in the settings file: ${p.detail ?? ""}`,
  acceptedLabel: "accepted",
  baselineProblem: (f, n) =>
    n === 0
      ? `${f}: the baseline could not be read`
      : `${f}: line ${n} of the baseline is not JSON (--format ndjson output expected)`,
  batchTotals: (files, unreadable, skipped) =>
    `${files} files${unreadable > 0 ? `, ${unreadable} could not be read` : ""}${skipped > 0 ? `; ${skipped} other files skipped` : ""}`,
  reportIsInput: (f, i) =>
    f === i
      ? `${f}: this is a file being checked; it cannot be the report; choose another report name`
      : `${f}: the same file as ${i}, which is being checked; it cannot be the report`,
  reportNotOurs: (f) =>
    `${f}: exists and is not a report written by budget-check; not replaced (choose another name, or --force)`,
  reportDenied: (f) => `${f}: permission denied; the report was not written`,
  reportLocked: (f) => `${f}: the file is locked (open in Excel?); the report was not written; close it and retry`,
  reportDiskFull: (f) => `${f}: the disk is full; the report was not written`,
  inputDenied: (f) => `${f}: permission denied; not checked`,
};

export const CLI_STRINGS: Readonly<Record<Language, CliStrings>> = { zh, en };

/** One line for a file that could not be read (the browser mode shows the same sentence) or checked. */
export function readProblemLine(problem: ReadProblem | EngineFailure | InputDenied, language: Language): string {
  const s = CLI_STRINGS[language];
  if (problem.kind === "input-denied") return s.inputDenied(problem.file);
  return problem.kind === "engine-failed"
    ? s.engineFailed(problem.file, problem.detail)
    : readProblemSentence(problem, language);
}

/** One line for a report path that may not be written (an input, or a file that is not ours). */
export function outputProblemLine(problem: OutputProblem, language: Language): string {
  const s = CLI_STRINGS[language];
  return problem.kind === "is-input" ? s.reportIsInput(problem.target, problem.input) : s.reportNotOurs(problem.target);
}

/** One line for a report that could not be written: permission, lock and a full disk each say so plainly. */
export function writeFailureLine(target: string, error: unknown, language: Language): string {
  const s = CLI_STRINGS[language];
  switch (writeFailureKind(error)) {
    case "denied":
      return s.reportDenied(target);
    case "locked":
      return s.reportLocked(target);
    case "disk-full":
      return s.reportDiskFull(target);
    case "other":
      return s.reportFailed(target, firstLine(error));
  }
}
