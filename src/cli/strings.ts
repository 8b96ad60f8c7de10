/** The command line's own sentences (usage, read problems, headings). Rule sentences live in src/core/messages. */
import type { Severity, Language } from "../core";
import type { ReadProblem, ReadProblemKind } from "../host/xlsx/read-problem";
import type { ArgumentProblem } from "./args";
import { englishCatalogSource } from "./catalog-source";
import type { EngineFailure } from "./check-file";

export interface CliStrings {
  readonly usage: string;
  readonly readProblem: Readonly<Record<ReadProblemKind, (file: string) => string>>;
  readonly engineFailed: (file: string, detail: string) => string;
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
  readonly batchSummary: (files: number, unreadable: number) => string;
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
  readonly tooLarge: (file: string, limitMB: number) => string;
  readonly baselineProblem: (file: string, line: number) => string;
  readonly acceptedLabel: string;
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
    "  --fail-on warning      有警告时退出码也为 1",
    "  --config 文件.json     设置文件（默认从工作簿所在目录向上查找 budget-check.config.json）",
    "  --baseline 上次.ndjson  只显示与上次（--format ndjson 的输出）相比新出现或有变化的问题",
    "  --report 文件.xlsx|.json  另存报告文件（可重复）；.xlsx 含指向各单元格的链接",
    "  --report-dir 目录      每个工作簿各写一份报告（名称.budget-check.xlsx 和 .json）",
    "  --catalog 文件.xlsx    使用财政部门下发的科目表（优先于内置科目）",
    "  --year 年度            预算年度（默认取自表头标题）",
    "  --lang zh|en           语言（默认 zh）",
    "  -h, --help             显示本说明",
    "  -V, --version          显示版本",
    "",
    "退出码：0 无错误；1 发现错误（--fail-on warning 时含警告）；2 有文件无法读取或参数有误。",
    "",
    "查询内置科目表：budget-check catalog 编码…（见 budget-check catalog --help）",
  ].join("\n"),
  readProblem: {
    missing: (f) => `${f}：文件不存在`,
    "not-a-file": (f) => `${f}：不是文件`,
    "legacy-workbook": (f) => `${f}：不支持 .xls / .et 等旧格式，请另存为 .xlsx`,
    pdf: (f) => `${f}：这是 PDF，不是工作簿；请使用原始 Excel 文件（另存为 .xlsx）`,
    encrypted: (f) => `${f}：工作簿有密码保护，请在 Excel 中取消密码后另存为 .xlsx`,
    corrupt: (f) => `${f}：文件已损坏或不是有效的 .xlsx，请在 Excel 中打开后另存为 .xlsx`,
    unsupported: (f) => `${f}：只能读取 .xlsx 和 .xlsm，请另存为 .xlsx`,
  },
  engineFailed: (f, d) => `${f}：校验时出现内部错误（${d}），请报告此问题`,
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
  batchSummary: (files, unreadable) => `共 ${files} 个文件${unreadable > 0 ? `，其中 ${unreadable} 个无法读取` : ""}`,
  unreadableLine: "无法读取",
  reportWritten: (f) => `报告已写入：${f}`,
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
  tooLarge: (f, mb) => `${f}：文件大于设置的上限 ${mb} MB，未读取`,
  acceptedLabel: "已接受",
  baselineProblem: (f, n) =>
    n === 0 ? `${f}：基准文件无法读取` : `${f}：基准文件第 ${n} 行不是 JSON（应为 --format ndjson 的输出）`,
  batchTotals: (files, unreadable, skipped) =>
    `共 ${files} 个文件${unreadable > 0 ? `，其中 ${unreadable} 个无法读取` : ""}${skipped > 0 ? `；另跳过 ${skipped} 个非工作簿文件` : ""}`,
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
    "  --fail-on warning        warnings make the exit status 1 too",
    "  --config FILE.json       settings file (default: budget-check.config.json found upward from each workbook)",
    "  --baseline OLD.ndjson    show only findings new or changed since that run (its --format ndjson output)",
    "  --report FILE.xlsx|.json  also write a report file (repeatable); the .xlsx links to each cell",
    "  --report-dir DIR         one report per workbook (NAME.budget-check.xlsx and .json)",
    "  --catalog FILE.xlsx      use the classification catalog issued by your finance bureau",
    "  --year YEAR              budget year (default: from the table titles)",
    "  --lang zh|en             language (default zh)",
    "  -h, --help               show this help",
    "  -V, --version            show the version",
    "",
    "Exit status: 0 no errors; 1 errors found (or warnings, with --fail-on warning); 2 a file could not be read",
    "or an argument is wrong.",
    "",
    "Look up the bundled catalog: budget-check catalog CODE… (see budget-check catalog --help)",
  ].join("\n"),
  readProblem: {
    missing: (f) => `${f}: no such file`,
    "not-a-file": (f) => `${f}: not a file`,
    "legacy-workbook": (f) => `${f}: .xls / .et workbooks are not supported; save as .xlsx`,
    pdf: (f) => `${f}: this is a PDF, not a workbook; use the original Excel file (save as .xlsx)`,
    encrypted: (f) => `${f}: the workbook is password-protected; remove the password in Excel and save as .xlsx`,
    corrupt: (f) => `${f}: damaged or not a valid .xlsx; open it in Excel and save as .xlsx`,
    unsupported: (f) => `${f}: only .xlsx and .xlsm can be read; save as .xlsx`,
  },
  engineFailed: (f, d) => `${f}: internal error while checking (${d}); please report it`,
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
  batchSummary: (files, unreadable) => `${files} files${unreadable > 0 ? `, ${unreadable} could not be read` : ""}`,
  unreadableLine: "could not be read",
  reportWritten: (f) => `Report written: ${f}`,
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
  tooLarge: (f, mb) => `${f}: larger than the ${mb} MB limit of the settings; not read`,
  acceptedLabel: "accepted",
  baselineProblem: (f, n) =>
    n === 0
      ? `${f}: the baseline could not be read`
      : `${f}: line ${n} of the baseline is not JSON (--format ndjson output expected)`,
  batchTotals: (files, unreadable, skipped) =>
    `${files} files${unreadable > 0 ? `, ${unreadable} could not be read` : ""}${skipped > 0 ? `; ${skipped} other files skipped` : ""}`,
};

export const CLI_STRINGS: Readonly<Record<Language, CliStrings>> = { zh, en };

/** One line for a file that could not be read or checked. */
export function readProblemLine(problem: ReadProblem | EngineFailure, language: Language): string {
  const s = CLI_STRINGS[language];
  return problem.kind === "engine-failed"
    ? s.engineFailed(problem.file, problem.detail)
    : s.readProblem[problem.kind](problem.file);
}
