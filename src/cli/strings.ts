/** The command line's own sentences (usage, read problems, headings). Rule sentences live in src/core/messages. */
import type { Severity } from "../core/findings/finding";
import type { Language } from "../core/messages/types";
import type { ReadProblem, ReadProblemKind } from "../host/xlsx/read-problem";
import type { ArgumentProblem } from "./args";
import type { EngineFailure, InputDenied } from "./check-file";
import { firstLine } from "./first-line";
import { writeFailureKind, type OutputProblem } from "./output-safety";

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
  readonly reportIsInput: (file: string, input: string) => string;
  readonly reportNotOurs: (file: string) => string;
  readonly reportDenied: (file: string) => string;
  readonly reportLocked: (file: string) => string;
  readonly reportDiskFull: (file: string) => string;
  readonly inputDenied: (file: string) => string;
}

const zh: CliStrings = {
  usage: [
    "用法：budget-check [选项] [文件.xlsx ...]",
    "",
    "检查部门预算公开工作簿（.xlsx / .xlsm）。不指定文件时检查内置示例工作簿。",
    "",
    "选项：",
    "  --format text|json     输出格式：可读文本（默认）或 JSON 报告",
    "  --report 文件.xlsx|.json  另存报告文件（可重复）；.xlsx 含指向各单元格的链接",
    "  --report-dir 目录      每个工作簿各写一份报告（名称.budget-check.xlsx 和 .json）",
    "  --force                报告文件已存在且不是本程序写的报告时也覆盖（被检查的文件永不覆盖）",
    "  --catalog 文件.xlsx    使用财政部门下发的科目表（优先于内置科目）",
    "  --year 年度            预算年度（默认取自表头标题）",
    "  --lang zh|en           语言（默认 zh）",
    "  -h, --help             显示本说明",
    "  -V, --version          显示版本",
    "",
    "退出码：0 无错误；1 发现错误；2 有文件无法读取或参数有误。",
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
    "Usage: budget-check [options] [FILE.xlsx ...]",
    "",
    "Checks department budget disclosure workbooks (.xlsx / .xlsm). With no file it checks the bundled sample.",
    "",
    "Options:",
    "  --format text|json       output: readable text (default) or the JSON report",
    "  --report FILE.xlsx|.json  also write a report file (repeatable); the .xlsx links to each cell",
    "  --report-dir DIR         one report per workbook (NAME.budget-check.xlsx and .json)",
    "  --force                  replace an existing report file even if budget-check did not write it (never an input)",
    "  --catalog FILE.xlsx      use the classification catalog issued by your finance bureau",
    "  --year YEAR              budget year (default: from the table titles)",
    "  --lang zh|en             language (default zh)",
    "  -h, --help               show this help",
    "  -V, --version            show the version",
    "",
    "Exit status: 0 no errors; 1 errors found; 2 a file could not be read or an argument is wrong.",
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
  catalog: (year, source) => `Catalog: ${year ?? "year unknown"} ${source}`,
  tables: (n) => `Tables recognised: ${n}`,
  counts: (c) => `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`,
  noFindings: "No findings.",
  batchSummary: (files, unreadable) => `${files} files${unreadable > 0 ? `, ${unreadable} could not be read` : ""}`,
  unreadableLine: "could not be read",
  reportWritten: (f) => `Report written: ${f}`,
  catalogNote: (f, p) => `catalog ${f}: ${p}`,
  catalogMoreNotes: (n) => `catalog: ${n} more problems not listed`,
  reportFailed: (f, d) => `${f}: the report could not be written (${d})`,
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

/** One line for a file that could not be read or checked. */
export function readProblemLine(problem: ReadProblem | EngineFailure | InputDenied, language: Language): string {
  const s = CLI_STRINGS[language];
  if (problem.kind === "input-denied") return s.inputDenied(problem.file);
  return problem.kind === "engine-failed"
    ? s.engineFailed(problem.file, problem.detail)
    : s.readProblem[problem.kind](problem.file);
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
