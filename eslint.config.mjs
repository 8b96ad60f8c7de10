// Lint for the whole project. `office-addin-lint check` picks this file up too, so the Office rules
// (load before read, sync before read, no sync in loops) run with the project's own settings.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** What the host-independent core may never import: Office, the DOM's frameworks, files, or the hosts. */
const CORE_FORBIDDEN_IMPORTS = [
  { group: ["office-js", "@microsoft/office-js", "@microsoft/office-js/*", "office-addin-*"], message: "src/core must not import Office." },
  { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core must not import UI code." },
  { group: ["exceljs", "fs", "fs/*", "node:*", "path", "child_process", "os", "http", "https", "net"], message: "src/core reads no files and no network: hosts give it snapshots." },
  { group: ["**/host/*", "**/host/**", "**/taskpane/**", "**/commands/**", "**/functions/**", "**/cli/**"], message: "src/core must not depend on a surface or host." },
];
const CORE_FORBIDDEN_GLOBALS = ["Office", "Excel", "CustomFunctions", "OfficeExtension", "document", "window", "navigator", "localStorage", "fetch", "XMLHttpRequest"].map(
  (name) => ({ name, message: "src/core is host-independent: no Office, DOM or network globals." }),
);

// The Office plugin's recommended set already carries typescript-eslint's recommended rules, but registers the
// typescript-eslint plugin for .ts/.js files only: .tsx files need the same plugin instance registered too.
const officeTypescriptPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])?.plugins["@typescript-eslint"];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", ".bench/**", "test-results/**", "**/*.js", "**/*.mjs"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": officeTypescriptPlugin },
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/no-context-sync-in-loop": "error",
      // The compiler checks names and overloads (a type and a value may share a name).
      "no-undef": "off",
      "no-unused-vars": "off", // the typescript-eslint rule above understands types and signatures
      "no-redeclare": "off",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN_IMPORTS }],
      "no-restricted-globals": ["error", ...CORE_FORBIDDEN_GLOBALS],
    },
  },
  {
    // The .xlsx reader runs unchanged in Node and in the browser: no Node API, and no ExcelJS (reports only, lazily).
    files: ["src/host/xlsx/**/*.ts", "src/host/browser/**/*.ts"],
    ignores: ["src/host/xlsx/read-workbook.ts", "src/host/xlsx/write-report.ts", "src/host/xlsx/write-catalog.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["exceljs", "fs", "fs/*", "node:*", "path", "os", "stream", "zlib", "buffer"], message: "The reader runs in the browser too: bytes in, no Node API, no ExcelJS." }] }],
      "no-restricted-globals": ["error", ...["Buffer", "process", "require", "__dirname"].map((name) => ({ name, message: "The reader runs in the browser too." }))],
    },
  },
  {
    // Cell text reaches the pane from arbitrary workbooks: never as HTML.
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render cell text as text." }],
      "no-restricted-properties": ["error", { property: "innerHTML", message: "Render cell text as text." }],
    },
  },
);
