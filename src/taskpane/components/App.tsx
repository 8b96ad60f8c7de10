import { Button, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckOptions, ReportFinding, Catalog, Settings } from "../../core";
import { BUNDLED_YEARS, bundledCatalog, ruleNotes } from "../../core";
import { acceptanceOf, withAcceptance, withoutAcceptance } from "../../session";
import type { BrowserReadOutcome, Download } from "../../host/browser";
import { jsonDownload, xlsxDownload } from "../../host/browser";
import { readProblemSentence } from "../../host/xlsx/read-problem-text";
import { paneStrings } from "../i18n";
import type { PaneStrings } from "../i18n";
import type { FindingFilter, IndexedFinding, PaneSettings, PreviewWindow } from "../model";
import {
  acceptedRows,
  groupFindings,
  isAccepted,
  listedReport,
  listRows,
  matchesFilter,
  onlySeverity,
  orderBySeverity,
  paneSettingsFrom,
  settingsFileText,
  SETTINGS_FILE_NAME,
  severityRows,
  sharedSettingsOf,
  SHOW_ALL,
  summaryCounts,
} from "../model";
import type { CheckedWorkbook, OpenedFile, PaneHost, SnapshotCheck } from "../source";
import { BrowserHost, catalogFromSheet, shareCatalogWithFunctions } from "../source";
import { CellPreview } from "./CellPreview";
import { withContent } from "./Content";
import type { Acceptance } from "./FindingItem";
import { FindingList } from "./FindingList";
import type { Notice } from "./Notices";
import { Notices } from "./Notices";
import { SettingsPanel } from "./SettingsPanel";
import { usePaneStyles } from "./styles";
import { SummaryBar } from "./SummaryBar";

/** How the pane starts: inside Excel with a host, or in a plain browser (also when Excel lacks what it needs). */
export type PaneStart =
  | { readonly kind: "excel"; readonly host: PaneHost }
  | {
      readonly kind: "browser";
      readonly openSample: () => Promise<BrowserReadOutcome | undefined>;
      /** Reads and checks a file off the page's thread where it can; "cancelled" once the signal aborts. */
      readonly openFile: (file: File, check: SnapshotCheck, signal?: AbortSignal) => Promise<OpenedFile | "cancelled">;
      /** Set when this is an Excel host lacking requirement sets: the names of what is missing. */
      readonly unsupportedExcel?: readonly string[];
    };

export interface AppProps {
  readonly start: PaneStart;
  readonly initialSettings: PaneSettings;
  readonly onSettings?: (settings: PaneSettings) => void;
  /** Called once the first report is on screen (the benchmark measures first render with it). */
  readonly onFirstReport?: () => void;
}

type Busy = "file" | "check" | undefined;

/** Hands a file to the browser's download (an object URL on a link that is clicked, then released). */
function saveFile(file: Download): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The engine's options for the pane's settings; defaults are left out, so they equal the command line's when unchanged. */
function checkOptionsOf(settings: PaneSettings, catalog?: Catalog): CheckOptions {
  return {
    ...(settings.profile !== "auto" && { profile: settings.profile }),
    ...(settings.tolerance !== "" && { tolerance: settings.tolerance }),
    ...(catalog && { catalog }),
  };
}

/** A catalog sheet belongs to the workbook it was picked in: another workbook starts from the bundled catalog. */
function forAnotherWorkbook(settings: PaneSettings): PaneSettings {
  return settings.catalog.kind === "sheet" ? { ...settings, catalog: { kind: "bundled", year: "auto" } } : settings;
}

/** The task pane: summary, findings by table and severity, settings; the same in Excel and in a browser. */
export function App({ start, initialSettings, onSettings, onFirstReport }: AppProps) {
  const styles = usePaneStyles();
  const [settings, setSettings] = useState(initialSettings);
  /**
   * The user's own choices. In the browser mode a workbook's stored settings are shown while it is open but not
   * kept: the next file opened starts from these, so it is checked as the command line would check it.
   */
  const ownSettings = useRef(initialSettings);
  const strings = paneStrings(settings.language);
  const [host, setHost] = useState<PaneHost | undefined>(start.kind === "excel" ? start.host : undefined);
  const [sampleShown, setSampleShown] = useState(false);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [checked, setChecked] = useState<CheckedWorkbook>();
  const [busy, setBusy] = useState<Busy>(start.kind === "browser" ? "file" : "check");
  /** The file being read, so the cancel button can stop it. */
  const fileReading = useRef<AbortController | undefined>(undefined);
  const [problem, setProblem] = useState<string>();
  // Said in the pane's language when shown, so switching language after an export does not leave the old one.
  const [done, setDone] = useState<(strings: PaneStrings) => ReactNode>();
  const [catalogNote, setCatalogNote] = useState<ReactNode>();
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [bySheet, setBySheet] = useState(false);
  const [selected, setSelected] = useState<number>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [introClosed, setIntroClosed] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const firstReported = useRef(false);

  useEffect(() => {
    document.documentElement.lang = settings.language === "zh" ? "zh-CN" : "en";
    document.title = strings.appTitle;
  }, [settings.language, strings.appTitle]);

  const run = useCallback(
    async (target: PaneHost, next: PaneSettings) => {
      setBusy("check");
      setProblem(undefined);
      setDone(undefined);
      try {
        let catalog: Catalog | undefined;
        setCatalogNote(undefined);
        if (next.catalog.kind === "sheet") {
          const sheet = next.catalog.sheet;
          const values = await target.sheetValues(sheet);
          const loaded = values ? catalogFromSheet(sheet, values, checked?.report(next.language).workbook ?? "") : undefined;
          if (loaded?.ok) {
            catalog = loaded.catalog;
            setCatalogNote(withContent((value) => strings.catalogLoaded(value, loaded.rows), sheet));
          } else {
            setProblem(strings.catalogEmpty(sheet));
          }
        } else if (next.catalog.year !== "auto") {
          catalog = bundledCatalog(next.catalog.year);
        }
        shareCatalogWithFunctions(catalog, { recalculate: target.kind === "excel" });
        const result = await target.check(checkOptionsOf(next, catalog), next.language, next.catalog);
        setChecked(result);
        setSelected(undefined);
      } catch (error) {
        setProblem(strings.checkFailed(errorText(error)));
      } finally {
        setBusy(undefined);
      }
    },
    [checked, strings],
  );

  const openOutcome = useCallback(
    async (outcome: BrowserReadOutcome | undefined, isSample: boolean) => {
      if (!outcome) {
        setProblem(strings.sampleMissing);
        setBusy(undefined);
        return;
      }
      if (!outcome.ok) {
        // The command line's sentence for the same problem: one answer in both places.
        setProblem(readProblemSentence(outcome.problem, settings.language));
        setBusy(undefined);
        return;
      }
      const next = new BrowserHost(outcome.snapshot);
      const mine = forAnotherWorkbook({ ...ownSettings.current, language: settings.language });
      setSettings(mine);
      setHost(next);
      setSampleShown(isSample);
      setCollapsed(new Set());
      await run(next, mine);
    },
    [run, settings, strings],
  );

  // A file the user opened: read and checked in one job (off the page's thread where the page can run a worker).
  const openFile = useCallback(
    (file: File) => {
      if (start.kind !== "browser") return;
      setBusy("file");
      setDone(undefined);
      const mine = forAnotherWorkbook({ ...ownSettings.current, language: settings.language });
      const check: SnapshotCheck = { ...checkOptionsOf(mine), catalog: mine.catalog };
      const reading = new AbortController();
      fileReading.current = reading;
      void start.openFile(file, check, reading.signal).then((opened) => {
        if (fileReading.current === reading) fileReading.current = undefined;
        setBusy(undefined);
        if (opened === "cancelled") return;
        if (!opened.ok) {
          // The command line's sentence for the same problem: one answer in both places.
          setProblem(readProblemSentence(opened.problem, settings.language));
          return;
        }
        setProblem(undefined);
        setCatalogNote(undefined);
        setSettings(mine);
        setHost(opened.host);
        setSampleShown(false);
        setCollapsed(new Set());
        setChecked(opened.checked);
        setSelected(undefined);
      });
    },
    [start, settings.language],
  );

  // The browser mode keeps a workbook in a worker: it ends when another workbook is shown.
  useEffect(() => () => host?.dispose?.(), [host]);

  // First load: Excel checks the open workbook; the browser opens the bundled sample.
  useEffect(() => {
    if (start.kind === "browser") void start.openSample().then((outcome) => openOutcome(outcome, true));
    else {
      // Opened by a ribbon validation: show its results (the cells are marked already) instead of running again.
      const ready = start.host.current?.();
      if (ready) {
        setChecked(ready);
        setBusy(undefined);
      } else void run(start.host, settings);
    }
    // Runs once per start; later runs come from the buttons.
  }, [start]);

  // Validation started from the ribbon publishes its results here.
  useEffect(() => {
    if (start.kind !== "excel" || !start.host.subscribe) return;
    return start.host.subscribe((update) => {
      setBusy(update.busy ? "check" : undefined);
      if (update.checked) {
        setChecked(update.checked);
        setSelected(undefined);
      }
      const failure = update.problem;
      if (failure) {
        setProblem(
          failure.kind === "unsupported" ? strings.unsupportedHostBody(failure.missing.join(", ")) : strings.checkFailed(failure.message),
        );
      }
    });
  }, [start, strings]);

  // The sheets to pick a catalog from: read when the settings open (the workbook may have changed since).
  useEffect(() => {
    if (!settingsOpen || !host) return;
    let current = true;
    host
      .sheetNames()
      .then((names) => current && setSheets(names))
      .catch(() => current && setSheets([]));
    return () => {
      current = false;
    };
  }, [settingsOpen, host, checked]);

  const report = useMemo(() => checked?.report(settings.language), [checked, settings.language]);
  // What is saved or written into the workbook keeps the report's plain amounts; the list reads them as its boxes do.
  const listed = useMemo(
    () => report && listedReport(report, checked?.input?.findings, settings.language),
    [report, checked, settings.language],
  );

  // In Excel the narrative paragraphs' text is read once per result, so quotes are shown as the cells write them.
  const [heldTexts, setHeldTexts] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    setHeldTexts(new Map());
    if (!checked || checked.cellText || !host?.cellTexts) return;
    const seen = new Set<string>();
    const cells = checked
      .report(settings.language)
      .findings.filter((f) => f.rule.startsWith("narrative.") && !seen.has(`${f.sheet}!${f.cell}`) && seen.add(`${f.sheet}!${f.cell}`))
      .map((f) => ({ sheet: f.sheet, cell: f.cell }));
    let current = true;
    void host.cellTexts(cells).then((texts) => current && setHeldTexts(texts));
    return () => {
      current = false;
    };
    // The language does not change which cells are narrative: read again only for new results.
  }, [checked, host]);
  const cellText = useMemo(
    () => checked?.cellText ?? ((sheet: string, cell: string) => heldTexts.get(`${sheet}!${cell}`)),
    [checked, heldTexts],
  );
  const rows = useMemo(() => {
    if (!listed || !checked) return [];
    const include = (f: ReportFinding) => !isAccepted(f) && matchesFilter(f, filter);
    const main = bySheet
      ? listRows(groupFindings(listed.findings, checked.sheetOrder, include), collapsed)
      : severityRows(orderBySeverity(listed.findings, checked.sheetOrder, include));
    // Accepted findings are no longer errors or warnings: listed after the others, hidden while a count card filters.
    const accepted =
      onlySeverity(filter) === undefined
        ? acceptedRows(listed.findings, checked.sheetOrder, (f) => matchesFilter(f, filter))
        : [];
    return [...main, ...accepted];
  }, [listed, checked, filter, collapsed, bySheet]);

  // Settings stored in the workbook (Excel): the pane shows them, and writes them back when they change.
  const storedOutcome = checked?.stored?.settings;
  const storedSettings: Settings | undefined = storedOutcome?.ok ? storedOutcome.settings : undefined;
  const adopted = useRef<unknown>(undefined);
  useEffect(() => {
    if (storedSettings === undefined || adopted.current === storedOutcome) return;
    adopted.current = storedOutcome;
    setSettings((current) => {
      const next = paneSettingsFrom(current, storedSettings);
      // Excel: the workbook's settings become the user's. The browser mode shows them while the file is open.
      if (start.kind === "excel") {
        ownSettings.current = next;
        onSettings?.(next);
      }
      return next;
    });
  }, [storedOutcome, storedSettings, onSettings, start.kind]);

  const acceptance = useMemo((): Acceptance | undefined => {
    if (!host) return undefined;
    const save = host.saveAccepted?.bind(host);
    if (!save)
      return { unavailable: strings.acceptUnavailable, onAccept: () => undefined, onUnaccept: () => undefined };
    const list = checked?.stored?.accepted ?? [];
    const store = (next: Parameters<typeof save>[0]) =>
      save(next).catch((error: unknown) => setProblem(strings.acceptFailed(errorText(error))));
    return {
      onAccept: (finding, reason) => void store(withAcceptance(list, acceptanceOf(finding, reason, new Date()))),
      onUnaccept: (finding) => void store(withoutAcceptance(list, finding)),
    };
  }, [host, checked, strings]);

  useEffect(() => {
    if (report) performance.mark("pane-report-rendered"); // the benchmark times every list from it
    if (report && !firstReported.current) {
      firstReported.current = true;
      onFirstReport?.();
    }
  }, [report, onFirstReport]);

  const applySettings = (next: PaneSettings) => {
    setSettings(next);
    ownSettings.current = next;
    onSettings?.(next);
    if (!host) return;
    if (!host.saveSettings) {
      void run(host, next);
      return;
    }
    // Excel: the workbook keeps them (the command line reads them too); the browser mode keeps them in place of the
    // file's for as long as it is open. The check then runs under them.
    const shared = sharedSettingsOf(next, storedSettings);
    adopted.current = undefined;
    host
      .saveSettings(shared)
      .catch((error: unknown) => setProblem(strings.settingsSaveFailed(errorText(error))))
      .finally(() => void run(host, next));
  };

  const exportSettings = () => {
    const text = settingsFileText(sharedSettingsOf(settings, storedSettings));
    saveFile({ name: SETTINGS_FILE_NAME, type: "application/json", bytes: text });
    setDone(() => (s: PaneStrings) => withContent(s.downloadDone, SETTINGS_FILE_NAME));
  };

  const activate = useCallback(
    (item: IndexedFinding) => {
      setSelected(item.index);
      setDone(undefined);
      if (!host?.select) return;
      const { sheet, cell } = item.finding;
      host.select(sheet, cell).catch(() => setProblem(strings.selectFailed(sheet, cell)));
    },
    [host, strings],
  );

  // Browser mode: the command line's report files, made in the page and saved by the browser (nothing is uploaded).
  const save = (download: Promise<Download>) => {
    download
      .then((file) => {
        saveFile(file);
        setDone(() => (s: PaneStrings) => withContent(s.downloadDone, file.name));
      })
      .catch((error: unknown) => setProblem(strings.checkFailed(errorText(error))));
  };

  const selectedFinding = selected === undefined ? undefined : listed?.findings[selected];
  // The browser mode's cell preview: asked of the worker holding the workbook when a finding is clicked.
  const [preview, setPreview] = useState<{ readonly of: ReportFinding; readonly window: PreviewWindow | undefined }>();
  useEffect(() => {
    if (!selectedFinding || !host?.preview) return;
    let current = true;
    const { sheet, cell, refs } = selectedFinding;
    const related = refs.filter((ref) => ref.sheet === sheet).map((ref) => ref.cell);
    host.preview(sheet, cell, related).then(
      (window) => current && setPreview({ of: selectedFinding, window }),
      () => current && setPreview({ of: selectedFinding, window: undefined }),
    );
    return () => {
      current = false;
    };
  }, [selectedFinding, host]);
  const shownPreview = preview && preview.of === selectedFinding ? preview : undefined;
  const detail = selectedFinding && shownPreview ? (
    shownPreview.window ? (
      <CellPreview preview={shownPreview.window} cell={selectedFinding.cell} strings={strings} />
    ) : (
      <Notices notices={[{ intent: "warning", body: strings.previewUnavailable }]} />
    )
  ) : undefined;

  const notices: Notice[] = [];
  if (start.kind === "browser" && start.unsupportedExcel) {
    notices.push({
      intent: "warning",
      title: strings.unsupportedHostTitle,
      body: strings.unsupportedHostBody(start.unsupportedExcel.join(", ")),
    });
  } else if (start.kind === "browser" && !introClosed) {
    notices.push({
      intent: "info",
      title: strings.browserModeTitle,
      body: strings.browserModeBody,
      onDismiss: () => setIntroClosed(true),
      dismissLabel: strings.dismiss,
    });
  }
  if (storedOutcome && !storedOutcome.ok)
    notices.push({ intent: "warning", body: strings.storedSettingsBad(storedOutcome.problem.key) });
  const notes = storedSettings ? ruleNotes(storedSettings, "workbook") : [];
  if (notes.length > 0) {
    notices.push({
      intent: "info",
      title: strings.ruleNotesTitle,
      // One rule a line: a list in the pane's language, not sentences joined by Chinese punctuation.
      body: notes.map((n) => (
        <span key={n.rule} className={styles.noteLine}>
          {n.setting === "off" ? strings.ruleNoteOff(n.rule) : strings.ruleNoteSeverity(n.rule, strings.severity[n.setting])}
        </span>
      )),
    });
  }
  if (checked?.cellSyncs !== undefined && checked.cellSyncs > 1)
    notices.push({ intent: "info", body: strings.readSplit(checked.cellSyncs) });
  if (checked?.recordIgnored) notices.push({ intent: "warning", body: strings.recordIgnored(checked.recordIgnored.whole, checked.recordIgnored.entries) });
  if (problem) notices.push({ intent: "error", body: problem });
  if (done) notices.push({ intent: "success", body: done(strings) });

  const workbookName = report ? (
    <>
      {withContent(strings.workbookLabel, report.workbook)}
      {sampleShown && strings.sampleSuffix}
    </>
  ) : undefined;

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.top}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          {workbookName && <span className={styles.workbook}>{workbookName}</span>}
        </div>
        <Notices notices={notices} />
        <div className={styles.toolbar}>
          {start.kind === "browser" && (
            <>
              <Button appearance="primary" size="small" onClick={() => fileInput.current?.click()} disabled={busy !== undefined}>
                {strings.openFile}
              </Button>
              <input
                ref={fileInput}
                className={styles.hiddenInput}
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="file-input"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) openFile(file);
                }}
              />
              {!sampleShown && (
                <Button size="small" disabled={busy !== undefined} onClick={() => void start.openSample().then((o) => openOutcome(o, true))}>
                  {strings.useSample}
                </Button>
              )}
            </>
          )}
          <Button size="small" disabled={!host || busy !== undefined} onClick={() => host && void run(host, settings)}>
            {strings.rerun}
          </Button>
          {host?.exportReport && (
            <Button
              size="small"
              disabled={!report || busy !== undefined}
              onClick={() => {
                if (!report || !host.exportReport) return;
                host
                  .exportReport(report)
                  .then((sheet) => setDone(() => (s: PaneStrings) => s.exportDone(sheet)))
                  .catch((error: unknown) => setProblem(strings.checkFailed(errorText(error))));
              }}
            >
              {strings.exportReport}
            </Button>
          )}
          {start.kind === "browser" && (
            <>
              <Button size="small" disabled={!report || busy !== undefined} onClick={() => report && save(xlsxDownload(report, settings.language, checked?.about))}>
                {strings.downloadXlsx}
              </Button>
              <Button size="small" disabled={!report || busy !== undefined} onClick={() => report && save(Promise.resolve(jsonDownload(report)))}>
                {strings.downloadJson}
              </Button>
            </>
          )}
          {/* An outlined button as its neighbours: "subtle" drew it as plain text that did not look clickable (issue 8). */}
          <Button size="small" aria-expanded={settingsOpen} onClick={() => setSettingsOpen((open) => !open)}>
            {settingsOpen ? strings.closeSettings : strings.settings}
          </Button>
        </div>
        {report && (
          <SummaryBar
            strings={strings}
            counts={summaryCounts(report)}
            filter={filter}
            onFilter={setFilter}
            bySheet={bySheet}
            onBySheet={setBySheet}
          />
        )}
      </header>
      <main className={styles.scroll} aria-busy={busy !== undefined}>
        {settingsOpen && (
          <SettingsPanel
            strings={strings}
            settings={settings}
            bundledYears={BUNDLED_YEARS}
            sheets={sheets}
            canLoadCatalog
            catalogNote={catalogNote ?? (report ? catalogInUse(report.catalog, strings) : undefined)}
            onLanguage={(language) => {
              const next = { ...settings, language };
              setSettings(next);
              ownSettings.current = { ...ownSettings.current, language };
              onSettings?.({ ...ownSettings.current });
              // Excel's notes on the cells are in the language of the run: check again so they match.
              if (host?.kind === "excel") void run(host, next);
            }}
            onApply={applySettings}
            onExport={exportSettings}
            shared={host?.kind === "excel"}
          />
        )}
        {busy !== undefined ? (
          <div className={styles.status}>
            <Spinner size="small" label={busy === "file" ? strings.openingFile : strings.checking} />
            {busy === "file" && fileReading.current && (
              <Button size="small" data-testid="cancel-read" onClick={() => fileReading.current?.abort()}>
                {strings.cancelRead}
              </Button>
            )}
          </div>
        ) : (
          report && (
            <FindingList
              rows={rows}
              strings={strings}
              selected={selected}
              onActivate={activate}
              onToggleSheet={(sheet) =>
                setCollapsed((current) => {
                  const next = new Set(current);
                  if (next.has(sheet)) next.delete(sheet);
                  else next.add(sheet);
                  return next;
                })
              }
              detail={detail}
              nothingFound={report.findings.length === 0}
              sources={checked?.input?.findings}
              cellText={cellText}
              acceptance={acceptance}
            />
          )
        )}
      </main>
    </FluentProvider>
  );
}

/** The bundled catalog's source ("内置 2024（部分）") is the tool's own words: said in the pane's language. */
const BUNDLED_SOURCE = /^内置 (\d{4})(（部分）)?$/;

function catalogInUse(catalog: { year: number | null; source: string }, strings: PaneStrings): ReactNode {
  const bundled = BUNDLED_SOURCE.exec(catalog.source);
  if (bundled) return strings.catalogInUse(strings.bundledCatalogName(bundled[1] ?? "", bundled[2] !== undefined));
  // A catalog read from a file or sheet is named by its source (workbook content); its year is ours to say.
  const year = catalog.year === null || catalog.source.includes(String(catalog.year)) ? "" : ` · ${strings.catalogYear(catalog.year)}`;
  return withContent((value) => strings.catalogInUse(value) + year, catalog.source);
}
