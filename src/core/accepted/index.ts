/** Accepted findings: the workbook part's format and how acceptances apply to a report (host-independent). */
export type { AcceptedFinding } from "./types";
export { ACCEPTED_NAMESPACE } from "./types";
export { acceptedXml, isAcceptedXml, parseAcceptedXml } from "./xml";
export { applyAccepted, type AcceptedReportFinding } from "./apply";
