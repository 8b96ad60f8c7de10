/**
 * functions.json (what Excel registers) must list exactly the functions src/functions/functions.ts exports, with
 * their parameters in order: a mismatch is the #NAME? / shifted-argument trouble of toolchain.md.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const locale = require("../../scripts/functions-locale") as {
  declareResultTypes: (m: Metadata) => Metadata;
  localiseMetadata: (m: Metadata, table: unknown) => Metadata;
  localeTable: (locale: string) => unknown;
};

const { helpPage } = require("../../scripts/functions-help") as {
  helpPage: (template: string, english: Metadata, chinese: Metadata) => string;
};
const han = (text: string) => /\p{Script=Han}/u.test(text);

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "src", "functions", "functions.ts");

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
}

interface Metadata {
  functions: MetadataFunction[];
}

/** What Excel is told for a TypeScript parameter or return type ("any[][]" → any, matrix). */
function metadataType(typeText: string): { type: string; dimensionality: string } {
  const base = typeText.replace(/\[\]/g, "");
  const depth = (typeText.match(/\[\]/g) ?? []).length;
  return { type: base, dimensionality: depth >= 2 ? "matrix" : "scalar" };
}

/** Exported function declarations with their parameters and types, read with the TypeScript compiler. */
function exportedSignatures(): Map<
  string,
  { params: { name: string; type: string; dimensionality: string; repeating: boolean }[]; result: string }
> {
  const program = ts.createProgram([SOURCE], { allowJs: false, noEmit: true });
  const file = program.getSourceFile(SOURCE)!;
  const found = new Map();
  file.forEachChild((node) => {
    const exported =
      ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(node) && node.name && exported) {
      found.set(node.name.text.toUpperCase(), {
        params: node.parameters.map((p) => {
          const repeating = p.dotDotDotToken !== undefined;
          const text = p.type?.getText(file) ?? "any";
          // A rest parameter's outer [] is the repetition; Excel sees each one as a matrix.
          const t = metadataType(repeating ? text.replace(/\[\]$/, "") : text);
          return { name: p.name.getText(file), ...t, repeating };
        }),
        result: metadataType(node.type?.getText(file) ?? "any").type,
      });
    }
  });
  return found;
}

/** Exported function declarations with their parameter names, read with the TypeScript compiler. */
function exportedFunctions(): Map<string, { params: string[]; optional: boolean[] }> {
  const program = ts.createProgram([SOURCE], { allowJs: false, noEmit: true });
  const file = program.getSourceFile(SOURCE);
  if (!file) throw new Error(`cannot read ${SOURCE}`);
  const found = new Map<string, { params: string[]; optional: boolean[] }>();
  file.forEachChild((node) => {
    const exported =
      ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(node) && node.name && exported) {
      const params = node.parameters.filter((p) => !/invocation/i.test(p.name.getText(file)));
      found.set(node.name.text, {
        params: params.map((p) => p.name.getText(file)),
        // A rest parameter (CHECKSUM's ranges, as SUM's) is optional and repeating in the metadata.
        optional: params.map((p) => Boolean(p.questionToken || p.initializer || p.dotDotDotToken)),
      });
    }
  });
  return found;
}

describe("functions.json", () => {
  let metadata: { functions: MetadataFunction[] };
  let errors: string[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    errors = result.errors;
    metadata = JSON.parse(result.metadataJson);
  }, 60000);

  test("is generated without metadata errors", () => {
    expect(errors).toEqual([]);
  });

  test("lists every exported function and nothing else, with its parameters in order", () => {
    const exported = exportedFunctions();
    expect(exported.size).toBeGreaterThanOrEqual(2);
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    expect(new Set(byId.keys())).toEqual(new Set([...exported.keys()].map((name) => name.toUpperCase())));
    for (const [name, { params, optional }] of exported) {
      const entry = byId.get(name.toUpperCase());
      expect({ name, params: entry?.parameters.map((p) => p.name) }).toEqual({ name, params });
      expect({ name, optional: entry?.parameters.map((p) => Boolean(p.optional)) }).toEqual({ name, optional });
    }
  });

  test("names are upper case and include SHARE and CHECKSUM (the public contract)", () => {
    for (const f of metadata.functions) expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    expect(metadata.functions.map((f) => f.name)).toEqual(expect.arrayContaining(["SHARE", "CHECKSUM"]));
  });
});

describe("functions metadata per language", () => {
  let english: Metadata;
  let chinese: Metadata;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    english = locale.declareResultTypes(JSON.parse(result.metadataJson) as Metadata);
    chinese = locale.localiseMetadata(english, locale.localeTable("zh-CN"));
  }, 60000);

  test("both list every exported function under its BUDGET name, parameters in order with their types", () => {
    const exported = exportedSignatures();
    for (const metadata of [english, chinese]) {
      expect(metadata.functions.map((f) => f.id).sort()).toEqual([...exported.keys()].sort());
      for (const f of metadata.functions) {
        const signature = exported.get(f.id)!;
        expect({ id: f.id, name: f.name }).toEqual({ id: f.id, name: f.id });
        expect({
          id: f.id,
          params: f.parameters.map((p) => ({
            type: p.type,
            dimensionality: p.dimensionality ?? "scalar",
            repeating: p.repeating ?? false,
          })),
        }).toEqual({
          id: f.id,
          params: signature.params.map(({ type, dimensionality, repeating }) => ({ type, dimensionality, repeating })),
        });
        // Every result type is declared, and it is the one the code returns.
        expect({ id: f.id, result: f.result.type }).toEqual({ id: f.id, result: signature.result });
      }
    }
    // The default's parameter names are the code's; Chinese replaces names and text, never order or types.
    for (const f of english.functions) {
      expect(f.parameters.map((p) => p.name)).toEqual(exported.get(f.id)!.params.map((p) => p.name));
    }
  });

  test("the default is English and the zh-CN file is Chinese, both plain text (no Markdown)", () => {
    const han = /\p{Script=Han}/u;
    const markdown = /`|\*\*|__|\[[^\]]*\]\(|^#/m;
    for (const f of english.functions) {
      expect({ id: f.id, text: f.description }).toEqual({ id: f.id, text: expect.stringMatching(/^[A-Z]/) });
      for (const text of [f.description!, ...f.parameters.map((p) => p.description!)]) {
        expect({ id: f.id, text, markdown: markdown.test(text) }).toEqual({ id: f.id, text, markdown: false });
        // Chinese only where it is a value the function takes or returns (平衡, 无可比性, 元/万元, 机关), never a
        // whole line: each sentence starts in English.
        expect(text).toMatch(/^[A-Z]/);
      }
    }
    for (const f of chinese.functions) {
      for (const text of [f.description!, ...f.parameters.flatMap((p) => [p.name, p.description!])]) {
        expect({ id: f.id, text, han: han.test(text), markdown: markdown.test(text) }).toEqual({
          id: f.id,
          text,
          han: true,
          markdown: false,
        });
      }
    }
  });

  test("every function links to its own section of help.html, which the build writes from the same metadata", () => {
    const template = fs.readFileSync(path.join(ROOT, "src", "help.html"), "utf8");
    const help = helpPage(template, english, chinese);
    for (const metadata of [english, chinese]) {
      for (const f of metadata.functions) {
        const id = f.id.toLowerCase();
        expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${id}`);
        const section = help.slice(
          help.indexOf(`<section id="${id}">`),
          help.indexOf("</section>", help.indexOf(`<section id="${id}">`)),
        );
        expect(section).toContain(`<h3>BUDGET.${f.id}</h3>`);
        // The description and every parameter, as Excel shows them (only & < > escaped).
        const html = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
        expect(section).toContain(html(f.description!));
        for (const p of f.parameters)
          expect(section).toContain(`${p.name}${han(p.name) ? "：" : ": "}${html(p.description!)}`);
      }
    }
    // The page keeps no hand-written copy of a function's section; the build emits it (not a copy of the template).
    expect(template).not.toContain("<section");
    const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain('helpTemplate: path.resolve(__dirname, "src/help.html")');
    expect(config).not.toContain('from: "src/help.html"');
  });

  test("the signature in help.html shows optional parameters in brackets and a repeating one as SUM does", () => {
    const help = helpPage(fs.readFileSync(path.join(ROOT, "src", "help.html"), "utf8"), english, chinese);
    expect(help).toContain("<code>=BUDGET.SHARE(部分, 总数, [小数位])</code>");
    expect(help).toContain("<code>=BUDGET.CHECKSUM(range1, [range2], …)</code>");
    expect(help).toContain("<code>=BUDGET.SOURCE([编码], [年度])</code>");
    expect(() => helpPage("<html></html>", english, chinese)).toThrow(/lacks the line/);
  });

  test("the manifest points zh-CN at functions.zh-CN.json and every other language at functions.json", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const url =
      /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">\s*<bt:Override Locale="zh-CN" Value="([^"]+)"\/>\s*<\/bt:Url>/.exec(
        manifest,
      );
    expect(url?.[1]).toBe("https://localhost:3000/functions.json");
    expect(url?.[2]).toBe("https://localhost:3000/functions.zh-CN.json");
    // The namespace is one for all languages: templates written in one work in all.
    expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="BUDGET"\/>/);
    expect(manifest).not.toMatch(/<bt:String id="Functions\.Namespace"[^>]*>\s*<bt:Override/);
  });

  test("a locale file that lacks a function or a parameter fails the build", () => {
    const table = locale.localeTable("zh-CN") as Record<string, { parameters: Record<string, unknown> }>;
    const { SHARE: _share, ...lacking } = table;
    expect(() => locale.localiseMetadata(english, lacking)).toThrow(/lacks function SHARE/);
    const noDecimals = { ...table, SHARE: { ...table.SHARE, parameters: { part: {}, total: {} } } };
    expect(() => locale.localiseMetadata(english, noDecimals)).toThrow(/lacks parameter decimals of SHARE/);
  });
});
