/**
 * The Office.js requirement sets this add-in uses, in one place, and what the pane should say when one is missing.
 * Excel with the shared runtime (Microsoft 365, Excel 2021+, Excel on the web) has the required ones; the optional
 * ones only make marks richer. Keep this list in step with manifest.xml's <Requirements>.
 */

export type Feature = "commands" | "read" | "marks" | "report" | "merges" | "notes";

export interface RequirementSet {
  readonly name: "ExcelApi" | "SharedRuntime";
  readonly version: string;
}

export interface FeatureRequirement {
  readonly feature: Feature;
  readonly sets: readonly RequirementSet[];
  /** Required features stop validation inside Excel when missing; optional ones degrade quietly (see docs/excel.md). */
  readonly required: boolean;
  /** What the feature uses, for the README and for whoever changes the code. */
  readonly uses: string;
}

export const REQUIREMENTS: readonly FeatureRequirement[] = [
  {
    feature: "commands",
    sets: [{ name: "SharedRuntime", version: "1.1" }],
    required: true,
    uses: "ribbon buttons and the pane in one JavaScript context; Office.addin.showAsTaskpane",
  },
  {
    feature: "read",
    sets: [{ name: "ExcelApi", version: "1.4" }],
    required: true,
    uses: "getUsedRangeOrNullObject, getItemOrNullObject",
  },
  {
    feature: "marks",
    sets: [
      { name: "ExcelApi", version: "1.5" },
      { name: "ExcelApi", version: "1.9" },
    ],
    required: true,
    uses: "customXmlParts (the record of originals); getCellProperties / setCellProperties (fills)",
  },
  {
    feature: "report",
    sets: [{ name: "ExcelApi", version: "1.7" }],
    required: true,
    uses: "range.hyperlink in the 校验报告 sheet; workbook.name",
  },
  {
    feature: "merges",
    sets: [{ name: "ExcelApi", version: "1.13" }],
    required: false,
    uses: "getMergedAreasOrNullObject (merged title and header cells)",
  },
  {
    feature: "notes",
    sets: [{ name: "ExcelApi", version: "1.18" }],
    required: false,
    uses: "workbook.notes / worksheet.notes (a note with the message on each marked cell); workbook.comments (1.10) to leave cells with a threaded comment alone",
  },
];

export type SetSupported = (name: string, version: string) => boolean;

export interface HostSupport {
  /** Everything required is there: validation, marks and the report sheet work inside Excel. */
  readonly ok: boolean;
  readonly features: Readonly<Record<Feature, boolean>>;
  /** Missing sets, required and optional, each once ("ExcelApi 1.18"). */
  readonly missing: readonly string[];
  /** Missing required sets only: when not empty the pane points to the browser mode and the command line. */
  readonly missingRequired: readonly string[];
}

/** Office's own check, or none outside Office (a plain browser, a test): then nothing is supported. */
function officeSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported(name, version) === true;
}

export function hostSupport(isSetSupported: SetSupported = officeSetSupported): HostSupport {
  const missing = new Set<string>();
  const missingRequired = new Set<string>();
  const features = {} as Record<Feature, boolean>;
  for (const requirement of REQUIREMENTS) {
    let ok = true;
    for (const set of requirement.sets) {
      if (isSetSupported(set.name, set.version)) continue;
      ok = false;
      missing.add(`${set.name} ${set.version}`);
      if (requirement.required) missingRequired.add(`${set.name} ${set.version}`);
    }
    features[requirement.feature] = ok;
  }
  return { ok: missingRequired.size === 0, features, missing: [...missing], missingRequired: [...missingRequired] };
}

/** A test or a known host: every set up to the given ExcelApi version, and the shared runtime. */
export function supportUpTo(excelApi: string): SetSupported {
  const [major, minor] = excelApi.split(".").map(Number) as [number, number];
  return (name, version) => {
    if (name === "SharedRuntime") return true;
    const [m, n] = version.split(".").map(Number) as [number, number];
    return name === "ExcelApi" && (m < major || (m === major && n <= minor));
  };
}
