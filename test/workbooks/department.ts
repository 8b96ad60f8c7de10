/**
 * The department whose budget the test workbooks publish, defined here by hand (amounts in whole 元, so the 万元
 * copies are exact to 0.01). Every total in the workbooks is summed from these lines by the generator — the engine
 * is never asked.
 *
 * Check of the totals by hand:
 *   basic = 工资福利 4,274,600 + 商品和服务 812,400 + 对个人和家庭的补助 386,700 = 5,473,700
 *   general-budget projects = 1,205,300 + 2,480,000 = 3,685,300; general total = 9,159,000
 *   government-fund project 500,000; total = 9,659,000
 */

export type Fund = "general" | "gov-fund";

/** A 项 line of the functional classification with its split into basic and project spending. */
export interface FunctionLine {
  readonly code: string; // 7 digits
  readonly name: string;
  readonly fund: Fund;
  /** 工资福利支出 (301) */
  readonly wages: number;
  /** 对个人和家庭的补助 (303) */
  readonly individuals: number;
  /** 商品和服务支出 (302) */
  readonly goods: number;
  /** 其他运转类 project */
  readonly projectRunning: number;
  /** 特定目标类 project */
  readonly projectTargeted: number;
}

export const CLASS_NAMES: Readonly<Record<string, string>> = {
  "201": "一般公共服务支出",
  "20106": "财政事务",
  "208": "社会保障和就业支出",
  "20805": "行政事业单位养老支出",
  "210": "卫生健康支出",
  "21011": "行政事业单位医疗",
  "221": "住房保障支出",
  "22102": "住房改革支出",
  "229": "其他支出",
  "22960": "彩票公益金安排的支出",
};

const line = (code: string, name: string, parts: Partial<Omit<FunctionLine, "code" | "name">>): FunctionLine => ({
  code,
  name,
  fund: "general",
  wages: 0,
  individuals: 0,
  goods: 0,
  projectRunning: 0,
  projectTargeted: 0,
  ...parts,
});

export const LINES: readonly FunctionLine[] = [
  line("2010601", "行政运行", { wages: 3_256_000, goods: 812_400 }),
  line("2010602", "一般行政管理事务", { projectRunning: 1_205_300 }),
  line("2010607", "信息化建设", { projectTargeted: 2_480_000 }),
  line("2080501", "行政单位离退休", { individuals: 386_700 }),
  line("2080505", "机关事业单位基本养老保险缴费支出", { wages: 452_800 }),
  line("2101101", "行政单位医疗", { wages: 198_600 }),
  line("2210201", "住房公积金", { wages: 367_200 }),
  line("2296006", "用于残疾人事业的彩票公益金支出", { fund: "gov-fund", projectTargeted: 500_000 }),
];

/** 部门预算支出经济分类 of the basic spending (all from the general budget): [code, name, personnel, public]. */
export const ECON_LINES: readonly (readonly [string, string, number, number])[] = [
  ["30101", "基本工资", 1_200_000, 0],
  ["30102", "津贴补贴", 1_050_000, 0],
  ["30103", "奖金", 300_000, 0],
  ["30107", "绩效工资", 706_000, 0],
  ["30108", "机关事业单位基本养老保险缴费", 452_800, 0],
  ["30110", "职工基本医疗保险缴费", 198_600, 0],
  ["30113", "住房公积金", 367_200, 0],
  ["30201", "办公费", 0, 210_000],
  ["30211", "差旅费", 0, 95_000],
  ["30217", "公务接待费", 0, 12_000],
  ["30228", "工会经费", 0, 68_400],
  ["30231", "公务用车运行维护费", 0, 60_000],
  ["30299", "其他商品和服务支出", 0, 367_000],
  ["30302", "退休费", 386_700, 0],
];

export const ECON_CLASS_NAMES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "302": "商品和服务支出",
  "303": "对个人和家庭的补助",
};

/** 一般公共预算"三公"经费 (元). */
export const SANGONG = { abroad: 0, carPurchase: 0, carRunning: 72_000, reception: 18_000 } as const;

export const basicOf = (l: FunctionLine): number => l.wages + l.individuals + l.goods;
export const projectOf = (l: FunctionLine): number => l.projectRunning + l.projectTargeted;
export const totalOf = (l: FunctionLine): number => basicOf(l) + projectOf(l);
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Lines whose code starts with a prefix (a 类 or 款), optionally of one fund. */
export function linesUnder(prefix: string, fund?: Fund): FunctionLine[] {
  return LINES.filter((l) => l.code.startsWith(prefix) && (fund === undefined || l.fund === fund));
}

/** 类 codes in order, and 款 codes of a 类, from the lines of a fund (or all). */
export function classes(fund?: Fund): string[] {
  return [...new Set(LINES.filter((l) => fund === undefined || l.fund === fund).map((l) => l.code.slice(0, 3)))];
}
export function kuanOf(classCode: string, fund?: Fund): string[] {
  return [...new Set(linesUnder(classCode, fund).map((l) => l.code.slice(0, 5)))];
}
