/**
 * The few `node:path` functions the report workbook's links use, for the page (webpack aliases `node:path` here).
 * In the page the report and the checked workbook are plain file names that the browser saves into one downloads
 * folder, so posix rules over names without a working directory are all that is needed.
 */
export const sep = "/";

function normalise(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out;
}

/** "/" + the path, made absolute against the root (the page has no working directory). */
export function resolve(...paths: string[]): string {
  let joined = "";
  for (const p of paths) joined = p.startsWith("/") ? p : `${joined}/${p}`;
  return `/${normalise(joined.split("/")).join("/")}`;
}

export function dirname(p: string): string {
  const parts = normalise(p.split("/"));
  parts.pop();
  return `${p.startsWith("/") ? "/" : ""}${parts.join("/")}` || ".";
}

export function relative(from: string, to: string): string {
  const a = normalise(resolve(from).split("/"));
  const b = normalise(resolve(to).split("/"));
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

export function basename(p: string, ext?: string): string {
  const name = normalise(p.split("/")).pop() ?? "";
  return ext !== undefined && name.endsWith(ext) && name !== ext ? name.slice(0, -ext.length) : name;
}

export function extname(p: string): string {
  const name = basename(p);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}
