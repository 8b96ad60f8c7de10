/** The frame: manifest.xml is valid, and consistent with the code and the assets. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const check = require("../../scripts/manifest-check.js");

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = fs.readFileSync(MANIFEST, "utf8");
const SCHEMA = path.join(ROOT, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;

function tmpManifest(content: string): string {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, content);
  return file;
}

describe("manifest.xml", () => {
  (hasXmllint ? test : test.skip)("is valid against the Office manifest XSDs (xmllint, offline)", () => {
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, MANIFEST], { encoding: "utf8" });
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  (hasXmllint ? test : test.skip)("the XSD check rejects a manifest with Metadata and Namespace out of order", () => {
    const broken = xml.replace(/(<Metadata>[\s\S]*?<\/Metadata>)\s*(<Namespace [^>]*\/>)/, "$2$1");
    expect(broken).not.toEqual(xml);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, tmpManifest(broken)], {
      encoding: "utf8",
    });
    expect(result.status).not.toBe(0);
  });

  (hasXmllint ? test : test.skip)("npm run validate passes on a fresh clone with no ../shared beside it", () => {
    // What the check reads, laid out as in a clone, in a folder whose ../shared does not exist.
    const clone = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "clone-")), "budget-check");
    for (const part of [
      "manifest.xml",
      "schemas",
      "assets",
      "scripts/validate-manifest.js",
      "scripts/manifest-check.js",
      "src/commands/commands.ts",
    ]) {
      fs.cpSync(path.join(ROOT, part), path.join(clone, part), { recursive: true });
    }
    expect(fs.existsSync(path.join(clone, "..", "shared"))).toBe(false);
    const env = { ...process.env };
    delete env.MANIFEST_SCHEMA_DIR;
    const valid = spawnSync(process.execPath, ["scripts/validate-manifest.js"], { cwd: clone, env, encoding: "utf8" });
    expect(valid.stderr).toBe("");
    expect(valid.stdout).toContain("manifest.xml is valid against schemas/office-manifest/OfficeAppManifestV1_1.xsd");
    expect(valid.status).toBe(0);

    // The same clone still rejects what the schema forbids.
    fs.writeFileSync(path.join(clone, "manifest.xml"), xml.replace('lifetime="long"', 'lifetime="forever"'));
    const invalid = spawnSync(process.execPath, ["scripts/validate-manifest.js"], {
      cwd: clone,
      env,
      encoding: "utf8",
    });
    expect(invalid.stderr).toContain("lifetime");
    expect(invalid.status).toBe(1);
  });

  test("is consistent with the commands code and the icons", () => {
    expect(check.checkManifest()).toEqual([]);
  });

  test("has one long-lived shared runtime used by the pane, the functions and the commands", () => {
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
  });

  test("declares the BUDGET namespace, least permission and no remote domains", () => {
    expect(check.resourceValue(xml, "Functions.Namespace")).toBe("BUDGET");
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).not.toContain("<AppDomain");
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => new URL(m[1]!).origin);
    expect(new Set(urls)).toEqual(new Set(["https://localhost:3000"]));
  });

  test("has the 预算校验 group with the four buttons, in Chinese with English overrides", () => {
    const labels = ["ValidateSheet.Label", "ValidateWorkbook.Label", "ClearMarks.Label", "ShowTaskpane.Label"].map(
      (id) => check.resourceValue(xml, id),
    );
    expect(labels).toEqual(["校验本表", "校验全部", "清除标记", "显示面板"]);
    expect(check.resourceValue(xml, "Group.Label")).toBe("预算校验");
    expect(check.executeFunctionNames(xml)).toEqual(["validateSheet", "validateWorkbook", "clearMarks"]);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    // Every user-visible string has an en-US override.
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*"(\/?)>/g)];
    const withoutOverride = strings.filter(
      ([, id, selfClosing]) => selfClosing === "/" && id !== "Functions.Namespace",
    );
    expect(withoutOverride.map((m) => m[1])).toEqual([]);
  });

  test("the own check catches an undefined resid and an unassociated action", () => {
    const broken = xml
      .replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
      .replace("<FunctionName>clearMarks</FunctionName>", "<FunctionName>clearEverything</FunctionName>");
    const problems: string[] = check.checkManifest({ manifestPath: tmpManifest(broken) });
    expect(problems).toEqual(
      expect.arrayContaining([
        'resid "Group.Missing" is used but not defined in <Resources>',
        'ExecuteFunction "clearEverything" is not associated in src/commands/commands.ts (Office.actions.associate)',
      ]),
    );
  });
});
