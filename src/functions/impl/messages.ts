/** The sentences of the worksheet functions' errors, Chinese then English, in one place. */
import type { AmountFailure, CodeProblem } from "../../core";

const both = (zh: string, en: string): string => `${zh} / ${en}`;

const AMOUNT_REASON: Readonly<Record<AmountFailure | "percent" | "array" | "shape", readonly [string, string]>> = {
  label: ["是文字", "is a label"],
  malformed: ["不是有效数字", "is not a valid number"],
  boolean: ["是逻辑值", "is TRUE/FALSE"],
  "error-value": ["是错误值", "is an error value"],
  "not-finite": ["不是有限数字", "is not a finite number"],
  percent: ["是百分比，不是金额", "is a percentage, not an amount"],
  array: ["应为单个单元格", "must be a single cell"],
  shape: ["不是单元格中能有的值", "is not a value a cell can hold"],
};

const CODE_REASON: Readonly<Record<CodeProblem, readonly [string, string]>> = {
  empty: ["为空", "is empty"],
  "not-a-code": ["不是编码", "is not a code"],
  "not-integer": ["不是整数", "is not a whole number"],
  "wrong-length": ["位数不对", "has the wrong number of digits"],
  "stray-characters": ["含多余字符", "has stray characters"],
  "ambiguous-grouping": ["分段不在类/款/项边界", "is split off the 类/款/项 boundaries"],
  "missing-part": ["缺少款", "misses the 款"],
  "zero-part": ["有一段为 0", "has a part that is 0"],
  "unknown-kind": ["首位不是 2、3 或 5", "does not start with 2, 3 or 5"],
};

export const MESSAGES = {
  notAmount: (arg: string, input: string, reason: keyof typeof AMOUNT_REASON) =>
    both(`${arg}「${input}」${AMOUNT_REASON[reason][0]}`, `${arg} "${input}" ${AMOUNT_REASON[reason][1]}`),
  cellNotAmount: (row: number, column: number, input: string, reason: keyof typeof AMOUNT_REASON, area?: number) =>
    both(
      `${area === undefined ? "" : `第 ${area} 个`}区域第 ${row} 行第 ${column} 列「${input}」${AMOUNT_REASON[reason][0]}`,
      `range ${area === undefined ? "" : `${area} `}row ${row}, column ${column} "${input}" ${AMOUNT_REASON[reason][1]}`,
    ),
  unitDiffers: (row: number, column: number, input: string, others: string | undefined, area?: number) =>
    both(
      `${area === undefined ? "" : `第 ${area} 个`}区域第 ${row} 行第 ${column} 列「${input}」的单位与其他金额（${others ?? "未注单位"}）不同`,
      `range ${area === undefined ? "" : `${area} `}row ${row}, column ${column} "${input}" is in another unit than the other amounts (${others ?? "no unit"})`,
    ),
  notRange: (arg: string) => both(`${arg} 应为单元格区域`, `${arg} must be a range of cells`),
  notFinite: both("结果超出 Excel 能表示的数值范围", "the result is beyond the numbers Excel can hold"),
  wrongUnit: (arg: string, input: string, unit: string) =>
    both(`${arg}「${input}」的单位不是${unit}`, `${arg} "${input}" is not in ${unit}`),
  mixedUnits: (row: number, column: number) =>
    both(
      `区域第 ${row} 行第 ${column} 列的单位与前面不同（元/万元）`,
      `range row ${row}, column ${column} is in another unit (元/万元)`,
    ),
  wholeNumber: (arg: string, min: number, max: number) =>
    both(`${arg} 须为 ${min}–${max} 的整数`, `${arg} must be a whole number ${min}–${max}`),
  totalZero: both("总数为 0", "total is 0"),
  partsZero: both("各项之和为 0", "the parts sum to 0"),
  negativePart: (index: number) => both(`第 ${index} 项为负数，无法分配占比`, `part ${index} is negative`),
  negativeBasis: both("上年数为负，增减率无意义", "last year is negative: no meaningful rate"),
  unit: both('unit 须为 "元" 或 "万元"', 'unit must be "元" or "万元"'),
  tooLarge: both(
    "金额超出大写范围（须小于 1 亿亿元）",
    "amount too large for capital numerals (must be below 10^16 元)",
  ),
  badCode: (input: string, reason: CodeProblem) =>
    both(`编码「${input}」${CODE_REASON[reason][0]}`, `code "${input}" ${CODE_REASON[reason][1]}`),
  notInCatalog: (code: string, catalog: string) => both(`${catalog}中没有 ${code}`, `${code} is not in ${catalog}`),
  cannotVerify: (code: string, catalog: string) =>
    both(
      `${catalog}未完整收录该分支，无法判断 ${code}`,
      `${catalog} does not list the whole branch: cannot tell about ${code}`,
    ),
  notEconDept: (code: string) => both(`${code} 不是部门预算经济分类编码`, `${code} is not a department economic code`),
  noMapping: (code: string, unitType: string, catalog: string) =>
    both(`${catalog}中没有 ${code}（${unitType}）的对照`, `${catalog} has no mapping for ${code} (${unitType})`),
  unitType: both('单位类型须为 "机关" 或 "事业单位"', 'unit type must be "机关" or "事业单位"'),
} as const;
