import type { Catalog, CatalogEntry, UnitType, CellValue } from "../../core";
import { normaliseCode } from "../../core";
import { isCell, yearArg, type ExcelArg } from "./coerce";
import { catalogFor } from "./catalog-registry";
import { fnError, isFnError, type FnResult } from "./result";
import { MESSAGES } from "./messages";

interface Code {
  readonly code: string;
  readonly kind: CatalogEntry["kind"];
}

/** Codes read so far: templates ask for the same few codes thousands of times, and reading is pure. */
const readCodes = new Map<string | number, FnResult<Code>>();
const READ_CODES_LIMIT = 50_000;

function codeArg(value: ExcelArg): FnResult<Code> {
  if (Array.isArray(value) || !isCell(value ?? null)) return fnError("#VALUE!", MESSAGES.badCode("…", "not-a-code"));
  const key = typeof value === "number" || typeof value === "string" ? value : undefined;
  const known = key === undefined ? undefined : readCodes.get(key);
  if (known !== undefined) return known;
  const read = normaliseCode((value ?? null) as CellValue);
  const result = read.ok
    ? { code: read.code, kind: read.kind }
    : fnError("#VALUE!", MESSAGES.badCode(read.detail, read.reason));
  if (key !== undefined) {
    if (readCodes.size >= READ_CODES_LIMIT) readCodes.clear();
    readCodes.set(key, result);
  }
  return result;
}

/** The catalog for the year and the row for the code, when both arguments are good. */
interface Found {
  readonly catalog: Catalog;
  readonly code: Code;
  readonly year: number | undefined;
  readonly entry: CatalogEntry | undefined;
}

function find(code: ExcelArg, year: number | null | undefined): FnResult<Found> {
  const y = yearArg(year);
  if (isFnError(y)) return y;
  const c = codeArg(code);
  if (isFnError(c)) return c;
  const catalog = catalogFor(y);
  const entry = catalog.lookup(c.code, c.kind);
  const inYear = entry !== undefined && (y === undefined || ((entry.validFrom ?? y) <= y && y <= (entry.validTo ?? y)));
  return { catalog, code: c, year: y, entry: inYear ? entry : undefined };
}

function notFound(found: Found): FnResult<never> {
  return fnError("#N/A", MESSAGES.notInCatalog(found.code.code, found.catalog.source));
}

/** The name a row had in a year: a former name before the rename took effect. */
function nameIn(entry: CatalogEntry, year: number | undefined): string {
  if (year === undefined || entry.formerNames === undefined) return entry.name;
  const earlier = [...entry.formerNames].sort((a, b) => a.until - b.until).find((f) => year < f.until);
  return earlier?.name ?? entry.name;
}

/** BUDGET.CODE: split 类 | 款 | 项 cells (or one cell) as one code. A 0 in 款/项 is a blank cell as Excel passes it. */
export function joinCode(lei: ExcelArg, kuan?: ExcelArg, xiang?: ExcelArg): FnResult<string> {
  const blankIfZero = (v: ExcelArg): CellValue => (v === 0 || v === undefined ? null : (v as CellValue));
  if ([lei, kuan, xiang].some((v) => Array.isArray(v) || !isCell(v ?? null)))
    return fnError("#VALUE!", MESSAGES.badCode("…", "not-a-code"));
  const read = normaliseCode([(lei ?? null) as CellValue, blankIfZero(kuan), blankIfZero(xiang)]);
  return read.ok ? read.code : fnError("#VALUE!", MESSAGES.badCode(read.detail, read.reason));
}

/** BUDGET.NAME: the code's name in the catalog of the year. */
export function codeName(code: ExcelArg, year?: number | null): FnResult<string> {
  const found = find(code, year);
  if (isFnError(found)) return found;
  return found.entry === undefined ? notFound(found) : nameIn(found.entry, found.year);
}

/** BUDGET.PATH: 类 > 款 > 项 names down to the code; a level the catalog lacks shows its code. */
export function codePath(code: ExcelArg, year?: number | null): FnResult<string> {
  const found = find(code, year);
  if (isFnError(found)) return found;
  if (found.entry === undefined) return notFound(found);
  const known = new Map(found.catalog.path(found.code.code, found.code.kind).map((e) => [e.code, e]));
  const levels: string[] = [];
  for (let length = 3; length <= found.code.code.length; length += 2) {
    const prefix = found.code.code.slice(0, length);
    const entry = known.get(prefix);
    levels.push(entry === undefined ? prefix : nameIn(entry, found.year));
  }
  return levels.join(" > ");
}

/** BUDGET.VALID: TRUE when listed; FALSE when absent where the catalog is complete; #N/A when it cannot tell. */
export function codeValid(code: ExcelArg, year?: number | null): FnResult<boolean> {
  const found = find(code, year);
  if (isFnError(found)) return found;
  if (found.entry !== undefined) return true;
  const { catalog } = found;
  const { code: c, kind } = found.code;
  const parent = c.length > 3 ? c.slice(0, -2) : "";
  if (catalog.official || catalog.isBranchComplete(parent, kind)) return false;
  return fnError("#N/A", MESSAGES.cannotVerify(c, catalog.source));
}

const UNIT_TYPES: Readonly<Record<string, UnitType>> = {
  机关: "机关",
  行政: "机关",
  行政单位: "机关",
  机关单位: "机关",
  事业: "事业单位",
  事业单位: "事业单位",
};

/** BUDGET.GOVCODE: the government economic code a department economic code maps to for a unit type. */
export function govCode(code: ExcelArg, unitType: ExcelArg, year?: number | null): FnResult<string> {
  const found = find(code, year);
  if (isFnError(found)) return found;
  if (found.code.kind !== "econ-dept") return fnError("#VALUE!", MESSAGES.notEconDept(found.code.code));
  const type =
    typeof unitType === "string" && Object.hasOwn(UNIT_TYPES, unitType.trim())
      ? UNIT_TYPES[unitType.trim()]
      : undefined;
  if (type === undefined) return fnError("#VALUE!", MESSAGES.unitType);
  const { catalog } = found;
  const target =
    catalog.governmentMappingFor?.(found.code.code, type)?.govCode ??
    catalog.governmentCodeFor(found.code.code, type)?.code;
  return target ?? fnError("#N/A", MESSAGES.noMapping(found.code.code, type, catalog.source));
}

/** BUDGET.SOURCE: the catalog answering for the year; with a code, the catalog and evidence kind of its row. */
export function catalogSource(code?: ExcelArg, year?: number | null): FnResult<string> {
  if (code === undefined || code === null || code === "") {
    const y = yearArg(year);
    return isFnError(y) ? y : catalogFor(y).source;
  }
  const found = find(code, year);
  if (isFnError(found)) return found;
  if (found.entry === undefined) return notFound(found);
  return `${found.entry.catalog ?? found.catalog.source} · ${found.entry.source}`;
}
