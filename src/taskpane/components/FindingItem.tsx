import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { PaneStrings } from "../i18n";
import type { IndexedFinding } from "../model";
import { groupThousands, signedDifference } from "../model";
import { SeverityIcon } from "./SeverityIcon";
import { useSeverityStyles } from "./styles";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderLeft: `3px solid transparent`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    position: "relative",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  head: { display: "flex", alignItems: "center", columnGap: "6px", fontSize: tokens.fontSizeBase200 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  cell: {
    marginLeft: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
  },
  message: { display: "block", marginTop: "2px", overflowWrap: "anywhere" },
  amounts: {
    display: "grid",
    // One equal column per side shown (three for amounts, two for names and codes).
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  amount: { display: "flex", flexDirection: "column", minWidth: 0 },
  amountLabel: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  amountValue: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  tail: { display: "block", marginTop: "2px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface FindingItemProps {
  readonly item: IndexedFinding;
  readonly strings: PaneStrings;
  readonly selected: boolean;
  readonly onActivate: (item: IndexedFinding) => void;
}

/** One finding: severity (icon and word), cell, message, both sides and the difference. Text only, never markup. */
export const FindingItem = memo(function FindingItem({ item, strings, selected, onActivate }: FindingItemProps) {
  const styles = useStyles();
  const severityStyles = useSeverityStyles();
  const { finding } = item;
  const hasAmounts = finding.expected !== undefined || finding.actual !== undefined || finding.difference !== undefined;
  const verdict =
    finding.verdict === "rounding-tail" ? strings.verdictRoundingTail : finding.verdict === "off" ? strings.verdictOff : undefined;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, selected && styles.selected)}
      aria-current={selected ? "true" : undefined}
      title={strings.goToCell(finding.sheet, finding.cell)}
      data-finding={item.index}
      onClick={() => onActivate(item)}
    >
      <span className={styles.head}>
        <SeverityIcon severity={finding.severity} className={severityStyles[finding.severity]} />
        {/* The severity heading above says it on screen; screen readers hear it with each finding. */}
        <span className={styles.visuallyHidden}>{strings.severity[finding.severity]}</span>
        <span className={styles.cell}>{finding.cell}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
      {hasAmounts && (
        <span className={styles.amounts}>
          <Amount label={strings.expected} value={finding.expected} styles={styles} />
          <Amount label={strings.actual} value={finding.actual} styles={styles} />
          {/* Names and codes have two sides but no difference: no empty column for them. */}
          {finding.difference !== undefined && <Amount label={strings.difference} value={finding.difference} styles={styles} signed />}
        </span>
      )}
      {(finding.bound !== undefined || verdict !== undefined || finding.stored !== undefined) && (
        <span className={styles.tail}>
          {[
            finding.bound !== undefined ? `${strings.bound} ±${finding.bound}` : undefined,
            verdict,
            finding.stored !== undefined ? `${strings.stored} ${finding.stored}` : undefined,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      )}
    </button>
  );
});

function Amount(props: {
  label: string;
  value: string | undefined;
  signed?: boolean;
  styles: ReturnType<typeof useStyles>;
}) {
  const { label, value, signed, styles } = props;
  const shown = value === undefined ? "—" : signed ? signedDifference(value) : groupThousands(value);
  return (
    <span className={styles.amount}>
      <span className={styles.amountLabel}>{label}</span>
      <span className={styles.amountValue}>{shown}</span>
    </span>
  );
}
