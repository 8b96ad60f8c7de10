/**
 * Turns the PATH arguments into the files to check (issue 10 "Many files"). A folder is walked recursively; a glob
 * is expanded here, for shells that pass it on unexpanded (Windows cmd, or a quoted pattern). A file named
 * explicitly is always checked, so a wrong type is refused with exit 2 as before; what a folder or a glob brings
 * in is sorted: workbooks are checked, other files are listed as skipped with the reason, and Office lock files
 * (`~$…`) and hidden files are ignored without a word (they are never what the reviewer meant).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileKind } from "../host/xlsx/file-kind";
import type { ReadProblemKind } from "../host/xlsx/read-problem";

/** Why a file found in a folder is not checked. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: Exclude<ReadProblemKind, "missing" | "not-a-file" | "corrupt" | "encrypted" | "limit">;
}

export interface Inputs {
  /** Files to check, in path order: arguments in the order given, a folder's files sorted by their path. */
  readonly files: readonly string[];
  /** Files found in a folder or by a glob that are not workbooks, in the same order. */
  readonly skipped: readonly SkippedFile[];
  /** True when a folder or a glob was given: the run is a batch even if it found one file. */
  readonly expanded: boolean;
}

const GLOB_CHARACTERS = /[*?[]/;

/** Lock files Office leaves beside an open workbook, and hidden files (.DS_Store, ._x from macOS copies). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

/** Code-unit order, the same on every machine (localeCompare would depend on the locale). */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every regular file under a folder (following no symbolic links to folders, so a loop cannot hang the walk). */
async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => byPath(a.name, b.name));
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() || entry.isSymbolicLink()) out.push(full);
  }
}

/** One glob segment as a regular expression: `*` and `?` stay within the segment, `[…]` is a character class. */
function segmentPattern(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === "*") source += "[^/\\\\]*";
    else if (c === "?") source += "[^/\\\\]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close < 0) source += "\\[";
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, process.platform === "win32" ? "i" : "");
}

/** Expands a glob (`*`, `?`, `[…]` within a name, `**` for any depth of folders) to existing paths, sorted. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const parsed = path.parse(pattern);
  const rest = pattern
    .slice(parsed.root.length)
    .split(/[\\/]+/)
    .filter(Boolean);
  let current: string[] = [parsed.root === "" ? "" : parsed.root];
  for (let i = 0; i < rest.length; i++) {
    const segment = rest[i]!;
    const last = i === rest.length - 1;
    const next: string[] = [];
    for (const base of current) {
      const dir = base === "" ? "." : base;
      if (segment === "**") {
        // Any depth, including none: this folder and every folder below it.
        const folders = [base];
        for (let k = 0; k < folders.length; k++) {
          const entries = await fs
            .readdir(folders[k] === "" ? "." : folders[k]!, { withFileTypes: true })
            .catch(() => []);
          for (const e of entries)
            if (e.isDirectory() && !isIgnoredName(e.name)) folders.push(path.join(folders[k]!, e.name));
        }
        next.push(...folders);
        continue;
      }
      if (!GLOB_CHARACTERS.test(segment)) {
        next.push(path.join(base, segment));
        continue;
      }
      const matcher = segmentPattern(segment);
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries)
        if (matcher.test(e.name) && !isIgnoredName(e.name) && (last || e.isDirectory()))
          next.push(path.join(base, e.name));
    }
    current = next;
  }
  const existing: string[] = [];
  for (const candidate of new Set(current))
    if (candidate !== "" && (await fs.stat(candidate).catch(() => undefined)) !== undefined) existing.push(candidate);
  return existing.sort(byPath);
}

/** Sorts one file a folder or glob brought in: checked, skipped (with the reason) or ignored. */
function sortFound(file: string, files: string[], skipped: SkippedFile[]): void {
  const name = path.basename(file);
  if (isIgnoredName(name)) return;
  // The name alone decides here; the reader looks at the bytes of the files that are checked.
  const kind = fileKind(name, new Uint8Array(0));
  if (kind === "xlsx") files.push(file);
  else skipped.push({ file, reason: kind === "encrypted" ? "legacy-workbook" : kind });
}

/** Folders, globs and files → the files to check and the files skipped, each once, in path order. */
export async function discoverInputs(paths: readonly string[]): Promise<Inputs> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  let expanded = false;
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (stat?.isDirectory() || (stat === undefined && GLOB_CHARACTERS.test(given))) expanded = true;
    if (stat?.isDirectory()) {
      const found: string[] = [];
      await walk(given, found);
      for (const file of found) sortFound(file, files, skipped);
    } else if (stat === undefined && GLOB_CHARACTERS.test(given)) {
      const matches = await expandGlob(given);
      // A pattern that matches nothing is reported like a missing file, so the user sees their typo.
      if (matches.length === 0) files.push(given);
      for (const match of matches) {
        const matchStat = await fs.stat(match).catch(() => undefined);
        if (matchStat?.isDirectory()) {
          const found: string[] = [];
          await walk(match, found);
          for (const file of found) sortFound(file, files, skipped);
        } else sortFound(match, files, skipped);
      }
    } else files.push(given);
  }
  // The same file reached twice (a folder and a file inside it) is checked once, where it first came.
  const seen = new Set<string>();
  const unique = files.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: unique, skipped, expanded };
}
