/**
 * Lets a worker thread load the command line's TypeScript sources directly (jest runs src/ without compiling it,
 * and `--jobs N` starts worker threads that jest's own transform does not reach). Each .ts file is transpiled on
 * require, types dropped, no type check; the output is cached by the source's hash under the system's temporary
 * folder, so the next worker starts without transpiling again. The compiled command line in lib/ never loads this.
 */
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
};
const CACHE = path.join(os.tmpdir(), `budget-check-ts-cache-${ts.version}`);

function transpiled(filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(filename).update("\0").update(source).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      // Written under a unique name, then renamed: two workers may transpile the same file at once.
      const partial = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(partial, outputText);
      fs.renameSync(partial, cached);
    } catch {
      // No cache, only slower.
    }
    return outputText;
  }
}

require.extensions[".ts"] = function loadTypeScript(module, filename) {
  module._compile(transpiled(filename), filename);
};
