/** xl/styles.xml: the number format of each cell style (cellXfs), the only styling the engine looks at. */
import { formatCode } from "./number-formats";
import type { Package } from "./package-parts";
import { parseXmlPart } from "./xml-part";

/** Format code per style index (the `s` of a cell); undefined where the style sets none. */
export type StyleFormats = readonly (string | undefined)[];

export function readStylesPart(pkg: Package, name: string | undefined): StyleFormats {
  const entry = name === undefined ? undefined : pkg.entry(name);
  if (!entry) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXmlPart(pkg.bytes, entry, {
    open: (tag, attributes) => {
      if (tag === "numFmt" && attributes.numFmtId !== undefined)
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    text: () => undefined,
    close: (tag) => {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  // Format 0 is "General": a style without a format gives undefined, and the cell's format falls back to General.
  return formatIds.map((id) => (id ? formatCode(id, custom) : undefined));
}
