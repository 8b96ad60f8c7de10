import type { Profile, Severity } from "../../core";
import type { SideWord } from "../model/side-words";

/** Every label the pane shows. Typed as a whole, so a language missing a label does not compile. */
export interface PaneStrings {
  readonly appTitle: string;
  readonly loadingOffice: string;
  readonly checking: string;
  readonly openingFile: string;
  /** Severity names, singular, shown next to each finding and icon (colour is never the only signal). */
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summaryHeading: string;
  readonly summaryNone: string;
  readonly summaryTables: (count: number) => string;
  /** A count card's name for screen readers and its tooltip: `only` when it is the one severity shown. */
  readonly filterBySeverity: (severity: string, count: number, only: boolean) => string;
  /** The line under the cards while one severity is shown: says so and how to show all again. */
  readonly onlyShowing: (severity: string, count: number) => string;
  readonly showAll: string;
  /** The list's order: by severity (the default) or grouped by sheet. */
  readonly groupBySheet: string;
  readonly groupBySeverity: string;
  readonly searchPlaceholder: string;
  readonly searchLabel: string;
  readonly noMatch: string;
  readonly findingsListLabel: string;
  readonly sheetHeading: (sheet: string, total: number) => string;
  readonly expandSheet: (sheet: string) => string;
  readonly collapseSheet: (sheet: string) => string;
  /** The two sides of a finding in the reader's words: the text's figure, the table's, what it should be. */
  readonly sides: Readonly<Record<SideWord, string>>;
  readonly difference: string;
  readonly stored: string;
  readonly bound: string;
  readonly verdictRoundingTail: string;
  readonly verdictOff: string;
  readonly related: string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly showMore: (remaining: number) => string;
  readonly rerun: string;
  readonly exportReport: string;
  readonly exportDone: (sheet: string) => string;
  readonly settings: string;
  readonly closeSettings: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<"zh" | "en", string>>;
  readonly profile: string;
  readonly profileNames: Readonly<Record<Profile, string>>;
  readonly tolerance: string;
  readonly toleranceHint: string;
  readonly toleranceInvalid: string;
  readonly catalog: string;
  readonly catalogBundled: string;
  readonly catalogYearAuto: string;
  readonly catalogYear: (year: number) => string;
  readonly catalogFromSheet: string;
  readonly catalogSheet: string;
  readonly catalogSheetNone: string;
  readonly catalogLoaded: (source: string, rows: number) => string;
  readonly catalogUnavailable: string;
  readonly catalogEmpty: (sheet: string) => string;
  readonly catalogInUse: (source: string) => string;
  readonly apply: string;
  readonly browserModeTitle: string;
  readonly dismiss: string;
  readonly browserModeBody: string;
  readonly openFile: string;
  readonly useSample: string;
  readonly workbookLabel: (name: string) => string;
  readonly sampleSuffix: string;
  readonly sampleMissing: string;
  readonly unsupportedHostTitle: string;
  readonly unsupportedHostBody: (missing: string) => string;
  readonly checkFailed: (detail: string) => string;
  readonly previewLabel: (sheet: string, cell: string) => string;
  readonly previewClose: string;
  readonly previewUnavailable: string;
  readonly selectFailed: (sheet: string, cell: string) => string;
  readonly hiddenSheet: string;
  /** Long text is cut in the list: the button that shows it whole says how much is left. */
  readonly showFull: (left: number) => string;
  readonly hideFull: string;
  readonly fullText: string;
  readonly downloadXlsx: string;
  readonly downloadJson: string;
  readonly downloadDone: (file: string) => string;
  /** The bundled catalog's name in the pane's language (its source string in the report is Chinese). */
  readonly bundledCatalogName: (year: string, partial: boolean) => string;
  /** Accepting a finding (issue 10): the button, the reason field and its default start, what an accepted one shows. */
  readonly accept: string;
  readonly acceptReasonLabel: string;
  readonly acceptReasonStart: string;
  readonly acceptConfirm: string;
  readonly acceptCancel: string;
  /** Why the button is disabled in browser mode (the file is only read there). */
  readonly acceptUnavailable: string;
  readonly accepted: string;
  /** An accepted finding's former severity, for its tooltip and screen readers ("原为错误"). */
  readonly wasSeverity: (severity: string) => string;
  readonly unaccept: string;
  readonly acceptedHeading: string;
  /** Beside the counts: how many findings are accepted (left out of the counts). */
  readonly acceptedCount: (count: number) => string;
  readonly acceptFailed: (detail: string) => string;
  /** Settings shared with the command line. */
  readonly exportSettings: string;
  readonly settingsSharedHint: string;
  readonly settingsSaveFailed: (detail: string) => string;
  readonly ruleNotesTitle: string;
  readonly ruleNoteOff: (rule: string) => string;
  readonly ruleNoteSeverity: (rule: string, severity: string) => string;
  readonly storedSettingsBad: (key: string) => string;
  /** Excel on the web: the read was split to stay within Office's 5 MB payload limit. */
  readonly readSplit: (syncs: number) => string;
  /** The marks record held something unexpected: ignored, so clearing restores only what it could read. */
  readonly recordIgnored: (whole: boolean, entries: number) => string;
  /** Browser mode: stops reading the file being opened. */
  readonly cancelRead: string;
}
