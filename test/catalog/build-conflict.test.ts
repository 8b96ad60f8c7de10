/** scripts/build-catalog.js stops on a code that two files name differently: such a conflict is decided by hand. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO } from "./evidence";

const build = (data: string) =>
  spawnSync(process.execPath, [path.join(REPO, "scripts", "build-catalog.js"), "--check", "--data", data], {
    encoding: "utf8",
  });

let data: string;
beforeEach(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), "catalog-data-"));
  fs.cpSync(path.join(REPO, "data", "classification"), data, { recursive: true });
});
afterEach(() => fs.rmSync(data, { recursive: true, force: true }));

test("the CSV files as committed build the committed catalog", () => {
  expect(build(data).status).toBe(0);
});

test("a second name for a code in another file stops the build, naming both", () => {
  fs.appendFileSync(path.join(data, "compiled-2024.csv"), "2010101,行政运行支出,functional,a second name\n");
  const run = build(data);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('2010101: "行政运行"');
  expect(run.stderr).toContain('"行政运行支出"');
});
