/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in into dist/: taskpane.html (the one page of the shared runtime, loading the taskpane, functions
 * and commands bundles), functions.json (from the JSDoc of src/functions/functions.ts — a metadata error fails the
 * build) and functions.zh-CN.json (scripts/functions-locale.js), help.html (src/help.html with a section per function
 * from that metadata, scripts/functions-help.js), icons, the sample workbook and manifest.xml.
 *
 * Options (environment variables):
 *   ADDIN_URL   where the add-in is hosted in production, e.g. https://intranet.example.gov.cn/budget-check/
 *               (default https://localhost:3000/). Replaces the development URL in manifest.xml.
 *   OFFICE_JS   "cdn" (default: Microsoft's CDN) or "local": copy office.js from @microsoft/office-js into
 *               dist/office-js/ and load it from the add-in's own server, for intranets without internet access.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsLocalePlugin } = require("./scripts/functions-locale");
const { officeJsSource, productionUrl, DEV_URL } = require("./scripts/build-options");
const { httpsOptions } = require("./scripts/dev-certs");

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const officeJs = officeJsSource(process.env.OFFICE_JS);
  const addinUrl = dev ? DEV_URL : productionUrl(process.env.ADDIN_URL);

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck` (tsc); the bundle only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    // One runtime and shared chunks: the engine and catalog are loaded once by the shared-runtime page instead of
    // once per bundle. File names stay [name].js.
    optimization: { runtimeChunk: "single", splitChunks: { chunks: "all" } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      // functions.zh-CN.json beside it (the manifest's zh-CN override); help links follow the production URL. help.html
      // is src/help.html with a section per function written in from the same metadata.
      new FunctionsLocalePlugin({
        replaceUrl: dev ? undefined : (text) => text.split(DEV_URL).join(addinUrl),
        helpTemplate: path.resolve(__dirname, "src/help.html"),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        templateParameters: { officeJsUrl: officeJs.scriptUrl, officeJsOrigin: officeJs.cspOrigin },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Not bundled: it must run before the deferred bundles (it loads office.js).
          { from: "src/taskpane/office-js-loader.js", to: "office-js-loader.js" },
          { from: "samples/fengquan-2024.xlsx", to: "samples/fengquan-2024.xlsx" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(addinUrl)),
          },
          ...officeJs.copyPatterns,
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: dev || process.env.SERVE_HTTPS ? await httpsOptions() : undefined },
      client: false,
      hot: false,
      liveReload: false,
      // Watching the project root would pull in logs and reports (toolchain.md): watch src only.
      watchFiles: ["src/**/*"],
    },
  };
};
