/**
 * One test layout (README, "Development"): core unit tests are *.spec.ts next to their code under src/core/; everything
 * else is *.test.ts under test/ (browser end-to-end tests: test/e2e/*.e2e.ts). A test file anywhere else is either
 * run by the wrong config or by none.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const SKIPPED = new Set(["node_modules", ".git", "dist", "lib", "coverage", ".bench", "test-results"]);

/** Every file under dir, as a path relative to the project root with "/" separators. */
function filesUnder(dir: string): string[] {
  const entries = fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : filesUnder(relative);
    return entry.isFile() || entry.isSymbolicLink() ? [relative] : [];
  });
}

const files = filesUnder("");
const specs = files.filter((file) => /\.spec\.tsx?$/.test(file));
const tests = files.filter((file) => /\.test\.tsx?$/.test(file));

test("the project has tests of both kinds, so the checks below look at something", () => {
  expect(specs.length).toBeGreaterThan(0);
  expect(tests.length).toBeGreaterThan(0);
});

test("*.spec.ts files are core unit tests under src/core/ only", () => {
  expect(specs.filter((file) => !file.startsWith("src/core/"))).toEqual([]);
});

test("*.test.ts files live under test/ only (none under src/)", () => {
  expect(tests.filter((file) => !file.startsWith("test/"))).toEqual([]);
});

test("browser end-to-end tests are under test/e2e/ only", () => {
  expect(files.filter((file) => /\.e2e\.tsx?$/.test(file) && !file.startsWith("test/e2e/"))).toEqual([]);
});
