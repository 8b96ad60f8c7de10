/**
 * What the pane stores in a workbook's custom XML parts: accepted findings and settings. The reader (src/host/xlsx/reader) already
 * keeps every customXml/itemN.xml part in the snapshot, under its read limits; these are the ones that hold
 * accepted findings or settings. A part that is not ours, or damaged, gives none, never a failure of the check.
 */
import type { AcceptedFinding, CustomXmlPart, SettingsOutcome } from "../core";
import { isAcceptedXml, isSettingsXml, parseAcceptedXml, parseSettingsXml } from "../core";

function texts(parts: readonly CustomXmlPart[] | undefined): string[] {
  return (parts ?? []).map((part) => part.xml.replace(/^\uFEFF/, ""));
}

export function acceptedFindingsOf(parts: readonly CustomXmlPart[] | undefined): AcceptedFinding[] {
  return texts(parts)
    .filter(isAcceptedXml)
    .flatMap((xml) => parseAcceptedXml(xml));
}

/** The workbook's settings part (the last one, if several), read as strictly as a settings file. */
export function storedSettingsOf(parts: readonly CustomXmlPart[] | undefined): SettingsOutcome | undefined {
  const xml = texts(parts).filter(isSettingsXml).pop();
  return xml === undefined ? undefined : parseSettingsXml(xml);
}
