import { Input, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { SEVERITIES } from "../../core/findings";
import type { PaneStrings } from "../i18n";
import type { FindingFilter, SummaryCounts } from "../model";
import { SeverityIcon } from "./SeverityIcon";
import { useSeverityStyles } from "./styles";

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
  off: { opacity: 0.6, ...shorthands.borderStyle("dashed"), backgroundColor: tokens.colorNeutralBackground3 },
  label: { display: "flex", alignItems: "center", columnGap: "4px", fontSize: tokens.fontSizeBase200 },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  line: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
});

export interface SummaryBarProps {
  readonly strings: PaneStrings;
  readonly counts: SummaryCounts;
  readonly filter: FindingFilter;
  readonly onFilter: (filter: FindingFilter) => void;
}

/** Counts per severity; each count is also a toggle that shows or hides that severity in the list. */
export function SummaryBar({ strings, counts, filter, onFilter }: SummaryBarProps) {
  const styles = useStyles();
  const severityStyles = useSeverityStyles();
  const toggle = (severity: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    onFilter({ ...filter, severities: next });
  };
  return (
    <section aria-label={strings.summaryHeading}>
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => {
          const shown = filter.severities.has(severity);
          const count = counts.bySeverity[severity];
          return (
            <button
              key={severity}
              type="button"
              className={mergeClasses(styles.toggle, !shown && styles.off)}
              aria-pressed={shown}
              aria-label={strings.filterBySeverity(strings.severity[severity], count, shown)}
              title={strings.filterBySeverity(strings.severity[severity], count, shown)}
              onClick={() => toggle(severity)}
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
      <p className={styles.line} role="status">
        {counts.total === 0 ? strings.summaryNone : strings.summaryTables(counts.tables)}
      </p>
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
