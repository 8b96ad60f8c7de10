import { Input, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../core";
import type { PaneStrings } from "../i18n";
import type { FindingFilter, SummaryCounts } from "../model";
import { onlySeverity, SHOW_ALL, toggleOnly } from "../model";
import { SeverityIcon } from "./SeverityIcon";
import { useButtonStyles, useSeverityStyles } from "./styles";

const useStyles = makeStyles({
  counts: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", columnGap: tokens.spacingHorizontalS },
  toggle: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
    textAlign: "left",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  on: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2, boxShadow: `inset 0 0 0 1px ${tokens.colorBrandStroke1}` },
  off: { opacity: 0.6, ...shorthands.borderStyle("dashed"), backgroundColor: tokens.colorNeutralBackground3 },
  label: { display: "flex", alignItems: "center", columnGap: "4px", fontSize: tokens.fontSizeBase200 },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  line: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0, minWidth: 0 },
  acceptedCount: { color: tokens.colorPaletteGreenForeground1 },
  lineRow: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
  },
});

export interface SummaryBarProps {
  readonly strings: PaneStrings;
  readonly counts: SummaryCounts;
  readonly filter: FindingFilter;
  readonly onFilter: (filter: FindingFilter) => void;
  /** The list is grouped by sheet (else ordered by severity, the default). */
  readonly bySheet: boolean;
  readonly onBySheet: (bySheet: boolean) => void;
}

/**
 * Counts per severity. Each count card is a filter: a click shows only that severity (and the line below says so),
 * a second click shows every severity again.
 */
export function SummaryBar({ strings, counts, filter, onFilter, bySheet, onBySheet }: SummaryBarProps) {
  const styles = useStyles();
  const buttons = useButtonStyles();
  const severityStyles = useSeverityStyles();
  const only = onlySeverity(filter);
  return (
    <section aria-label={strings.summaryHeading}>
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => {
          const isOnly = only === severity;
          const count = counts.bySeverity[severity];
          return (
            <button
              key={severity}
              type="button"
              className={mergeClasses(styles.toggle, isOnly && styles.on, only !== undefined && !isOnly && styles.off)}
              aria-pressed={isOnly}
              aria-label={strings.filterBySeverity(strings.severity[severity], count, isOnly)}
              title={strings.filterBySeverity(strings.severity[severity], count, isOnly)}
              data-severity={severity}
              onClick={() => onFilter(toggleOnly(filter, severity))}
            >
              <span className={styles.label}>
                <SeverityIcon severity={severity} className={severityStyles[severity]} />
                {strings.severity[severity]}
              </span>
              <span className={styles.number}>{count}</span>
            </button>
          );
        })}
      </div>
      <div className={styles.lineRow}>
        <p className={styles.line} role="status" data-testid="filter-status">
          {only !== undefined ? (
            <>
              {strings.onlyShowing(strings.severity[only], counts.bySeverity[only])}{" "}
              <button type="button" className={buttons.link} onClick={() => onFilter({ ...filter, severities: SHOW_ALL.severities })}>
                {strings.showAll}
              </button>
            </>
          ) : counts.total === 0 ? (
            strings.summaryNone
          ) : (
            strings.summaryTables(counts.tables)
          )}
          {counts.accepted > 0 && (
            <span className={styles.acceptedCount} data-testid="accepted-count">
              {" · "}
              {strings.acceptedCount(counts.accepted)}
            </span>
          )}
        </p>
        <button type="button" className={buttons.link} aria-pressed={bySheet} onClick={() => onBySheet(!bySheet)}>
          {bySheet ? strings.groupBySeverity : strings.groupBySheet}
        </button>
      </div>
      <Input
        type="search"
        size="small"
        style={{ width: "100%" }}
        value={filter.query}
        placeholder={strings.searchPlaceholder}
        aria-label={strings.searchLabel}
        onChange={(_, data) => onFilter({ ...filter, query: data.value })}
      />
    </section>
  );
}
