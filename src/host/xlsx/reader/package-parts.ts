/**
 * The package's map of parts (ECMA-376 Part 2, Open Packaging Conventions): relationship parts say where the
 * workbook, its sheets, styles and shared strings are, so names other writers choose are followed, not guessed.
 */
import { DamagedWorkbook } from "./limits";
import { parseXmlPart } from "./xml-part";
import type { ZipEntry } from "./zip";

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment: "worksheet", "styles", "sharedStrings", "officeDocument", … */
  readonly type: string;
  /** The part it points at, as a zip entry name ("xl/worksheets/sheet1.xml"); undefined for external targets. */
  readonly target: string | undefined;
}

/**
 * The zip's entries by name, looked up exactly, then ignoring case (some writers differ in case from their rels).
 * Names are taken with "/" separators and no leading "/" (some older Windows tools write backslashes).
 */
export class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) {
      const name = entry.name.replace(/\\/g, "/").replace(/^\/+/, "");
      this.byName.set(name, entry);
      this.byLowerName.set(name.toLowerCase(), entry);
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** Entry names matching a pattern, in zip order. */
  entries(pattern: RegExp): ZipEntry[] {
    return [...this.byName].filter(([name]) => pattern.test(name)).map(([, entry]) => entry);
  }

  /** The relationships of a part ("" for the package itself); none when it has no rels part. */
  relationships(source: string): Relationship[] {
    const slash = source.lastIndexOf("/");
    const folder = source.slice(0, slash + 1);
    const rels = this.entry(`${folder}_rels/${source.slice(slash + 1)}.rels`);
    if (!rels) return [];
    const found: Relationship[] = [];
    parseXmlPart(this.bytes, rels, {
      open: (name, attributes) => {
        if (name !== "Relationship") return;
        const type = attributes.Type ?? "";
        const external = attributes.TargetMode === "External";
        found.push({
          id: attributes.Id ?? "",
          type: type.slice(type.lastIndexOf("/") + 1),
          target: external || attributes.Target === undefined ? undefined : resolvePath(folder, attributes.Target),
        });
      },
      text: () => undefined,
      close: () => undefined,
    });
    return found;
  }
}

/** A relationship target resolved against the source part's folder ("../x", "/xl/x" and "x" all work). */
export function resolvePath(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter((s) => s !== "");
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml by convention). */
export function workbookPartName(pkg: Package): string {
  const main = pkg.relationships("").find((rel) => rel.type === "officeDocument");
  const name = main?.target ?? "xl/workbook.xml";
  if (!pkg.entry(name)) throw new DamagedWorkbook("no workbook part");
  return name;
}
