/**
 * The one line a user reads when a file could not be read: the same sentence from the command line and in the
 * browser mode, in either language. A limit names itself, its value and the command-line flag that raises it.
 */
import type { Language } from "../../core";
import type { ReadProblem, ReadProblemKind } from "./read-problem";
import { LIMIT_FLAGS, limitForDisplay, type LimitName } from "./reader/limits";

type LimitProblem = Extract<ReadProblem, { kind: "limit" }>;

interface ReadProblemText {
  readonly sentence: Readonly<Record<Exclude<ReadProblemKind, "limit">, (file: string) => string>>;
  readonly limitNames: Readonly<Record<LimitName, string>>;
  readonly limit: (file: string, what: string, allowed: string, flag: string) => string;
}

const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });

const TEXT: Readonly<Record<Language, ReadProblemText>> = {
  zh: {
    sentence: {
      missing: (f) => `${f}：文件不存在`,
      "not-a-file": (f) => `${f}：不是文件`,
      "legacy-workbook": (f) => `${f}：不支持 .xls / .et 等旧格式，请另存为 .xlsx`,
      pdf: (f) => `${f}：这是 PDF，不是工作簿；请使用原始 Excel 文件（另存为 .xlsx）`,
      encrypted: (f) => `${f}：工作簿有密码保护，请在 Excel 中取消密码后另存为 .xlsx`,
      corrupt: (f) => `${f}：文件已损坏或不是有效的 .xlsx，请在 Excel 中打开后另存为 .xlsx`,
      unsupported: (f) => `${f}：只能读取 .xlsx 和 .xlsm，请另存为 .xlsx`,
    },
    limitNames: {
      "file-size": "文件大小（MB）",
      "unzipped-size": "解压后总大小（MB）",
      "compression-ratio": "单个部件的压缩比",
      parts: "压缩包内文件数",
      "sheet-cells": "单张工作表的单元格数",
      "workbook-cells": "整个工作簿的单元格数",
      "cell-chars": "单元格字符数",
    },
    limit: (f, what, allowed, flag) =>
      `${f}：超出读取上限：${what}不得超过 ${allowed}（可能是异常或恶意构造的文件）；确需检查时，可用命令行选项 ${flag} 提高上限`,
  },
  en: {
    sentence: {
      missing: (f) => `${f}: no such file`,
      "not-a-file": (f) => `${f}: not a file`,
      "legacy-workbook": (f) => `${f}: .xls / .et workbooks are not supported; save as .xlsx`,
      pdf: (f) => `${f}: this is a PDF, not a workbook; use the original Excel file (save as .xlsx)`,
      encrypted: (f) => `${f}: the workbook is password-protected; remove the password in Excel and save as .xlsx`,
      corrupt: (f) => `${f}: damaged or not a valid .xlsx; open it in Excel and save as .xlsx`,
      unsupported: (f) => `${f}: only .xlsx and .xlsm can be read; save as .xlsx`,
    },
    limitNames: {
      "file-size": "the file size in MB",
      "unzipped-size": "the total unzipped size in MB",
      "compression-ratio": "the compression ratio of a part",
      parts: "the number of files inside the zip",
      "sheet-cells": "the cells of one sheet",
      "workbook-cells": "the cells of the workbook",
      "cell-chars": "the characters of one cell",
    },
    limit: (f, what, allowed, flag) =>
      `${f}: over the read limit for ${what} (at most ${allowed}; the file may be damaged or crafted); to check it anyway, raise the limit with the command-line option ${flag}`,
  },
};

function limitSentence(problem: LimitProblem, language: Language): string {
  const text = TEXT[language];
  const allowed = grouped(limitForDisplay(problem.limit, problem.allowed));
  return text.limit(problem.file, text.limitNames[problem.limit], allowed, LIMIT_FLAGS[problem.limit]);
}

/** The sentence for a file that could not be read. */
export function readProblemSentence(problem: ReadProblem, language: Language): string {
  return problem.kind === "limit"
    ? limitSentence(problem, language)
    : TEXT[language].sentence[problem.kind](problem.file);
}
