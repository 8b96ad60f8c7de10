/**
 * functions.json (what Excel registers) must list exactly the functions src/functions/functions.ts exports, with
 * their parameters in order: a mismatch is the #NAME? / shifted-argument trouble of toolchain.md.
 */
import * as path from "path";
import * as ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface MetadataFunction {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean }[];
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
        optional: params.map((p) => Boolean(p.questionToken || p.initializer)),
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
