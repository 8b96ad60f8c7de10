/**
 * The classification catalog (政府收支分类科目) as the rest of the product sees it. Every row says where it
 * comes from, so a lookup can tell the user how sure it is; every catalog says which year and source it is.
 */

/** 支出功能分类, 部门预算支出经济分类, 政府预算支出经济分类. */
export type ClassificationKind = "functional" | "econ-dept" | "econ-gov";

/** 类 = 1, 款 = 2, 项 = 3 (economic classifications stop at 款). */
export type CodeLevel = 1 | 2 | 3;

/**
 * How a row is known, strongest first:
 * official  — from a catalog the user loaded (their finance bureau's sheet);
 * seed      — printed in the seed disclosure (../shared/seeds);
 * observed  — printed in real disclosures or official notices (../shared/data/classification, provenance kept);
 * partial   — from the partial official tables in ../shared/data/classification;
 * compiled  — compiled by the team from the published catalog (a name differing from it is only a warning).
 */
export type RowSource = "official" | "seed" | "observed" | "partial" | "compiled";

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly kind: ClassificationKind;
  readonly level: CodeLevel;
  /** The parent's code ("20131" for "2013101"); undefined for a 类. */
  readonly parent?: string;
  readonly source: RowSource;
  /** Free text naming the evidence (document ids, file names), for the README and tooltips. */
  readonly evidence: string;
  /** Earlier names and the year the current name took effect (210 医疗卫生与计划生育支出 → 卫生健康支出, 2019). */
  readonly formerNames?: readonly { readonly name: string; readonly until: number }[];
  /** First and last budget year the code exists in, where known. */
  readonly validFrom?: number;
  readonly validTo?: number;
  /**
   * Other names real documents print for this code in the catalog's year that no official list decides between
   * (22198 in 2026): a printed name among them is not called wrong.
   */
  readonly otherNames?: readonly string[];
  /** The `source` of the catalog that answered ("内置 2024（部分）" or the loaded sheet), so a lookup can say so. */
  readonly catalog?: string;
}

/** One entry of an edition's change list: what a notice (or the disclosures printing the new name) changed. */
export interface CatalogChange {
  readonly year: number;
  readonly change: "added" | "renamed" | "removed" | "moved";
  readonly code: string;
  readonly kind: ClassificationKind;
  /** The name after the change (added, renamed). */
  readonly name?: string;
  readonly formerName?: string;
  /** The new parent (moved, or where an added code sits). */
  readonly parent?: string;
  /** The notice with its number and date, and where it was read. */
  readonly source: string;
}

/** One row of the 部门 → 政府 economic mapping (对照表) for a unit type, with its own evidence. */
export interface EconMapping {
  readonly deptCode: string;
  readonly govCode: string;
  readonly unitType: UnitType;
  readonly source: RowSource;
  readonly evidence: string;
}

export interface Catalog {
  /** Budget year the catalog describes. */
  readonly year: number;
  /** Where it comes from, shown to the user: "内置 2024（部分）" or the loaded file/sheet name. */
  readonly source: string;
  /** True for a catalog the user loaded: absence of a code is then an error, not "cannot verify". */
  readonly official: boolean;
  /** The row for a normalised code, or undefined. */
  lookup(code: string, kind?: ClassificationKind): CatalogEntry | undefined;
  /** 类 > 款 > 项 rows from the top down to the code (only the levels known). */
  path(code: string, kind?: ClassificationKind): readonly CatalogEntry[];
  /**
   * Whether the catalog lists every child of this code (every 款 of a 类, every 项 of a 款).
   * The empty code with a kind asks about the list of 类 itself: isBranchComplete("", "functional").
   */
  isBranchComplete(parentCode: string, kind?: ClassificationKind): boolean;
  /** The government economic code a department economic code maps to for a unit type, when known. */
  governmentCodeFor(deptCode: string, unitType: UnitType): CatalogEntry | undefined;
  /** The mapping row behind governmentCodeFor, with its source (a compiled row only warns). */
  governmentMappingFor?(deptCode: string, unitType: UnitType): EconMapping | undefined;
  /** Every row, for listings and coverage figures. */
  entries?(): readonly CatalogEntry[];
  /** The bundled edition that answers (2026 for a 2027 budget until 2027's changes are recorded). */
  readonly edition?: number;
  /** The edition's change list against the year before; empty when no source for the year's changes is known. */
  readonly changes?: readonly CatalogChange[];
}

/** 机关 (administrative organ) or 事业单位 (public institution): the economic mapping depends on it. */
export type UnitType = "机关" | "事业单位";
