/**
 * functions.json per language. The default (English) metadata is generated from the JSDoc of
 * src/functions/functions.ts; the Chinese one takes it and replaces descriptions and parameter names and
 * descriptions with src/functions/locale/zh-CN.json. Function ids, names (BUDGET.*), parameter order, types,
 * dimensionality and help links stay those of the default, so a template works in every language.
 */
const fs = require("fs");
const path = require("path");

const { helpPage } = require("./functions-help");

const LOCALES = { "zh-CN": path.join(__dirname, "..", "src", "functions", "locale", "zh-CN.json") };

/** The metadata with the locale's text; throws naming what the locale file lacks or has in excess. */
function localiseMetadata(metadata, table) {
  const ids = new Set(metadata.functions.map((f) => f.id));
  const extra = Object.keys(table).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`locale lists functions that do not exist: ${extra.join(", ")}`);
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const text = table[f.id];
      if (!text) throw new Error(`locale lacks function ${f.id}`);
      const names = new Set(f.parameters.map((p) => p.name));
      const unknown = Object.keys(text.parameters ?? {}).filter((name) => !names.has(name));
      if (unknown.length > 0) throw new Error(`locale lists parameters ${f.id} does not have: ${unknown.join(", ")}`);
      return {
        ...f,
        description: text.description,
        parameters: f.parameters.map((p) => {
          const param = text.parameters?.[p.name];
          if (!param) throw new Error(`locale lacks parameter ${p.name} of ${f.id}`);
          return { ...p, name: param.name, description: param.description };
        }),
      };
    }),
  };
}

/**
 * Every result with its type written out: the generator leaves "any" implied (BUDGET.YOY returns a number or the text
 * 无可比性), and a declared type is what Excel and the tests read.
 */
function declareResultTypes(metadata) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({ ...f, result: { ...f.result, type: f.result?.type ?? "any" } })),
  };
}

/** Reads a locale's table from src/functions/locale. */
function localeTable(locale) {
  return JSON.parse(fs.readFileSync(LOCALES[locale], "utf8"));
}

/** The file name of a locale's metadata next to functions.json ("functions.zh-CN.json"). */
function localeFile(locale) {
  return `functions.${locale}.json`;
}

/**
 * Webpack plugin: after the metadata plugin has emitted functions.json, emits one file per locale and, in a
 * production build, points the help links at the production URL (as the manifest is). Given `helpTemplate`
 * (src/help.html), it also emits help.html with a section per function from the same metadata (functions-help.js).
 */
class FunctionsLocalePlugin {
  constructor({ replaceUrl, helpTemplate } = {}) {
    this.replaceUrl = replaceUrl;
    this.helpTemplate = helpTemplate;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsLocalePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsLocalePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin reported its errors already
          const text = (json) => (this.replaceUrl ? this.replaceUrl(json) : json);
          const metadata = declareResultTypes(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset("functions.json", new sources.RawSource(text(JSON.stringify(metadata, null, 2))));
          for (const locale of Object.keys(LOCALES)) {
            try {
              const localised = localiseMetadata(metadata, localeTable(locale));
              compilation.emitAsset(localeFile(locale), new sources.RawSource(text(JSON.stringify(localised, null, 2))));
            } catch (error) {
              compilation.errors.push(new WebpackError(`functions ${locale}: ${error.message}`));
            }
          }
          if (this.helpTemplate) {
            compilation.fileDependencies.add(this.helpTemplate);
            try {
              const template = fs.readFileSync(this.helpTemplate, "utf8");
              const page = helpPage(template, metadata, localiseMetadata(metadata, localeTable("zh-CN")));
              compilation.emitAsset("help.html", new sources.RawSource(page));
            } catch (error) {
              compilation.errors.push(new WebpackError(`help.html: ${error.message}`));
            }
          }
        },
      );
    });
  }
}

module.exports = { FunctionsLocalePlugin, declareResultTypes, localiseMetadata, localeTable, localeFile, LOCALES };
