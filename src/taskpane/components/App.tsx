import { Button, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckOptions } from "../../core/engine";
import type { Catalog } from "../../core/catalog";
import { BUNDLED_YEAR, bundledCatalog } from "../../core/catalog";
import type { BrowserReadOutcome } from "../../host/browser";
import { readProblemSentence } from "../../host/xlsx/read-problem-text";
import { paneStrings } from "../i18n";
import type { PaneStrings } from "../i18n";
import type { FindingFilter, IndexedFinding, PaneSettings } from "../model";
import { groupFindings, listRows, matchesFilter, SHOW_ALL, summaryCounts } from "../model";
import type { CheckedWorkbook, PaneHost } from "../source";
import { BrowserHost, catalogFromSheet } from "../source";
import { CellPreview } from "./CellPreview";
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
      readonly readFile: (file: File) => Promise<BrowserReadOutcome>;
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The task pane: summary, findings by table and severity, settings; the same in Excel and in a browser. */
export function App({ start, initialSettings, onSettings, onFirstReport }: AppProps) {
  const styles = usePaneStyles();
  const [settings, setSettings] = useState(initialSettings);
  const strings = paneStrings(settings.language);
  const [host, setHost] = useState<PaneHost | undefined>(start.kind === "excel" ? start.host : undefined);
  const [sampleShown, setSampleShown] = useState(false);
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [checked, setChecked] = useState<CheckedWorkbook>();
  const [busy, setBusy] = useState<Busy>(start.kind === "browser" ? "file" : "check");
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [catalogNote, setCatalogNote] = useState<string>();
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
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
            setCatalogNote(strings.catalogLoaded(sheet, loaded.rows));
          } else {
            setProblem(strings.catalogEmpty(sheet));
          }
        } else if (next.catalog.year !== "auto") {
          catalog = bundledCatalog(next.catalog.year);
        }
        // Defaults are left out, so the options equal the command line's when nothing was changed.
        const options: CheckOptions = {
          ...(next.profile !== "auto" && { profile: next.profile }),
          ...(next.tolerance !== "" && { tolerance: next.tolerance }),
          ...(catalog && { catalog }),
        };
        const result = await target.check(options, next.language);
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
      setHost(next);
      setSampleShown(isSample);
      setCollapsed(new Set());
      await run(next, settings);
    },
    [run, settings, strings],
  );

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
  const rows = useMemo(() => {
    if (!report || !checked) return [];
    return listRows(groupFindings(report.findings, checked.sheetOrder, (f) => matchesFilter(f, filter)), collapsed);
  }, [report, checked, filter, collapsed]);

  useEffect(() => {
    if (report) performance.mark("pane-report-rendered"); // the benchmark times every list from it
    if (report && !firstReported.current) {
      firstReported.current = true;
      onFirstReport?.();
    }
  }, [report, onFirstReport]);

  const applySettings = (next: PaneSettings) => {
    setSettings(next);
    onSettings?.(next);
    if (host) void run(host, next);
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

  const selectedFinding = selected === undefined ? undefined : report?.findings[selected];
  const preview =
    selectedFinding && host?.preview
      ? host.preview(
          selectedFinding.sheet,
          selectedFinding.cell,
          selectedFinding.refs.filter((ref) => ref.sheet === selectedFinding.sheet).map((ref) => ref.cell),
        )
      : undefined;
  const detail = selectedFinding && host?.preview ? (
    preview ? (
      <CellPreview preview={preview} cell={selectedFinding.cell} strings={strings} />
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
  if (problem) notices.push({ intent: "error", body: problem });
  if (done) notices.push({ intent: "success", body: done });

  const workbookName = report ? report.workbook + (sampleShown ? strings.sampleSuffix : "") : undefined;

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.top}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          {workbookName && <span className={styles.workbook}>{strings.workbookLabel(workbookName)}</span>}
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
                  if (!file) return;
                  setBusy("file");
                  void start.readFile(file).then((outcome) => openOutcome(outcome, false));
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
                  .then((sheet) => setDone(strings.exportDone(sheet)))
                  .catch((error: unknown) => setProblem(strings.checkFailed(errorText(error))));
              }}
            >
              {strings.exportReport}
            </Button>
          )}
          <Button size="small" appearance="subtle" aria-expanded={settingsOpen} onClick={() => setSettingsOpen((open) => !open)}>
            {settingsOpen ? strings.closeSettings : strings.settings}
          </Button>
        </div>
        {report && <SummaryBar strings={strings} counts={summaryCounts(report)} filter={filter} onFilter={setFilter} />}
      </header>
      <main className={styles.scroll} aria-busy={busy !== undefined}>
        {settingsOpen && (
          <SettingsPanel
            strings={strings}
            settings={settings}
            bundledYears={[BUNDLED_YEAR]}
            sheets={sheets}
            canLoadCatalog
            catalogNote={catalogNote ?? (report ? strings.catalogInUse(catalogLabel(report.catalog, strings)) : undefined)}
            onLanguage={(language) => {
              const next = { ...settings, language };
              setSettings(next);
              onSettings?.(next);
              // Excel's notes on the cells are in the language of the run: check again so they match.
              if (host?.kind === "excel") void run(host, next);
            }}
            onApply={applySettings}
          />
        )}
        {busy !== undefined ? (
          <div className={styles.status}>
            <Spinner size="small" label={busy === "file" ? strings.openingFile : strings.checking} />
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
            />
          )
        )}
      </main>
    </FluentProvider>
  );
}

function catalogLabel(catalog: { year: number | null; source: string }, strings: PaneStrings): string {
  // Bundled sources name their year already ("内置 2024（部分）").
  return catalog.year === null || catalog.source.includes(String(catalog.year))
    ? catalog.source
    : `${catalog.source} · ${strings.catalogYear(catalog.year)}`;
}
