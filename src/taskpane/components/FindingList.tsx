import { Button, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../core";
import { SEVERITIES } from "../../core";
import type { PaneStrings } from "../i18n";
import type { IndexedFinding, ListRow } from "../model";
import { cutText, showControls } from "../model";
import { FindingItem, type Acceptance } from "./FindingItem";
import { SeverityIcon } from "./SeverityIcon";
import { useButtonStyles, useSeverityStyles } from "./styles";

/** Rows mounted at first and added per window as the user scrolls; see docs/taskpane.md for the measurements. */
export const WINDOW_ROWS = 80;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  // Off-screen rows are laid out only when scrolled near (Chromium/WebView2, Safari 18): smooth with 1,000 findings.
  findingRow: { contentVisibility: "auto", containIntrinsicSize: "auto 110px" },
  sheet: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  chevron: { width: "1em", flexShrink: 0, color: tokens.colorNeutralForeground3 },
  sheetName: { flexGrow: 1, overflowWrap: "anywhere" },
  sheetCounts: { display: "flex", columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightRegular, flexShrink: 0 },
  sheetCount: { display: "flex", alignItems: "center", columnGap: "2px", fontVariantNumeric: "tabular-nums" },
  severity: {
    display: "flex",
    alignItems: "center",
    columnGap: "4px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 2px`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  acceptedHeading: { marginTop: tokens.spacingVerticalS, color: tokens.colorPaletteGreenForeground1 },
  more: { display: "flex", justifyContent: "center", padding: tokens.spacingVerticalM },
  empty: { padding: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2, textAlign: "center" },
});

/** The preview opens under the clicked finding: bring all of it into view. */
function scrollIntoViewOnMount(node: HTMLDivElement | null): void {
  node?.scrollIntoView?.({ block: "nearest" });
}

export interface FindingListProps {
  readonly rows: readonly ListRow[];
  readonly strings: PaneStrings;
  readonly selected: number | undefined;
  readonly onActivate: (item: IndexedFinding) => void;
  readonly onToggleSheet: (sheet: string) => void;
  /** Shown under the selected finding (the browser mode's cell preview). */
  readonly detail?: ReactNode;
  /** The check found nothing at all (rather than the filter hiding everything). */
  readonly nothingFound?: boolean;
  /** The engine's findings, by report index, when the host has them (they tell workbook text apart). */
  readonly sources?: readonly Finding[];
  /** The text a cell holds, when the host has the workbook (quotes are shown as written there). */
  readonly cellText?: (sheet: string, cell: string) => string | undefined;
  /** Accepting findings: where the host can store them, or why it cannot. */
  readonly acceptance?: Acceptance;
}

/**
 * Findings by severity (errors first), or grouped by table and then severity. Arrow keys move between entries (one tab stop for the whole list);
 * Enter or a click goes to the cell. Rows are rendered in windows of WINDOW_ROWS as the end comes into view.
 */
export function FindingList({ rows, strings, selected, onActivate, onToggleSheet, detail, nothingFound, sources, cellText, acceptance }: FindingListProps) {
  const styles = useStyles();
  const buttons = useButtonStyles();
  const severityStyles = useSeverityStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const [limit, setLimit] = useState(WINDOW_ROWS);
  const sentinel = useRef<HTMLDivElement>(null);

  // A new list (re-run, filter) starts again with one window.
  useEffect(() => setLimit(WINDOW_ROWS), [rows]);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => current + WINDOW_ROWS);
      },
      { rootMargin: "600px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [limit, rows.length]);

  if (rows.length === 0) return <p className={styles.empty}>{nothingFound ? strings.summaryNone : strings.noMatch}</p>;
  const shown = rows.slice(0, limit);
  let headingSheet: string | undefined;
  return (
    <>
      <ul className={styles.list} aria-label={strings.findingsListLabel} {...arrows}>
        {shown.map((row) => {
          // Under a sheet heading a finding need not name its sheet; in the list by severity each one does.
          if (row.kind === "accepted") {
            headingSheet = undefined;
            return (
              <li key={row.key} className={`${styles.severity} ${styles.acceptedHeading}`} data-testid="accepted-heading">
                <span aria-hidden="true">✓</span>
                {strings.acceptedHeading} · {row.count}
              </li>
            );
          }
          if (row.kind !== "finding") headingSheet = row.kind === "sheet" ? row.sheet : row.sheet || undefined;
          if (row.kind === "sheet") {
            const total = row.counts.error + row.counts.warning + row.counts.info;
            return (
              <li key={row.key}>
                <button
                  type="button"
                  className={mergeClasses(buttons.row, styles.sheet)}
                  aria-expanded={!row.collapsed}
                  aria-label={strings.sheetHeading(row.sheet, total)}
                  title={row.collapsed ? strings.expandSheet(row.sheet) : strings.collapseSheet(row.sheet)}
                  onClick={() => onToggleSheet(row.sheet)}
                >
                  <span className={styles.chevron} aria-hidden="true">
                    {row.collapsed ? "▸" : "▾"}
                  </span>
                  <span className={styles.sheetName} data-content="workbook">
                    {cutText(showControls(row.sheet), 80).text}
                  </span>
                  <span className={styles.sheetCounts} aria-hidden="true">
                    {SEVERITIES.filter((s) => row.counts[s] > 0).map((s) => (
                      <span key={s} className={styles.sheetCount}>
                        <SeverityIcon severity={s} className={severityStyles[s]} />
                        {row.counts[s]}
                      </span>
                    ))}
                  </span>
                </button>
              </li>
            );
          }
          if (row.kind === "severity") {
            return (
              <li key={row.key} className={`${styles.severity} ${severityStyles[row.severity]}`}>
                <SeverityIcon severity={row.severity} />
                {strings.severity[row.severity]} · {row.count}
              </li>
            );
          }
          const isSelected = row.item.index === selected;
          return (
            <li key={row.key} className={isSelected ? undefined : styles.findingRow}>
              <FindingItem
                item={row.item}
                strings={strings}
                selected={isSelected}
                onActivate={onActivate}
                showSheet={row.item.finding.sheet !== headingSheet}
                source={sources?.[row.item.index]}
                held={row.item.finding.rule.startsWith("narrative.") ? cellText?.(row.item.finding.sheet, row.item.finding.cell) : undefined}
                acceptance={acceptance}
              />
              {isSelected && detail && <div ref={scrollIntoViewOnMount}>{detail}</div>}
            </li>
          );
        })}
      </ul>
      {shown.length < rows.length && (
        <div className={styles.more} ref={sentinel}>
          <Button appearance="subtle" onClick={() => setLimit((current) => current + WINDOW_ROWS)}>
            {strings.showMore(rows.slice(limit).filter((row) => row.kind === "finding").length)}
          </Button>
        </div>
      )}
    </>
  );
}
