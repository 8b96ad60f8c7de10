/**
 * The accepted findings the pane stores in a workbook's custom XML part. The reader (src/host/xlsx/reader) already
 * keeps every customXml/itemN.xml part in the snapshot, under its read limits; these are the ones that hold
 * accepted findings. A part that is not ours, or damaged, gives none, never a failure of the check.
 */
import type { CustomXmlPart, AcceptedFinding } from "../core";
import { isAcceptedXml, parseAcceptedXml } from "../core";

export function acceptedFindingsOf(parts: readonly CustomXmlPart[] | undefined): AcceptedFinding[] {
  return (parts ?? [])
    .map((part) => part.xml.replace(/^\uFEFF/, ""))
    .filter(isAcceptedXml)
    .flatMap((xml) => parseAcceptedXml(xml));
}
