/**
 * Lets a plain Node script use the core's own TypeScript modules (code shapes, name normalisation, width folding)
 * instead of a copy of them: `requireCore("catalog/names")` compiles src/core/catalog/names.ts and what it imports
 * in memory with the project's TypeScript, as CommonJS. No build step, nothing written. Only src/core is compiled;
 * the scripts need no Office, DOM or bundled data from it.
 */
const fs = require("fs");
const path = require("path");
const Module = require("module");

const CORE = path.join(__dirname, "..", "src", "core");
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const ts = require("typescript");
  const compile = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
  const previous = Module._extensions[".ts"];
  Module._extensions[".ts"] = (module, filename) => {
    if (filename.startsWith(CORE + path.sep)) return compile(module, filename);
    if (previous) return previous(module, filename);
    throw new Error(`core-modules: ${filename} is outside src/core`);
  };
}

/** A core module by its path under src/core, without extension: "catalog/names", "text/fold-width". */
function requireCore(name) {
  install();
  return require(path.join(CORE, name));
}

module.exports = { requireCore };
