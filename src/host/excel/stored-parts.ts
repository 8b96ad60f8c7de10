/**
 * What the pane stores in the workbook, besides the marks' record: the accepted findings and the settings, each one
 * custom XML part in the core's format (src/core/accepted, src/core/settings), so the command line reads the same
 * parts from the saved file. Reading rides on the validation's read round trips; each write is one round trip: the
 * parts read last are deleted by id and the new one added in the same batch.
 */
import type { AcceptedFinding, Settings, SettingsOutcome } from "../../core";
import {
  ACCEPTED_NAMESPACE,
  acceptedXml,
  isAcceptedXml,
  isSettingsXml,
  parseAcceptedXml,
  parseSettingsXml,
  SETTINGS_NAMESPACE,
  settingsXml,
} from "../../core";

export interface StoredParts {
  readonly accepted: readonly AcceptedFinding[];
  readonly acceptedPartIds: readonly string[];
  /** The workbook's settings part read strictly, when there is one. */
  readonly settings?: SettingsOutcome;
  readonly settingsPartIds: readonly string[];
}

export const NO_STORED_PARTS: StoredParts = { accepted: [], acceptedPartIds: [], settingsPartIds: [] };

/** Queues the loads of both namespaces' parts (round trip 1 of a read). */
export function queueStoredPartsLoad(context: Excel.RequestContext) {
  const parts = context.workbook.customXmlParts;
  return {
    accepted: parts.getByNamespace(ACCEPTED_NAMESPACE).load("items/id"),
    settings: parts.getByNamespace(SETTINGS_NAMESPACE).load("items/id"),
  };
}

/** Queues the XML of the loaded parts (round trip 2); `finish` reads them after that sync. */
export function queueStoredPartsXml(loaded: ReturnType<typeof queueStoredPartsLoad>) {
  const accepted = loaded.accepted.items.map((part) => ({ id: part.id, xml: part.getXml() }));
  const settings = loaded.settings.items.map((part) => ({ id: part.id, xml: part.getXml() }));
  return {
    finish(): StoredParts {
      const acceptedXmls = accepted.map((p) => p.xml.value).filter(isAcceptedXml);
      const settingsXmls = settings.map((p) => p.xml.value).filter(isSettingsXml);
      const last = settingsXmls[settingsXmls.length - 1];
      return {
        accepted: acceptedXmls.flatMap((xml) => parseAcceptedXml(xml)),
        acceptedPartIds: accepted.map((p) => p.id),
        ...(last !== undefined && { settings: parseSettingsXml(last) }),
        settingsPartIds: settings.map((p) => p.id),
      };
    },
  };
}

/** Replaces the parts `known` with one holding `xml` (none when `xml` is undefined), in one round trip. */
async function replacePart(
  context: Excel.RequestContext,
  known: readonly string[],
  xml: string | undefined,
): Promise<string[]> {
  const parts = context.workbook.customXmlParts;
  for (const id of known) parts.getItem(id).delete();
  const added = xml === undefined ? undefined : parts.add(xml).load("id");
  await context.sync();
  return added ? [added.id] : [];
}

/** Writes the accepted findings (an empty list removes the part); returns the new part's ids. */
export function writeAcceptedPart(
  context: Excel.RequestContext,
  accepted: readonly AcceptedFinding[],
  known: readonly string[],
): Promise<string[]> {
  return replacePart(context, known, accepted.length > 0 ? acceptedXml(accepted) : undefined);
}

/** Writes the settings part; returns the new part's ids. */
export function writeSettingsPart(
  context: Excel.RequestContext,
  settings: Settings,
  known: readonly string[],
): Promise<string[]> {
  return replacePart(context, known, settingsXml(settings));
}
