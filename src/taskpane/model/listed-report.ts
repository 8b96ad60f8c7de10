import type { Finding, Language, Report } from "../../core";
import { messageFor } from "../../core";

/**
 * The report as the pane lists it: each sentence worded again from the engine's finding behind it, with amounts as the
 * boxes beside it show them ("−1,261.65", not the report's "-1261.65"). The report itself, which the pane saves and
 * writes into the workbook, keeps its plain amounts. A finding without its engine finding keeps the report's sentence.
 */
export function listedReport<R extends Report>(
  report: R,
  sources: readonly Finding[] | undefined,
  language: Language,
): R {
  if (sources === undefined) return report;
  const findings = report.findings.map((finding, i) => {
    const source = sources[i];
    // Same order by construction; a finding that is not the same one is left as the report words it.
    if (!source || source.rule !== finding.rule || source.sheet !== finding.sheet || source.cell !== finding.cell)
      return finding;
    return { ...finding, message: messageFor(source, language, "display") };
  });
  return { ...report, findings };
}
