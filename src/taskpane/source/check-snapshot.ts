import type {
  AcceptedFinding,
  CheckOptions,
  Profile,
  CustomXmlPart,
  ReportInput,
  Settings,
  SettingsOutcome,
  WorkbookSnapshot,
} from "../../core";
import {
  applyAccepted,
  bodyName,
  buildReport,
  bundledCatalog,
  check,
  checkWithSettings,
  isAcceptedXml,
  isSettingsXml,
  parseAcceptedXml,
  parseAddress,
  parseSettingsXml,
} from "../../core";
import type { CatalogChoice } from "../model";
import type { CheckedWorkbook } from "./pane-host";
import { catalogFromSheet } from "./sheet-catalog";

/**
 * A check asked of a snapshot as plain data (it crosses to the browser mode's worker): the catalog as the pane's
 * choice rather than a catalog object, which the side holding the snapshot builds.
 */
export interface SnapshotCheck {
  readonly profile?: Profile;
  readonly tolerance?: string;
  readonly catalog?: CatalogChoice;
  /** Settings standing in for those stored in the workbook (the pane's, once applied: the file is read-only). */
  readonly settings?: Settings;
}

/** The engine's options for a check: a catalog sheet read from the snapshot itself, a bundled year as chosen. */
export function checkOptionsFor(snapshot: WorkbookSnapshot, request: SnapshotCheck): CheckOptions {
  const choice = request.catalog;
  let catalog: CheckOptions["catalog"];
  if (choice?.kind === "sheet") {
    const values = snapshot.sheets.find((s) => s.name === choice.sheet)?.values;
    const loaded = values && catalogFromSheet(choice.sheet, values, snapshot.name);
    catalog = loaded?.ok ? loaded.catalog : undefined;
  } else if (typeof choice?.year === "number") {
    catalog = bundledCatalog(choice.year);
  }
  return {
    ...(request.profile !== undefined && { profile: request.profile }),
    ...(request.tolerance !== undefined && { tolerance: request.tolerance }),
    ...(catalog && { catalog }),
  };
}

/** What the workbook stores for the pane: accepted findings, and its settings part (read strictly) if any. */
export interface StoredInWorkbook {
  readonly accepted: readonly AcceptedFinding[];
  readonly settings?: SettingsOutcome;
}

/**
 * A checked snapshot as plain data (strings, numbers, arrays and plain objects only): what the browser mode's worker
 * sends to the page, which rebuilds the report in any language from it. No class instance may be in it, since a
 * structured clone would turn one into a bare object.
 */
export interface CheckedData {
  readonly input: ReportInput;
  readonly sheetOrder: readonly string[];
  /** The text of each cell a narrative finding is about ("Sheet!A1", text): quotes are shown as the cell has them. */
  readonly heldTexts: readonly (readonly [string, string])[];
  readonly stored: StoredInWorkbook;
  /** The body on its 编制部门/编制单位 line (absent when no sheet prints one) and the year checked (null when none). */
  readonly about: { readonly body?: string; readonly year: number | null };
}

function partTexts(parts: readonly CustomXmlPart[] | undefined): string[] {
  return (parts ?? []).map((part) => part.xml.replace(/^\uFEFF/, ""));
}

/** The accepted findings and settings the pane stored in the file, read from its custom XML parts as the command line reads them. */
export function storedInWorkbook(snapshot: WorkbookSnapshot): StoredInWorkbook {
  const texts = partTexts(snapshot.customXmlParts);
  const settingsPart = texts.filter(isSettingsXml).pop();
  return {
    accepted: texts.filter(isAcceptedXml).flatMap((xml) => parseAcceptedXml(xml)),
    ...(settingsPart !== undefined && { settings: parseSettingsXml(settingsPart) }),
  };
}

/** The workbook's settings without a catalog file (a path saved on another machine is not followed), as the command line does. */
function withoutCatalogFile(settings: Settings): Settings {
  const { catalog, ...rest } = settings;
  return { ...rest, ...(catalog?.year !== undefined && { catalog: { year: catalog.year } }) };
}

const narrativeKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/**
 * Runs the core's check on a snapshot as the command line does for the same file: under the settings stored in the
 * workbook (rules off or re-graded, profile, tolerance) unless `settings` stands in for them (the pane's applied
 * settings: the file itself is read-only in the browser).
 */
export function checkedDataOf(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
  settings?: Settings,
): CheckedData {
  const stored = storedInWorkbook(snapshot);
  const fromFile = stored.settings?.ok ? withoutCatalogFile(stored.settings.settings) : undefined;
  const under = settings ?? fromFile;
  const { input, result } =
    under === undefined
      ? check(snapshot, options)
      : check(snapshot, options, (s, o) => checkWithSettings(s, o ?? {}, under));
  const heldTexts = new Map<string, string>();
  for (const finding of input.findings) {
    const key = narrativeKey(finding.sheet, finding.cell);
    if (!finding.rule.startsWith("narrative.") || heldTexts.has(key)) continue;
    const at = parseAddress(finding.cell);
    const value = at && snapshot.sheets.find((s) => s.name === finding.sheet)?.values[at.row]?.[at.col];
    if (typeof value === "string") heldTexts.set(key, value);
  }
  // Settings applied in the pane stand in for the file's, as they would once stored in it (Excel writes them there).
  const shown: StoredInWorkbook = settings === undefined ? stored : { ...stored, settings: { ok: true, settings } };
  const body = bodyName(snapshot);
  return {
    input,
    sheetOrder: snapshot.sheets.map((sheet) => sheet.name),
    heldTexts: [...heldTexts],
    stored: shown,
    about: { ...(body !== undefined && { body }), year: result.year },
  };
}

/** The pane's view of checked data: the report in a language, with the workbook's acceptances applied. */
export function checkedWorkbookOf(data: CheckedData): CheckedWorkbook & { readonly input: ReportInput } {
  const texts = new Map(data.heldTexts);
  return {
    input: data.input,
    sheetOrder: data.sheetOrder,
    report: (language) => applyAccepted(buildReport(data.input, language), data.stored.accepted).report,
    cellText: (sheet, cell) => texts.get(narrativeKey(sheet, cell)),
    stored: data.stored,
    about: data.about,
  };
}

/** Runs the core's check on a snapshot in this thread, and keeps what the report and the list need. */
export function checkSnapshot(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
  settings?: Settings,
): CheckedWorkbook & { readonly input: ReportInput } {
  return checkedWorkbookOf(checkedDataOf(snapshot, options, settings));
}
