import type { CodeProblem } from "../catalog";
import type { AmountRole } from "../engine/recognise/types";
import { englishCatalogSource } from "./catalog-source";
import type { CodeRepairs, RuleParams, SameQuantityPair } from "../findings/rule-params";
import type { Direction } from "../engine/narrative/types";
import type { RuleMessages, SideWords } from "./types";

/** The quantities cross.same-quantity compares, by pair. */
const PAIRS: Readonly<Record<SameQuantityPair, string>> = {
  "current-year-expenditure": "Current-year expenditure",
  "current-year-income": "Current-year income",
  "general-budget-income": "General budget income",
  "government-fund-income": "Government fund income",
  "state-capital-income": "State capital income",
  "general-budget-expenditure": "General budget expenditure",
  "government-fund-expenditure": "Government fund expenditure",
  "state-capital-expenditure": "State capital expenditure",
  "general-budget-basic-expenditure": "General budget basic expenditure",
  "general-budget-personnel-costs": "General budget personnel costs",
  "general-budget-public-costs": "General budget public costs",
  "project-expenditure": "Project expenditure",
  "performance-budget-total": "Performance budget total",
  "performance-basic-expenditure": "Performance basic expenditure",
  "performance-project-expenditure": "Performance project expenditure",
  "fiscal-current-year-expenditure": "Fiscal current-year expenditure",
  "fiscal-income-total": "Fiscal income total",
  "expenditure-table-total": "Expenditure table total",
  "expenditure-table-basic": "Expenditure table basic",
  "expenditure-table-projects": "Expenditure table projects",
};

/** The funds cross.fund-source follows, by the column's role. */
const FUNDS: Readonly<Record<RuleParams["cross.fund-source"]["fundRole"], string>> = {
  general: "the general public budget",
  "gov-fund": "government funds",
  "state-capital": "the state capital budget",
};

/** A sum's columns by role (recognise/column-roles.ts says which header words give each). */
const ROLES: Readonly<Record<AmountRole, string>> = {
  total: "total",
  basic: "basic expenditure",
  personnel: "personnel costs",
  wages: "wages and benefits",
  family: "subsidies to individuals and families",
  public: "public costs",
  goods: "goods and services",
  capital: "capital expenditure",
  project: "project expenditure",
  "project-operating": "other operating projects",
  "project-specific": "specific-purpose projects",
  general: "general public budget",
  "general-fiscal": "of which fiscal allocation",
  "gov-fund": "government funds",
  "state-capital": "state capital budget",
  "special-account": "fiscal special account funds",
  business: "institution income",
  operating: "institutions' operating income",
  superior: "subsidies from the level above",
  subsidiary: "remittances from subsidiary units",
  "other-income": "other income",
  carryover: "carried over from last year",
  "unit-funds": "unit funds",
  "other-funds": "other funds",
  abroad: "travel abroad",
  car: "official cars",
  "car-purchase": "official car purchase",
  "car-running": "official car running",
  reception: "official reception",
  "office-running": "office running costs",
  amount: "amount",
};

/** Roles joined by " + " (sum.row, performance.sum), each in words. */
function roleWords(joined: string): string {
  return joined
    .split(" + ")
    .map((role) => (role in ROLES ? ROLES[role as AmountRole] : role))
    .join(" + ");
}

/** The 三公 items cross.sangong-limit compares basic expenditure with, by role. */
const SANGONG_ITEMS: Readonly<Record<RuleParams["cross.sangong-limit"]["sangongRole"], string>> = {
  abroad: "travel abroad",
  "car-purchase": "official car purchase",
  "car-running": "official car running",
  reception: "official reception",
};

/** Why a code cannot be read (code.malformed). */
const CODE_PROBLEMS: Readonly<Record<CodeProblem, string>> = {
  empty: "it is empty",
  "not-a-code": "it has no digits",
  "not-integer": "it is not a whole number",
  "wrong-length": "wrong number of digits: a class has 3, a section 5, an item 7",
  "stray-characters": "letters or symbols among its digits",
  "ambiguous-grouping": "its separators do not fall between class, section and item",
  "missing-part": "the section between its class and item is missing",
  "zero-part": "one of its parts is 0",
  "unknown-kind": "it starts with neither 2, 3 nor 5, so it is no functional or economic code",
};

/** The repairs made to read a code (code.malformed). */
const CODE_REPAIRS: Readonly<Record<CodeRepairs, string>> = {
  "leading-zero": "a lost leading 0 put back",
  spaces: "stray spaces removed",
  "leading-zero, spaces": "a lost leading 0 put back, stray spaces removed",
};

/** A code's level below the leaf (code.not-leaf). */
const LEVELS: Readonly<Record<RuleParams["code.not-leaf"]["level"], string>> = { "1": "class", "2": "section" };

/** The other level of a budget (narrative.level-wording): the level whose wording the text borrowed. */
const OTHER_LEVEL: Readonly<Record<RuleParams["narrative.level-wording"]["level"], string>> = {
  unit: "department",
  department: "unit",
};

/** The directions of a change (narrative.direction). */
export const EN_DIRECTIONS: Readonly<Record<Direction, string>> = {
  increase: "increase",
  decrease: "decrease",
  flat: "unchanged",
};

/** A side of narrative.direction: the text's own word, quoted, where it has one; else the direction in English. */
function said(word: string | undefined, direction: Direction): string {
  return word === undefined ? EN_DIRECTIONS[direction] : `"${word}"`;
}

/** How a direction word contradicts the change (narrative.direction). */
const DIRECTION_CONTRADICTIONS: Readonly<
  Record<RuleParams["narrative.direction"]["reason"], (p: RuleParams["narrative.direction"]) => string>
> = {
  zero: (p) => `the change is 0, so the text should say it is unchanged, not ${said(p.actualWord, p.actualDirection)}`,
  flat: (p) => `the text calls it unchanged, yet states a change (${said(p.expectedWord, p.expectedDirection)})`,
  opposite: (p) =>
    `the rate's word ${said(p.actualWord, p.actualDirection)} contradicts the amount's word ${said(p.expectedWord, p.expectedDirection)}`,
  sign: (p) =>
    `${said(p.actualWord, p.actualDirection)} is followed by a negative figure, which says the change went the other way`,
  levels: (p) =>
    `the direction it states contradicts the two years' figures it gives (they show: ${EN_DIRECTIONS[p.expectedDirection]})`,
};

/** The report's expected and actual worded, for the rules whose sides are codes. */
export const enSides: SideWords = {
  "narrative.direction": ({ params: p }) => ({
    expected: p.expectedWord ?? EN_DIRECTIONS[p.expectedDirection],
    actual: p.actualWord ?? EN_DIRECTIONS[p.actualDirection],
  }),
};

/** English sentences for every rule. */
export const en: RuleMessages = {
  "table.unrecognised": (f) => `Sheet "${f.sheet}" is not one of the known disclosure tables; it was not checked.`,
  "table.unit-assumed": (f) =>
    `"${f.sheet}" states no unit; the unit of the workbook's other tables (${f.params.unit}) was assumed.`,
  "value.unreadable": (f) =>
    `"${f.params.text}" is not a readable amount; the checks involving this cell were not made.`,
  "sum.total": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `"${f.params.label}" ${amount(f.actual)} differs from the sum of its ${f.params.parts} items ${amount(f.expected)} by ${amount(f.difference)}, within the rounding bound ±${amount(f.bound)}: a rounding tail worth explaining.`
      : `"${f.params.label}" ${amount(f.actual)} is not the sum of its ${f.params.parts} items ${amount(f.expected)}: off by ${amount(f.difference)} (beyond the rounding bound ±${amount(f.bound)}).`,
  "sum.row": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `Row "${f.params.label}": ${ROLES[f.params.columnRole]} ${amount(f.actual)} differs from ${roleWords(f.params.partRoles)} ${amount(f.expected)} by ${amount(f.difference)}, a rounding tail (bound ±${amount(f.bound)}).`
      : `Row "${f.params.label}": ${ROLES[f.params.columnRole]} ${amount(f.actual)} is not ${roleWords(f.params.partRoles)} ${amount(f.expected)}: off by ${amount(f.difference)}.`,
  "summary.balance": (f, amount) =>
    `${f.params.balance === "sides" ? "total income = total expenditure" : `${f.params.label} = the sum of the lines above it`} does not hold: ${f.params.label} shows ${amount(f.actual)}, expected ${amount(f.expected)}, off by ${amount(f.difference)}.`,
  "summary.heading": (f, amount) =>
    `Heading row "${f.params.label}" ${amount(f.actual)} is not the sum of its sub-items ${amount(f.expected)}: off by ${amount(f.difference)}.`,
  "sangong.sum": (f, amount) =>
    `"Three public expenses" ${ROLES[f.params.totalRole]} ${amount(f.actual)} is not ${roleWords(f.params.partRoles)} ${amount(f.expected)}: off by ${amount(f.difference)}.`,
  "code.malformed": (f) =>
    "repairs" in f.params
      ? `Code "${f.params.raw}" read as ${f.params.code} (${CODE_REPAIRS[f.params.repairs]}); better write it in the standard form.`
      : `Code "${f.params.raw}" is malformed: ${CODE_PROBLEMS[f.params.reason]}.`,
  "code.unknown": (f) => `Code ${f.params.code} is not in the catalog ${englishCatalogSource(f.params.catalog)}.`,
  "code.unverifiable": (f) =>
    `Code ${f.params.code} is not in ${englishCatalogSource(f.params.catalog)}, which is incomplete there: it cannot be verified.`,
  "code.name-mismatch": (f) =>
    f.params.source === "tables"
      ? `Code ${f.params.code} is named "${f.params.name}" here but "${f.params.expectedName}" in the other tables (such as "${f.params.otherSheet}").`
      : f.params.source === "compiled"
        ? `By the bundled catalog (not checked against the official list), code ${f.params.code} should be named "${f.params.expectedName}"; the table says "${f.params.name}".`
        : f.params.source === "observed"
          ? `Other published disclosures print code ${f.params.code} as "${f.params.expectedName}" (not checked against an official list); the table says "${f.params.name}".`
          : `Code ${f.params.code} is named "${f.params.expectedName}" in the catalog; the table says "${f.params.name}".`,
  "code.not-leaf": (f) =>
    `Code ${f.params.code} is a ${LEVELS[f.params.level]} code, not a leaf code; detail rows must use leaf codes.`,
  "code.obsolete-name": (f) =>
    f.params.position !== undefined && f.params.position !== f.params.code
      ? `Position ${f.params.position} should read "${f.params.positionName ?? ""}"; "${f.params.name}" is the old name of ${f.params.code}, called "${f.params.expectedName}" since ${f.params.since}.`
      : `Code ${f.params.code} carries its old name "${f.params.name}"; since ${f.params.since} it is "${f.params.expectedName}".`,
  "table.empty-statement": (f) => `"${f.sheet}" is empty but does not state that it is empty.`,
  "table.placeholder": (f) => `The cell still holds template placeholder text "${f.params.text}".`,
  "table.empty-but-filled": (f, amount) =>
    `The table says it is empty, yet ${f.params.amountCell} shows ${amount(f.actual)}: either the note or the figures are wrong.`,
  "table.decimals": (f, amount) =>
    `The amount ${amount(f.actual)} has more than 2 decimals (${f.params.count} such cells in this table): amounts are printed to the fen.`,
  "table.incomplete-read": (f) =>
    f.params.reason === "rows-left-out"
      ? `The table was not read completely: ${f.params.count} rows of amounts in "${f.sheet}" (from this cell) were left out of the checks.`
      : `The table was not read completely: "${f.sheet}" was recognised but no body row was read, so none of its checks ran.`,
  "cross.same-quantity": (f, amount) =>
    `${"classCode" in f.params ? `Class ${f.params.classCode}` : PAIRS[f.params.pair]} ${amount(f.actual)} disagrees with ${amount(f.expected)} in "${f.params.otherSheet}"${f.params.otherCell ? ` ${f.params.otherCell}` : " (no row of that class there, so 0)"}: off by ${amount(f.difference)}${f.verdict === "rounding-tail" ? ` (rounding tail, bound ±${amount(f.bound)})` : ""}.`,
  "cross.fund-source": (f, amount) =>
    `Spending from ${FUNDS[f.params.fundRole]} ${amount(f.actual)} does not match that fund's income (with carry-over) ${amount(f.expected)}: off by ${amount(f.difference)}; spending must come from the same fund.`,
  "cross.sangong-limit": (f, amount) =>
    `Basic expenditure "${f.params.label}" ${amount(f.actual)} exceeds the "three public expenses" item ${SANGONG_ITEMS[f.params.sangongRole]} ${amount(f.expected)} (which includes project money, so it can never be smaller).`,
  "cross.code-missing": (f) =>
    `Item ${f.params.code} "${f.params.name}" is listed here but missing from "${f.params.otherSheet}", which must list it too.`,
  "performance.sum": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `Project "${f.params.label}": annual funds ${amount(f.actual)} differ from ${roleWords(f.params.partRoles)} ${amount(f.expected)} by ${amount(f.difference)}, a rounding tail (bound ±${amount(f.bound)}).`
      : `Project "${f.params.label}": annual funds ${amount(f.actual)} are not ${roleWords(f.params.partRoles)} ${amount(f.expected)}: off by ${amount(f.difference)}.`,
  "performance.exceeds-project": (f, amount) =>
    f.params.source === "narrative"
      ? `The explanatory text's "${f.params.quote}" (projects with performance targets${f.params.projects ? `: ${f.params.projects}` : ""}) is more than the project expenditure ${amount(f.expected)} ${f.params.unit} in "${f.params.otherSheet}" ${f.params.otherCell}: over by ${amount(f.difference)} ${f.params.unit}.`
      : `The annual funds of the ${f.params.projects} projects with performance targets add up to ${amount(f.actual)} ${f.params.unit}, more than the project expenditure ${amount(f.expected)} ${f.params.unit} in "${f.params.otherSheet}" ${f.params.otherCell}: over by ${amount(f.difference)}.`,
  "workbook.missing-table": (f) => `The table "${f.params.name}" is missing: this set of disclosures must include it.`,
  "workbook.extra-sheet": (f) =>
    `Sheet "${f.sheet}" is none of the tables or sections of this disclosure; it was not checked.`,
  "code.econ-mapping": (f) =>
    f.params.source === "compiled"
      ? `By the bundled catalog (not checked against the official list), department economic code ${f.params.code} maps to government economic code ${f.params.expectedGov}, not ${f.params.govCode}.`
      : `Department economic code ${f.params.code} maps to government economic code ${f.params.expectedGov}, not ${f.params.govCode}.`,
  "narrative.amount": (f, amount) =>
    `The explanatory text "${f.params.quote}" disagrees with ${amount(f.expected)} ${f.params.unit} in "${f.params.otherSheet}" ${f.params.otherCell}: off by ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? ` (the table figure is a sum; rounding tail, bound ±${amount(f.bound)})` : ""}.`,
  "narrative.share": (f, amount) =>
    f.severity === "warning"
      ? `"${f.params.quote}": from the ${f.params.basis === "text" ? "text's" : "tables' displayed"} figures ${amount(f.params.part)} / ${amount(f.params.base)} rounds half-up to ${amount(f.expected)}%, the text says ${amount(f.actual)}%: one off in the last digit (probably computed from unrounded figures).`
      : `"${f.params.quote}": ${amount(f.params.part)} of ${amount(f.params.base)} is ${amount(f.expected)}%, the text says ${amount(f.actual)}%: off by ${amount(f.difference)} percentage points${f.params.followsText ? ` (the text's share follows its own ${f.params.followsText === "both" ? "part and base" : f.params.followsText}, which the tables contradict)` : ""}.`,
  "narrative.share-total": (f, amount) =>
    `The ${f.params.count} shares listed together add up to ${amount(f.actual)}%, not ${amount(f.expected)}% (rounding explains at most ±${amount(f.bound)}): off by ${amount(f.difference)} points.`,
  "narrative.yoy": (f, amount) =>
    `"${f.params.quote}": this year ${amount(f.params.current)} and the change ${amount(f.params.change)} imply last year ${amount(f.params.last)}, so the rate is ${amount(f.expected)}%, not ${amount(f.actual)}%${f.params.divisor === "current" ? " (the text seems to divide by this year)" : ""}.`,
  "narrative.yoy-no-basis": (f, amount) =>
    `"${f.params.quote}": last year was 0 (this year ${amount(f.params.current)}); the rate must read "not comparable" (无可比性), not ${amount(f.actual)}%.`,
  "narrative.direction": (f) => `"${f.params.quote}": ${DIRECTION_CONTRADICTIONS[f.params.reason](f.params)}.`,
  "narrative.placeholder": (f) => `The explanatory text still holds template text "${f.params.text}".`,
  "narrative.procurement-sum": (f, amount) =>
    `Government procurement ${amount(f.actual)} is not goods + works + services ${amount(f.expected)}: off by ${amount(f.difference)}${f.verdict === "rounding-tail" ? ` (rounding tail, bound ±${amount(f.bound)})` : ""}.`,
  "narrative.procurement-reserve": (f, amount) =>
    `"${f.params.quote}" exceeds what it is set aside from, "${f.params.whole}": it can be at most ${amount((f.expected ?? "").replace("≤ ", ""))} ${f.params.unit}, over by ${amount(f.difference)} ${f.params.unit}.`,
  "narrative.item-sum": (f, amount) =>
    f.params.kind === "total"
      ? `"${f.params.quote}" differs from the total stated before it, "${f.params.parts}": it should be ${amount(f.expected)} ${f.params.unit}, off by ${amount(f.difference)} ${f.params.unit}.`
      : f.params.kind === "closing"
        ? `"${f.params.quote}" is not the sum of its parts ${amount(f.expected)} ${f.params.unit} (${f.params.parts}): off by ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? " (rounding tail)" : ""}.`
        : `The parts of "${f.params.quote}" add up to ${amount(f.expected)} ${f.params.unit} (${f.params.parts}), more than the total: over by ${amount(f.difference)} ${f.params.unit}${f.verdict === "rounding-tail" ? " (rounding tail)" : ""}.`,
  "narrative.untied": (f) =>
    f.params.reason === "project"
      ? `The explanatory text's "${f.params.quote}" is a project's money; the tables list classification lines (class, section, item), not projects, and one item line may hold several projects, so no single row matches it; it was not checked (the sum of its parts is checked separately).`
      : f.params.reason === "performance-funds"
        ? `The explanatory text's "${f.params.quote}" is the money of the projects with performance targets, only part of the project expenditure (not every project needs targets), so no table figure equals it; it was only checked not to exceed the project expenditure.`
        : f.params.reason === undefined
          ? `The explanatory text's "${f.params.quote}" matches no figure in the tables; it was not checked.`
          : `The explanatory text's "${f.params.quote}": the line "${f.params.line ?? ""}" ${f.params.reason === "ambiguous" ? "matches more than one row, so which one is meant is unclear" : f.params.reason === "no-table" ? "has no classified table to compare with" : "is not found in the classified tables (its name or code differs from theirs)"}; it was not checked.`,
  "narrative.item-repeat": (f, amount) =>
    `One item quotes two amounts: "${f.params.item}", then "${f.params.quote}"; the second should be ${amount(f.expected)} ${f.params.unit}, off by ${amount(f.difference)} ${f.params.unit}.`,
  "narrative.wrong-year": (f) =>
    `"${f.params.quote}": a ${f.params.year} budget compares with ${f.expected ?? ""}; the text names ${f.actual ?? ""}.`,
  "narrative.cut-off": (f) =>
    `"${f.params.quote}": the sentence ends right after "${f.params.words}"; its content is missing.`,
  "narrative.punctuation": (f) =>
    f.params.reason === "missing"
      ? `"${f.params.quote}": the sentence has no closing punctuation.`
      : `"${f.params.quote}": punctuation "${f.params.marks}" doubled or clashing.`,
  "narrative.unpaired": (f) => `"${f.params.quote}": "${f.params.mark}" has no partner (${f.params.pair}).`,
  "narrative.level-wording": (f) =>
    `This is a ${f.params.level} budget, but the text says "${f.params.words}", the wording of a ${OTHER_LEVEL[f.params.level]} budget; it should speak of the ${f.params.level}.`,
  "narrative.obsolete-name": (f) =>
    `The text uses the earlier class name "${f.actual ?? ""}" (class ${f.params.code}); the tables print "${f.expected ?? ""}".`,
  "narrative.unit-mix": (f) => `"${f.params.quote}": one sentence mixes amount units (${f.params.units}).`,
  "narrative.coverage": () =>
    `The department budget does not say which units it covers (a sentence naming the department itself and each of its subordinate units).`,
  "body.name-mismatch": (f) =>
    `The body's name "${f.actual ?? ""}" differs from "${f.expected ?? ""}" printed elsewhere.`,
  "consolidation.sum": (f, amount) =>
    f.verdict === "rounding-tail"
      ? `"${f.params.label}" ${amount(f.actual)} differs from the sum ${amount(f.expected)} over its ${f.params.count} units' budgets (${f.params.units}) by ${amount(f.difference)}, within the rounding bound (±${amount(f.bound)}): a rounding tail.`
      : `"${f.params.label}" ${amount(f.actual)} is not the sum ${amount(f.expected)} over its ${f.params.count} units' budgets (${f.params.units}); the difference ${amount(f.difference)} is beyond the rounding bound ±${amount(f.bound)}.`,
  "consolidation.unit-row": (f, amount) =>
    `The unit row "${f.params.label}" ${amount(f.actual)} differs from ${amount(f.expected)} in the unit budget of "${f.params.unitName}" (${f.params.unitWorkbook} ${f.params.unitCell}) by ${amount(f.difference)}${f.verdict === "rounding-tail" ? ` (a rounding tail, ±${amount(f.bound)} allowed)` : ""}.`,
  "consolidation.incomplete": (f) =>
    f.params.reason === "duplicate"
      ? `More than one budget of the same unit was given (${f.params.units}); which one counts cannot be told, so the department's figures were not compared with the sum over its units.`
      : f.params.reason === "unknown"
        ? `Budgets of ${f.params.given} units were given (${f.params.units}), but the department budget does not say plainly how many budget units it covers; its figures were not compared with the sum over its units.`
        : `Budgets of ${f.params.given} units were given (${f.params.units}); the department budget covers ${f.params.covered} budget units, ${f.params.reason === "more" ? "fewer than given" : "not all of them given"}; its figures were not compared with the sum over its units.`,
  "narrative.scope": (f, amount) =>
    f.params.reason === "no-last-year"
      ? `The explanatory text's "${f.params.quote}" is a change from last year with no rate or last year's figure beside it, and the tables carry no last-year figures; it could not be checked.`
      : f.params.reason === "threshold"
        ? `${amount(f.actual)} ${f.params.unit} in the explanatory text's "${f.params.quote}" is a threshold, not a budget amount; it was not compared with the tables.`
        : f.params.reason === "change"
          ? `The explanatory text's "${f.params.quote}" is a change from last year ("${f.params.scopeWords}"), not this year's amount; it was not compared with the tables.`
          : `The explanatory text's "${f.params.quote}" covers only part of the units ("${f.params.scopeWords}"); it is not compared with the whole department's totals.`,
  "engine.rule-failed": (f) =>
    f.params.rule === "recognise"
      ? `Reading this sheet failed (${f.params.detail}); it was not checked, the other sheets were. Please report it.`
      : `Rule ${f.params.rule} failed on this workbook (${f.params.detail}); its checks were not made, the others were. Please report it.`,
};
