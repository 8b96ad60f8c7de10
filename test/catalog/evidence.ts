/**
 * Reads the evidence files the catalog tests compare against: the project's unchanged copies of ../shared (the seed's
 * tables in test/fixtures, the classification evidence in data/classification). Simple CSV: no quoted cells.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "../..");

export function readGrid(file: string): string[][] {
  return fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/u, "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(","));
}

/** Rows of a CSV with a header line, as objects keyed by the header. */
export function readRecords(file: string): Record<string, string>[] {
  const [header, ...rows] = readGrid(file);
  if (!header) return [];
  return rows.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ""])));
}

export const seedCsv = (name: string): string[][] => {
  const dir = path.join(REPO, "test", "fixtures", "fengquan-2024-csv");
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no seed table ${name}`);
  return readGrid(path.join(dir, file));
};

export const sharedClassification = (file: string): Record<string, string>[] =>
  readRecords(path.join(REPO, "data", "classification", file));
