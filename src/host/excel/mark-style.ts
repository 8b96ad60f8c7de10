/**
 * How a marked cell looks. Colours differ in lightness as well as hue (light vermilion vs light yellow, from the
 * blue–orange–yellow side that colour-blind readers tell apart), black text stays readable on both (contrast ≥ 10:1),
 * and the note names the severity in words, so colour is never the only signal. Neither colour is in Office's
 * palette, so a fill a user picked is not taken for a mark.
 */
import type { Severity, Language } from "../../core";

/** Only errors and warnings are painted; info findings live in the pane and the report sheet. */
export type MarkedSeverity = Exclude<Severity, "info">;

export const MARK_COLOURS: Readonly<Record<MarkedSeverity, string>> = {
  error: "#F4A582",
  warning: "#FFE28A",
};

const NOTE_LABELS: Readonly<Record<Language, { title: string; colon: string } & Record<MarkedSeverity, string>>> = {
  zh: { title: "【预算校验】", colon: "：", error: "错误", warning: "警告" },
  en: { title: "[Budget Check]", colon: ": ", error: "Error", warning: "Warning" },
};

export function isMarkedSeverity(severity: Severity): severity is MarkedSeverity {
  return severity === "error" || severity === "warning";
}

/** The worse of two severities. */
export function worseSeverity(a: MarkedSeverity, b: MarkedSeverity): MarkedSeverity {
  return a === "error" || b === "error" ? "error" : "warning";
}

/** The note on a marked cell: a title line, then one line per finding, errors first, each naming its severity. */
export function markNoteText(
  lines: readonly { severity: MarkedSeverity; message: string }[],
  language: Language,
): string {
  const labels = NOTE_LABELS[language];
  const ordered = [...lines.filter((l) => l.severity === "error"), ...lines.filter((l) => l.severity === "warning")];
  return [labels.title, ...ordered.map((l) => `${labels[l.severity]}${labels.colon}${l.message}`)].join("\n");
}

/** Whether a note carries our title line: one of ours, possibly moved away from its recorded cell (rows inserted). */
export function isMarkNoteText(text: string): boolean {
  return Object.values(NOTE_LABELS).some((labels) => text.startsWith(`${labels.title}\n`));
}
