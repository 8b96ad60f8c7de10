/**
 * The README is what a newcomer reads first: it links docs/*.md instead of copying them. These checks keep the links,
 * the rule-id documentation and the quick start true as the project changes.
 */
import * as fs from "fs";
import * as path from "path";
import { RULE_IDS } from "../../src/core/findings/rule-ids";

const ROOT = path.join(__dirname, "..", "..");
const read = (...parts: string[]): string => fs.readFileSync(path.join(ROOT, ...parts), "utf8");
const readme = read("README.md");
const docFiles = fs.readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md"));

/** The commands of the first fenced block under the "Quick start" heading, comments removed. */
function quickStartCommands(): string[] {
  const section = /^## [^\n]*Quick start\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
}

test("every rule id is documented in docs/rules.md or docs/narrative.md", () => {
  const documented = read("docs", "rules.md") + read("docs", "narrative.md");
  const missing = RULE_IDS.filter((id) => !documented.includes(`\`${id}\``));
  expect(missing).toEqual([]);
});

test("every docs/*.md file is linked from the README", () => {
  expect(docFiles.length).toBeGreaterThan(0);
  const unlinked = docFiles.filter((name) => !readme.includes(`](docs/${name})`));
  expect(unlinked).toEqual([]);
});

test("the README links docs/ rather than copying them", () => {
  // A copied doc would bring its headings along; the README's own headings never repeat a doc's first heading.
  const copied = docFiles.filter((name) => {
    const firstHeading = /^# (.+)$/m.exec(read("docs", name))?.[1];
    return firstHeading !== undefined && readme.includes(`# ${firstHeading}\n`);
  });
  expect(copied).toEqual([]);
});

test("the quick start is the two commands of product.md", () => {
  expect(quickStartCommands()).toEqual(["npm install && npm start", "npm test"]);
});

test("the quick start's commands are the ones package.json and .ci/run use", () => {
  const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
  const ci = read(".ci", "run");
  const npmCommands = quickStartCommands()
    .flatMap((line) => line.split("&&"))
    .map((command) => command.trim().split(/\s+/));
  for (const [tool, verb, name] of npmCommands) {
    expect(tool).toBe("npm");
    if (verb === "install") continue; // npm's own command, not a script
    const script = verb === "run" ? name : verb;
    expect(scripts[script ?? ""]).toBeDefined();
  }
  // CI runs the README's test command itself, so a green CI means the quick start's tests pass.
  expect(ci).toMatch(/^npm test\b/m);
});
