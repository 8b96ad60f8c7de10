/**
 * A 类/款/项 path the words before a figure name ("一般公共服务支出(类)商贸事务(款)行政运行(项)",
 * "“一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行”科目", "住房公积金(01项)", "2210201 住房公积金"): the
 * names from the 类 down, and what the text says of the code. Read from normalised text (half-width brackets).
 */

export type LineLevel = "类" | "款" | "项";

export interface LinePath {
  /** Names from the top level the text gives down to the level it names (1–3 of them). */
  readonly names: readonly string[];
  /** The level of each name (from its marker, or by position from 类 down in a dashed path). */
  readonly levels: readonly LineLevel[];
  /** The level of the last name. */
  readonly level: LineLevel;
  /** A full code the text prints (3, 5 or 7 digits), or the digits printed in the marker ("01项" → "01"). */
  readonly code?: string;
  readonly codeIsSuffix?: boolean;
  /** The path as written, for messages. */
  readonly text: string;
}

const MARKER = /\((\d{0,4})\s*(类|款|项)\)/g;
/** Characters that end a name on its left: quotes, punctuation, list numbering. */
const NAME_START = /^.*[“”"'‘’「」『』,，:：;；。、]|^\s*\d+[.、．)]\s*/;
const DASH = /\s*[-－—–‐‑―]\s*/;
/** A quoted path of 2 or 3 names joined by dashes, optionally followed by 科目. */
const QUOTED_DASHED = /[“"「『]([^“”"「」『』]+?)[”"」』]\s*(科目|项目)?\s*$/;
const BARE_DASHED = /([^\s“”"，,:：;；。、]+(?:[-－—–‐‑―][^\s“”"，,:：;；。、-]+){1,2})\s*(科目)?\s*[为是:：]?\s*$/;
const CJK = /[\u4e00-\u9fff]/;
/** What may stand between a path and its figure: "”科目", "”2025年预算安排为", "(项)支出". */
const PATH_TAIL =
  /^[\s”"」』]*(科目|项目)?[\s,，]*(\d{4}\s*年度?)?(当年)?(支出|资金)?(预算安排|预算数|预算|安排)?(数|资金)?[\s为是:：]*$/;
/** Words that show a path is meant even where it cannot be read: a 款/项 marker, a quoted dashed name. */
const LOOKS_LIKE_PATH = /\(\d{0,4}\s*(款|项)\)|[“"「『][^”"」』]*[-－—–‐‑―][^”"」』]*[”"」』]/;
const CODE = /(?<!\d)(2\d{2}(?:\d{2}){0,2})(?!\d)/g;

const LEVELS: readonly LineLevel[] = ["类", "款", "项"];

/** The path a label ends with, undefined when it names none (a 类 alone with "(类)" is left to the class lines). */
export function findLinePath(label: string): LinePath | undefined {
  return markedPath(label) ?? dashedPath(label) ?? codedPath(label);
}

function markedPath(label: string): LinePath | undefined {
  const marks = [...label.matchAll(MARKER)];
  if (marks.length === 0) return undefined;
  const names: string[] = [];
  const levels: LineLevel[] = [];
  let from = 0;
  let digits = "";
  let level: LineLevel = "类";
  for (const m of marks) {
    const name = cleanName(label.slice(from, m.index), names.length === 0);
    if (name === "") return undefined;
    names.push(name);
    digits = m[1] ?? "";
    level = m[2] as LineLevel;
    levels.push(level);
    from = m.index + m[0].length;
  }
  // "X(类)" alone, or a path ending in 类, is a class line (class-names.ts), not a row path.
  if (level === "类") return undefined;
  // What stands between the last marker and the figure must not be another name ("…(项)”科目").
  if (!PATH_TAIL.test(label.slice(from))) return undefined;
  const start = label.lastIndexOf(names[0]!, marks[0]!.index);
  if (new Set(levels).size !== levels.length) return undefined; // two paths in one label
  return {
    names,
    levels,
    level,
    ...(digits !== "" && { code: digits, codeIsSuffix: digits.length < 3 }),
    text: label.slice(Math.max(0, start), from),
  };
}

function dashedPath(label: string): LinePath | undefined {
  const quoted = QUOTED_DASHED.exec(label);
  const body = quoted?.[1] ?? BARE_DASHED.exec(label)?.[1];
  if (body === undefined) return undefined;
  const names = body.split(DASH).map((n) => cleanName(n, false));
  if (names.length < 2 || names.length > 3 || names.some((n) => !CJK.test(n))) return undefined;
  const levels = LEVELS.slice(0, names.length);
  return { names, levels, level: levels[levels.length - 1]!, text: body };
}

/** "2010301 行政运行", "[2210201]住房公积金": a printed code right before the figure's words. */
function codedPath(label: string): LinePath | undefined {
  const codes = [...label.matchAll(CODE)].filter((m) => !/^\s*年/.test(label.slice(m.index + m[0].length)));
  const last = codes[codes.length - 1];
  if (!last || last[1]!.length === 3) return undefined;
  const after = cleanName(label.slice(last.index + last[0].length).replace(/^[\]】)\s]+/, ""), false);
  const code = last[1]!;
  if (!/[\u4e00-\u9fff]/.test(after)) return undefined; // a bare number is not a code
  const level: LineLevel = code.length === 5 ? "款" : "项";
  return {
    names: [after],
    levels: [level],
    level,
    code,
    text: label.slice(last.index).trim(),
  };
}

/** The label shows a path (a 款/项 marker, a quoted dashed name) even where none could be read from it. */
export function looksLikePath(label: string): boolean {
  return LOOKS_LIKE_PATH.test(label);
}

/** A name without what precedes it in the sentence (numbering, quotes) and without trailing 科目. */
function cleanName(raw: string, first: boolean): string {
  let name = raw;
  if (first) name = name.replace(NAME_START, "").replace(/^\s*(其中|包括|主要是|分别为|分别是)/, "");
  return name
    .replace(/[\s“”"'‘’「」『』]/g, "")
    .replace(/(科目|项目)$/, "")
    .trim();
}

/** Names as compared with table labels: no spaces, quotes or brackets; 支出 at the end optional. */
export function nameKey(name: string): string {
  return name.replace(/[\s“”"'‘’「」『』()（）[\]【】]/g, "").replace(/支出$/, "");
}
