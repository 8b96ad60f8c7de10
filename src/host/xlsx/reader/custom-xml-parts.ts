/**
 * The workbook's custom XML parts (customXml/itemN.xml): where the add-in keeps its marks record, accepted findings
 * and settings. Each is kept as text with the namespace of its root element; a part that is not well-formed keeps
 * its text with no namespace (whoever reads it decides), it never makes the workbook unreadable.
 */
import { SaxesParser } from "saxes";
import type { CustomXmlPart } from "../../../core";
import type { Package } from "./package-parts";
import { partText } from "./xml-part";

const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/i;

/** Stops the parser at the root element: nothing after it is needed. */
class RootFound extends Error {}

function rootNamespace(xml: string): string | null {
  let namespace: string | null = null;
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("opentag", (tag) => {
    namespace = tag.uri || null;
    throw new RootFound();
  });
  try {
    parser.write(xml).close();
  } catch {
    // RootFound, or XML that is not well-formed before its root (then no namespace).
  }
  return namespace;
}

export function readCustomXmlParts(pkg: Package): CustomXmlPart[] {
  return pkg.entries(CUSTOM_XML_ITEM).map((entry) => {
    const xml = partText(pkg.bytes, entry);
    return { namespace: rootNamespace(xml), xml };
  });
}
