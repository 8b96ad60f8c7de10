import { Button, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import type { AcceptedReportFinding, Finding, ReportFinding } from "../../core";
import { displayAmount, displayDifference } from "../../core";
import type { PaneStrings } from "../i18n";
import type { IndexedFinding, MessagePart } from "../model";
import { cutText, messageParts, showControls, shownParts, SHOWN_CHARS, sideWords } from "../model";
import { SeverityIcon } from "./SeverityIcon";
import { useButtonStyles, useSeverityStyles } from "./styles";

const useStyles = makeStyles({
  item: {
    display: "block",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `3px solid transparent`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    position: "relative",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
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
  sheet: { minWidth: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  more: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  fullText: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    height: "12em",
    marginTop: tokens.spacingVerticalXS,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    resize: "vertical",
  },
  tail: { display: "block", marginTop: "2px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  acceptedItem: { borderLeftColor: tokens.colorPaletteGreenBorder2, color: tokens.colorNeutralForeground2 },
  acceptedIcon: { flexShrink: 0, color: tokens.colorPaletteGreenForeground1 },
  acceptedBadge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  reason: { display: "block", marginTop: "2px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
  },
  why: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, minWidth: 0 },
  reasonInput: { flexGrow: 1, minWidth: 0, width: "100%" },
});

/** Accepting findings from the list: where the host can store acceptances, or why it cannot (browser mode). */
export interface Acceptance {
  /** Set when accepting is not possible here: the disabled button says why. */
  readonly unavailable?: string;
  readonly onAccept: (finding: ReportFinding, reason: string) => void;
  readonly onUnaccept: (finding: ReportFinding) => void;
}

export interface FindingItemProps {
  readonly item: IndexedFinding;
  readonly strings: PaneStrings;
  readonly selected: boolean;
  readonly onActivate: (item: IndexedFinding) => void;
  /** Name the sheet beside the cell (the list is ordered by severity, with no sheet headings). */
  readonly showSheet: boolean;
  /** The engine's finding behind the report line, when the host has it: its parameters tell workbook text apart. */
  readonly source?: Finding;
  /** The text of the finding's cell, when the host has it (quotes are shown as the cell writes them). */
  readonly held?: string;
  readonly acceptance?: Acceptance;
}

/** Marks workbook text and official names in the DOM, so they are told apart from the tool's own words. */
function Parts({ parts }: { parts: readonly MessagePart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.content ? (
          <span key={i} data-content="workbook">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/**
 * One finding: severity (icon and word), sheet and cell, the message, both sides in the reader's words and the
 * difference. Text only, never markup; control characters shown as placeholders; a long message is cut, with the
 * whole of it one click away (in a read-only text box, which lays out a huge text without freezing the list).
 */
export const FindingItem = memo(function FindingItem({ item, strings, selected, onActivate, showSheet, source, held, acceptance }: FindingItemProps) {
  const styles = useStyles();
  const buttons = useButtonStyles();
  const severityStyles = useSeverityStyles();
  const [full, setFull] = useState(false);
  const { finding } = item;
  const accepted = (finding as AcceptedReportFinding).accepted;
  const parts = useMemo(() => messageParts(finding, source, held), [finding, source, held]);
  const shown = useMemo(() => shownParts(parts, SHOWN_CHARS), [parts]);
  const sides = sideWords(finding.rule);
  const hasAmounts = finding.expected !== undefined || finding.actual !== undefined || finding.difference !== undefined;
  const verdict =
    finding.verdict === "rounding-tail" ? strings.verdictRoundingTail : finding.verdict === "off" ? strings.verdictOff : undefined;
  return (
    <>
      <button
        type="button"
        className={mergeClasses(buttons.row, styles.item, accepted && styles.acceptedItem, selected && styles.selected)}
        aria-current={selected ? "true" : undefined}
        title={strings.goToCell(showControls(finding.sheet), finding.cell)}
        data-finding={item.index}
        data-severity={finding.severity}
        data-accepted={accepted ? "true" : undefined}
        onClick={() => onActivate(item)}
      >
        <span className={styles.head}>
          {accepted ? (
            <>
              {/* No longer an error or a warning: a check, not the severity's shape and colour. */}
              <AcceptedIcon className={styles.acceptedIcon} />
              <span className={styles.acceptedBadge} title={strings.wasSeverity(strings.severity[finding.severity])}>
                {strings.accepted}
              </span>
              <span className={styles.visuallyHidden}>{strings.wasSeverity(strings.severity[finding.severity])}</span>
            </>
          ) : (
            <>
              <SeverityIcon severity={finding.severity} className={severityStyles[finding.severity]} />
              {/* The severity heading above says it on screen; screen readers hear it with each finding. */}
              <span className={styles.visuallyHidden}>{strings.severity[finding.severity]}</span>
            </>
          )}
          {showSheet && (
            <span className={styles.sheet} data-content="workbook">
              {cutText(showControls(finding.sheet), 40).text}
            </span>
          )}
          <span className={styles.cell}>{finding.cell}</span>
        </span>
        <span className={styles.message}>
          <Parts parts={shown.parts} />
          {shown.left > 0 && "…"}
        </span>
        {hasAmounts && (
          <span className={styles.amounts}>
            {/* A figure no table holds has nothing it should be: "Should be —" read as "should be nothing". An absent
                actual side stays, as "—": the cell holds nothing. */}
            {finding.expected !== undefined && (
              <Amount label={strings.sides[sides.expected]} value={finding.expected} styles={styles} />
            )}
            <Amount label={strings.sides[sides.actual]} value={finding.actual} styles={styles} />
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
        {accepted && (
          <span className={styles.reason} data-testid="accepted-reason">
            {/* The reason is the accountant's own text: shown as written, marked as content. */}
            <span data-content="workbook">{cutText(showControls(accepted.reason), 200).text}</span>
          </span>
        )}
      </button>
      {acceptance && (selected || accepted) && (
        <AcceptRow finding={finding} accepted={accepted !== undefined} acceptance={acceptance} strings={strings} styles={styles} />
      )}
      {shown.left > 0 && (
        <div className={styles.more}>
          <button type="button" className={buttons.link} aria-expanded={full} onClick={() => setFull((open) => !open)}>
            {full ? strings.hideFull : strings.showFull(shown.left)}
          </button>
          {full && (
            <textarea
              className={styles.fullText}
              readOnly
              aria-label={strings.fullText}
              value={showControls(parts.map((part) => part.text).join(""))}
            />
          )}
        </div>
      )}
    </>
  );
});

/** Amounts are shown as the sentences write them (money/format.ts: grouped, the true minus); names and codes (a side that is workbook text) as they are, marked as content. */
function Amount(props: {
  label: string;
  value: string | undefined;
  signed?: boolean;
  styles: ReturnType<typeof useStyles>;
}) {
  const { label, value, signed, styles } = props;
  const text = value === undefined ? "—" : signed ? displayDifference(value) : displayAmount(value);
  const isText = value !== undefined && /\p{L}/u.test(value);
  return (
    <span className={styles.amount}>
      <span className={styles.amountLabel}>{label}</span>
      <span className={styles.amountValue} data-content={isText ? "workbook" : undefined}>
        {isText ? cutText(showControls(text), 80).text : text}
      </span>
    </span>
  );
}

/** Under a selected finding: 接受… opens the reason field; under an accepted one: 撤销接受. */
function AcceptRow(props: {
  finding: ReportFinding;
  accepted: boolean;
  acceptance: Acceptance;
  strings: PaneStrings;
  styles: ReturnType<typeof useStyles>;
}) {
  const { finding, accepted, acceptance, strings, styles } = props;
  const [reason, setReason] = useState<string>();
  if (accepted) {
    // Where acceptances cannot be stored (the browser mode reads the file only), there is nothing to undo here.
    if (acceptance.unavailable !== undefined) return null;
    return (
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" onClick={() => acceptance.onUnaccept(finding)}>
          {strings.unaccept}
        </Button>
      </div>
    );
  }
  if (acceptance.unavailable !== undefined) {
    return (
      <div className={styles.actions}>
        <Button size="small" disabled aria-describedby="accept-unavailable" data-testid="accept-button">
          {strings.accept}
        </Button>
        <span id="accept-unavailable" className={styles.why} data-testid="accept-unavailable">
          {acceptance.unavailable}
        </span>
      </div>
    );
  }
  if (reason === undefined) {
    return (
      <div className={styles.actions}>
        <Button size="small" data-testid="accept-button" onClick={() => setReason(strings.acceptReasonStart)}>
          {strings.accept}
        </Button>
      </div>
    );
  }
  // A reason is more than the start of one ("已说明：" alone says nothing).
  const ready = reason.trim() !== "" && reason.trim() !== strings.acceptReasonStart.trim();
  const submit = () => {
    if (!ready) return;
    acceptance.onAccept(finding, reason.trim());
    setReason(undefined);
  };
  return (
    <form
      className={styles.actions}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Input
        className={styles.reasonInput}
        size="small"
        autoFocus
        aria-label={strings.acceptReasonLabel}
        value={reason}
        maxLength={500}
        onChange={(_, data) => setReason(data.value)}
      />
      <Button size="small" appearance="primary" type="submit" disabled={!ready}>
        {strings.acceptConfirm}
      </Button>
      <Button size="small" onClick={() => setReason(undefined)}>
        {strings.acceptCancel}
      </Button>
    </form>
  );
}

/** A circle with a check: the finding was accepted. Decorative (the badge says it in words). */
function AcceptedIcon({ className }: { className?: string }) {
  return (
    <svg className={className} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.3l2.2 2.2 4.2-4.6" stroke="#fff" strokeWidth="1.8" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
