/**
 * The project keeps copies of shared material (the sample workbook, its CSV sheets, the classification evidence) so
 * that it runs and tests without ../shared. Where the shared folder is present, the copies must equal the originals.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const SHARED = path.join(ROOT, "..", "shared");
const hasShared = fs.existsSync(path.join(SHARED, "fixtures"));

const csvDir = path.join("fixtures", "fengquan-2024-csv");
const COPIES: [string, string][] = [
  ["samples/fengquan-2024.xlsx", "fixtures/fengquan-2024.xlsx"],
  ...fs
    .readdirSync(path.join(ROOT, "test", csvDir))
    .map((f): [string, string] => [`test/${csvDir}/${f}`, `${csvDir}/${f}`]),
  ...[
    "econ-dept-partial.csv",
    "econ-dept-to-gov-partial.csv",
    "econ-gov-partial.csv",
    "observed-in-disclosures.csv",
    "observed-in-pages.csv",
    "OBSERVED.md",
    "PROVENANCE.md",
    "changes-2025-2026.csv",
    "CHANGES.md",
  ].map((f): [string, string] => [`data/classification/${f}`, `data/classification/${f}`]),
  ...fs
    .readdirSync(path.join(ROOT, "schemas", "office-manifest"))
    .filter((f) => f.endsWith(".xsd"))
    .map((f): [string, string] => [`schemas/office-manifest/${f}`, `schemas/office-manifest/${f}`]),
];

(hasShared ? test.each(COPIES) : test.skip.each(COPIES))(
  "%s is an unchanged copy of ../shared/%s",
  (copy, original) => {
    expect(fs.readFileSync(path.join(ROOT, copy)).equals(fs.readFileSync(path.join(SHARED, original)))).toBe(true);
  },
);

test("every sheet of the seed is kept as CSV", () => {
  expect(fs.readdirSync(path.join(ROOT, "test", csvDir)).length).toBe(10);
});
