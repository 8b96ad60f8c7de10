/**
 * scripts/core-modules.js lets the plain-Node scripts (the catalog build) use the core's own modules instead of a
 * copy: what it loads must answer exactly as the compiled core does, and it loads nothing outside src/core.
 */
import { normaliseCode, normaliseName, kindOfCode, levelOfCode } from "../../src/core/catalog";
import { foldWidth } from "../../src/core/text/fold-width";

import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const LOADER = path.join(__dirname, "..", "..", "scripts", "core-modules.js");
const NAMES = ["因 公 出 国 (境) 费用", "一般公共服务支出", "Ａ\u3000ｂ（１）", "行政运行\u00a0"];
const CODES = ["2013101", "201 31 01", "[2013101]行政运行", "３０２０１", "3020101", "abc", "20131"];
const SHAPES = ["201", "30201", "5020101", "9"];

/** Runs `body` in plain Node (as the build scripts run; jest would compile the TypeScript itself) with requireCore. */
function inNode(body: string): unknown {
  const script = `const { requireCore } = require(${JSON.stringify(LOADER)}); console.log(JSON.stringify((() => { ${body} })()));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

test("the catalog build's name, code and width functions are the core's, answering the same", () => {
  const loaded = inNode(`
    const names = requireCore("catalog/names"), shape = requireCore("catalog/code-shape");
    const codes = requireCore("catalog/normalise-code"), text = requireCore("text/fold-width");
    return {
      names: ${JSON.stringify(NAMES)}.map((n) => [names.normaliseName(n), text.foldWidth(n)]),
      codes: ${JSON.stringify(CODES)}.map((c) => codes.normaliseCode(c)),
      shapes: ${JSON.stringify(SHAPES)}.map((c) => [shape.kindOfCode(c) ?? null, shape.levelOfCode(c) ?? null]),
    };`);
  expect(loaded).toEqual({
    names: NAMES.map((n) => [normaliseName(n), foldWidth(n)]),
    codes: CODES.map((c) => JSON.parse(JSON.stringify(normaliseCode(c)))),
    shapes: SHAPES.map((c) => [kindOfCode(c) ?? null, levelOfCode(c) ?? null]),
  });
  expect((loaded as { names: string[][] }).names[0]![0]).toBe("因公出国（境）费用");
});

test("loads nothing from outside src/core", () => {
  const script = `require(${JSON.stringify(LOADER)}).requireCore("../cli/strings")`;
  const result = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/outside src\/core/);
});
