/** The command line's own sentences (usage, read problems, headings). Rule sentences live in src/core/messages. */
import type { Severity } from "../core/findings/finding";
import type { Language } from "../core/messages/types";
import type { ReadProblem } from "../host/xlsx/read-problem";
import { readProblemSentence } from "../host/xlsx/read-problem-text";
import type { ArgumentProblem } from "./args";
import type { EngineFailure } from "./check-file";

export interface CliStrings {
  readonly usage: string;
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
    "  --catalog 文件.xlsx    使用财政部门下发的科目表（优先于内置科目）",
    "  --year 年度            预算年度（默认取自表头标题）",
    "  --lang zh|en           语言（默认 zh）",
    "  --max-cells N 等       读取上限（--max-unzipped-mb、--max-compression-ratio、--max-parts、",
    "                         --max-sheet-cells、--max-cells、--max-cell-chars），见 docs/cli.md",
    "  -h, --help             显示本说明",
    "  -V, --version          显示版本",
    "",
    "退出码：0 无错误；1 发现错误；2 有文件无法读取或参数有误。",
  ].join("\n"),
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
    "  --catalog FILE.xlsx      use the classification catalog issued by your finance bureau",
    "  --year YEAR              budget year (default: from the table titles)",
    "  --lang zh|en             language (default zh)",
    "  --max-cells N, …         read limits (--max-unzipped-mb, --max-compression-ratio, --max-parts,",
    "                           --max-sheet-cells, --max-cells, --max-cell-chars); see docs/cli.md",
    "  -h, --help               show this help",
    "  -V, --version            show the version",
    "",
    "Exit status: 0 no errors; 1 errors found; 2 a file could not be read or an argument is wrong.",
  ].join("\n"),
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
};

export const CLI_STRINGS: Readonly<Record<Language, CliStrings>> = { zh, en };

/** One line for a file that could not be read (the browser mode shows the same sentence) or checked. */
export function readProblemLine(problem: ReadProblem | EngineFailure, language: Language): string {
  const s = CLI_STRINGS[language];
  return problem.kind === "engine-failed"
    ? s.engineFailed(problem.file, problem.detail)
    : readProblemSentence(problem, language);
}
