/**
 * The named values each rule's findings carry for their messages, one type per rule id. A key is optional only
 * where a finding of that rule may lack it; a value drawn from a fixed set is a union of its codes, so a message
 * can switch on it and a rule cannot emit anything else. Values stay strings: findings serialise as they are.
 * Labels are codes or the workbook's own words; the message files turn codes into words per language.
 */
import type { CodeProblem } from "../catalog";
import type { AmountRole } from "../engine/recognise/types";
import type { Direction } from "../engine/narrative/types";
import type { RuleId } from "./rule-ids";

/** No parameters: the message needs nothing beyond the finding's place and figures. */
type NoParams = { readonly [key: string]: never };

/** Why a sheet is not one of the tables (recognise/types.ts UnrecognisedSheet). */
type UnrecognisedReason = "no-title" | "empty";

/** The repairs a code needed to read (recognise/types.ts RowCode), in this order: a code's own words, no Chinese. */
export type CodeRepairs = "leading-zero" | "spaces" | "leading-zero, spaces";

/** The 三公 columns a sangong.sum total is checked against, by role: 合计 over its three items (or four, where the
 * car expenses have no 小计 column), or 公务用车购置及运行费 over its two. */
export type SangongParts =
  "abroad + car + reception" | "abroad + car-purchase + car-running + reception" | "car-purchase + car-running";

/** Where a catalog row comes from (catalog/types.ts RowSource). */
type CatalogSource = "official" | "seed" | "observed" | "partial" | "compiled";

/** A sum judged by judgeSum: how many parts it has. */
interface SumParts {
  readonly parts: string;
}

/** The same quantity judged by judgeSame: the other table's kind. */
interface OtherTable {
  readonly otherTable: string;
}

interface CodeNameParams {
  readonly code: string;
  /** The name printed in the table. */
  readonly name: string;
  readonly expectedName: string;
}

interface ObsoleteNameParams extends CodeNameParams {
  /** The first year of the current name. */
  readonly since: string;
}

/** A 部门 figure compared in the consolidation: its row label and its unit (元 or 万元). */
interface ConsolidatedFigure {
  readonly label: string;
  readonly unit: string;
}

/** Which pair of quantities two tables must agree on (cross-same-quantity.ts); the message files name it. */
export type SameQuantityPair =
  | "current-year-expenditure"
  | "current-year-income"
  | "general-budget-income"
  | "government-fund-income"
  | "state-capital-income"
  | "general-budget-expenditure"
  | "government-fund-expenditure"
  | "state-capital-expenditure"
  | "general-budget-basic-expenditure"
  | "general-budget-personnel-costs"
  | "general-budget-public-costs"
  | "project-expenditure"
  | "performance-budget-total"
  | "performance-basic-expenditure"
  | "performance-project-expenditure"
  | "fiscal-current-year-expenditure"
  | "fiscal-income-total"
  | "expenditure-table-total"
  | "expenditure-table-basic"
  | "expenditure-table-projects";

/** A sum's column, by role: the English sentences name it by this code (the Chinese ones quote the header). */
type RoleCode = AmountRole;

interface SameQuantityParams {
  readonly otherSheet: string;
  readonly otherCell: string;
}

interface PerformanceFundsParams {
  readonly projects: string;
  readonly otherSheet: string;
  readonly otherCell: string;
  readonly unit: string;
}

interface SummaryBalanceParams {
  readonly label: string;
  readonly identity: string;
}

export interface RuleParams {
  readonly "table.unrecognised": { readonly reason: UnrecognisedReason };
  readonly "table.unit-assumed": { readonly unit: string };
  readonly "value.unreadable": { readonly text: string };
  readonly "sum.total": SumParts & { readonly label: string; readonly column: string };
  readonly "sum.row": SumParts & {
    readonly label: string;
    readonly column: string;
    readonly columnRole: RoleCode;
    readonly partsLabel: string;
    /** The parts' roles, joined by " + ". */
    readonly partRoles: string;
  };
  /** Income total = its lines (a sum), or income total = expenditure total (the same quantity on two sides). */
  readonly "summary.balance":
    | (SumParts & SummaryBalanceParams & { readonly balance: "lines" })
    | (OtherTable & SummaryBalanceParams & { readonly balance: "sides" });
  readonly "summary.heading": SumParts & { readonly label: string; readonly column: string };
  /** The 三公 table's totals are fixed columns: the message files name them and their parts by role. */
  readonly "sangong.sum": SumParts & { readonly totalRole: "total" | "car"; readonly partRoles: SangongParts };
  /** An error names the problem (normalise-code.ts CodeProblem); a note names the repairs made. Both are codes. */
  readonly "code.malformed":
    | { readonly raw: string; readonly code: string; readonly reason: CodeProblem }
    | { readonly raw: string; readonly code: string; readonly repairs: CodeRepairs };
  readonly "code.unknown": { readonly code: string; readonly catalog: string };
  readonly "code.unverifiable": { readonly code: string; readonly catalog: string };
  /** Against the catalog (its row's source), or against the other tables (one of which is named). */
  readonly "code.name-mismatch":
    | (CodeNameParams & { readonly source: CatalogSource })
    | (CodeNameParams & { readonly source: "tables"; readonly otherSheet: string });
  /** The code's level: 1 a 类 (class), 2 a 款 (section); the message files name it. */
  readonly "code.not-leaf": { readonly code: string; readonly level: "1" | "2" };
  /** On a class line, also the code its position stands for and that code's name. */
  readonly "code.obsolete-name": ObsoleteNameParams & { readonly position?: string; readonly positionName?: string };
  readonly "table.empty-statement": NoParams;
  readonly "table.placeholder": { readonly text: string };
  readonly "table.incomplete-read": { readonly reason: "no-rows" | "rows-left-out"; readonly count: string };
  readonly "table.empty-but-filled": { readonly amountCell: string };
  readonly "table.decimals": { readonly count: string };
  /** Two tables' quantities, or a summary's class line against the detail table's rows of that class. */
  readonly "cross.same-quantity":
    | (OtherTable & SameQuantityParams & { readonly pair: SameQuantityPair; readonly label?: never })
    | (SumParts & SameQuantityParams & { readonly classCode: string; readonly label: string });
  /** The fund, by its column's role: the message files name it. */
  readonly "cross.fund-source": { readonly fundRole: "general" | "gov-fund" | "state-capital" };
  /** The basic expenditure row (code and printed name) against the 三公 column of that role. */
  readonly "cross.sangong-limit": {
    readonly label: string;
    readonly sangongRole: "abroad" | "car-purchase" | "car-running" | "reception";
  };
  readonly "code.econ-mapping": {
    readonly code: string;
    readonly govCode: string;
    readonly expectedGov: string;
    /** Only a compiled pair says where it comes from: its message then says it is unchecked. */
    readonly source?: "compiled";
  };
  readonly "cross.code-missing": {
    readonly code: string;
    readonly name: string;
    readonly otherSheet: string;
    readonly otherTable: string;
  };
  readonly "performance.sum": SumParts & {
    readonly label: string;
    readonly partsLabel: string;
    readonly partRoles: string;
  };
  /** The performance table's projects, or the narrative's figure for them. */
  readonly "performance.exceeds-project":
    | (PerformanceFundsParams & { readonly source?: undefined })
    | (PerformanceFundsParams & { readonly source: "narrative"; readonly quote: string });
  readonly "workbook.missing-table": { readonly kind: string; readonly name: string };
  readonly "workbook.extra-sheet": { readonly reason: UnrecognisedReason };
  readonly "narrative.amount": {
    readonly quote: string;
    readonly words: string;
    readonly unit: string;
    readonly quantity: string;
    readonly otherSheet: string;
    readonly otherCell: string;
  };
  readonly "narrative.share": {
    readonly quote: string;
    readonly unit: "%";
    readonly part: string;
    readonly base: string;
    readonly partWords: string;
    readonly baseWords: string;
    readonly basis: "table" | "mixed" | "text";
    readonly fromText?: string;
    /** Which of the text's own figures its share follows, when that figure is the one the tables contradict. */
    readonly followsText?: "part" | "base" | "both";
  };
  readonly "narrative.share-total": { readonly count: string; readonly unit: "%"; readonly shares: string };
  readonly "narrative.yoy": {
    readonly quote: string;
    readonly unit: "%";
    readonly current: string;
    readonly change: string;
    readonly last: string;
    readonly divisor?: "current";
  };
  readonly "narrative.yoy-no-basis": {
    readonly quote: string;
    readonly unit: "%";
    readonly current: string;
    readonly change: string;
  };
  readonly "narrative.direction": {
    readonly quote: string;
    readonly reason: "zero" | "flat" | "opposite" | "sign" | "levels";
    /** The direction the judged word says, and the one the figures (or the text's other word) say. */
    readonly actualDirection: Direction;
    readonly expectedDirection: Direction;
    /** Each side's word as the text writes it ("增长", "下降"), where the text has one; else the message file words the direction. */
    readonly actualWord?: string;
    readonly expectedWord?: string;
    /** The change's figure and unit, when the change states an amount. */
    readonly change?: string;
    readonly unit?: string;
  };
  readonly "narrative.placeholder": { readonly text: string };
  readonly "narrative.procurement-sum": { readonly quote: string; readonly unit: string; readonly parts: string };
  readonly "narrative.procurement-reserve": { readonly quote: string; readonly whole: string; readonly unit: string };
  readonly "narrative.item-sum": {
    readonly quote: string;
    readonly parts: string;
    readonly unit: string;
    readonly kind: "closing" | "exceeds" | "total";
  };
  readonly "narrative.untied": {
    readonly quote: string;
    readonly words: string;
    readonly unit: string;
    /** The 类/款/项 path the figure names, when no row answers it. */
    readonly line?: string;
    readonly reason?: "not-found" | "ambiguous" | "no-table" | "project" | "performance-funds";
  };
  readonly "narrative.scope": {
    readonly quote: string;
    readonly unit: string;
    readonly reason: "scope" | "change" | "no-last-year" | "threshold";
    readonly scopeWords: string;
  };
  readonly "narrative.item-repeat": { readonly quote: string; readonly item: string; readonly unit: string };
  readonly "narrative.wrong-year": { readonly quote: string; readonly year: string };
  readonly "narrative.cut-off": { readonly quote: string; readonly words: string };
  readonly "narrative.punctuation": {
    readonly reason: "doubled" | "missing";
    readonly marks: string;
    readonly quote: string;
  };
  readonly "narrative.unpaired": { readonly mark: string; readonly pair: string; readonly quote: string };
  readonly "narrative.level-wording": {
    /** The document's own level: the message files say which wording belongs to it. */
    readonly level: "department" | "unit";
    /** The other level's words, as the text prints them. */
    readonly words: string;
  };
  readonly "narrative.obsolete-name": { readonly code: string; readonly name: string; readonly current: string };
  readonly "narrative.unit-mix": { readonly units: string; readonly quote: string };
  readonly "narrative.coverage": NoParams;
  readonly "body.name-mismatch": { readonly name: string; readonly expectedName: string };
  /** The 部门's figure against the sum over its units (core/consolidate): the units' names and how many. */
  readonly "consolidation.sum": ConsolidatedFigure & { readonly units: string; readonly count: string };
  /** A unit row of the 部门's table against that unit's own workbook: its name, file and cell. */
  readonly "consolidation.unit-row": ConsolidatedFigure & {
    readonly unitName: string;
    readonly unitWorkbook: string;
    readonly unitCell: string;
  };
  /** Why the sums were not compared; `covered` is empty when the 部门 does not say how many units it covers. */
  readonly "consolidation.incomplete": {
    readonly reason: "unknown" | "fewer" | "more" | "duplicate";
    readonly units: string;
    readonly given: string;
    readonly covered: string;
  };
  /** The failing rule's id, or "recognise" when reading a sheet as a table failed; the error's first line. */
  readonly "engine.rule-failed": { readonly rule: RuleId | "recognise"; readonly detail: string };
}

/** Every rule id has its parameters, and nothing else does: adding an id to RULE_IDS without them fails here. */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const RULE_PARAMS_COVER_RULE_IDS: Exactly<keyof RuleParams, RuleId> = true;
