/** xl/workbook.xml: the sheets in workbook order (name, visibility, where each lives) and the date system. */
import type { Package } from "./package-parts";
import { parseXmlPart } from "./xml-part";

export interface SheetEntry {
  readonly name: string;
  /** "hidden" and "veryHidden" sheets are still read; the snapshot flags them. */
  readonly hidden: boolean;
  /** The zip entry of its worksheet part; undefined for chart sheets, dialog sheets and broken links. */
  readonly part: string | undefined;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  /** True when serial numbers count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/** The relationship id of a <sheet>: "r:id" under whatever prefix the writer bound to the relationships namespace. */
function relationshipId(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const key in attributes) if (key.endsWith(":id")) return attributes[key];
  return undefined;
}

export function readWorkbookPart(pkg: Package, name: string): WorkbookPart {
  const rels = new Map(pkg.relationships(name).map((rel) => [rel.id, rel]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXmlPart(pkg.bytes, pkg.entry(name)!, {
    open: (tag, attributes) => {
      if (tag === "workbookPr") date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
      if (tag !== "sheet") return;
      const rel = rels.get(relationshipId(attributes) ?? "");
      const state = attributes.state;
      sheets.push({
        name: attributes.name ?? "",
        hidden: state === "hidden" || state === "veryHidden",
        part: rel?.type === "worksheet" ? rel.target : undefined,
      });
    },
    text: () => undefined,
    close: () => undefined,
  });
  return { sheets, date1904 };
}
