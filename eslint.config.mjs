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

/** Faces, hosts and the session reach the core through its package index only (src/core/index.ts). */
const FACE_FILES = [
  "src/cli/**/*.ts",
  "src/taskpane/**/*.{ts,tsx}",
  "src/commands/**/*.ts",
  "src/functions/**/*.ts",
  "src/host/**/*.ts",
  "src/session/**/*.ts",
];
const CORE_INDEX_ONLY = [
  { group: ["**/core/*", "!**/core/index"], message: "Import the core through its index (\"../core\"), not its folders." },
];

/** Every batch on the workbook goes through the Excel adapter (src/host/excel). */
const EXCEL_RUN_ONLY_IN_ADAPTER = { object: "Excel", property: "run", message: "Office calls live in src/host/excel." };

/**
 * typescript-eslint's recommended rules that need type information (no-floating-promises, no-misused-promises,
 * no-unsafe-*, require-await, unbound-method, …), on top of the untyped recommended set the Office plugin carries.
 */
const TYPE_CHECKED_RULES = Object.assign({}, ...tseslint.configs.recommendedTypeCheckedOnly.map((c) => c.rules ?? {}));

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
    // Type-checked rules on the shipped code: promises are awaited or handled, `any` does not spread.
    // Tests (test/, bench/, *.spec.ts) keep the untyped set: jest's asymmetric matchers are `any` by design.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.spec.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...TYPE_CHECKED_RULES,
      // An async method that does not await still turns a throw into a rejection, which its callers rely on.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Custom functions take `any` where Office passes a value or a range (their JSDoc is the metadata); coerce.ts
    // narrows every argument to ExcelArg before the core sees it.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-unsafe-argument": "off" },
  },
  {
    files: FACE_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: CORE_INDEX_ONLY }] },
  },
  {
    // The pane's files come below, with their own list of restricted properties.
    files: [
      "src/cli/**/*.ts",
      "src/commands/**/*.ts",
      "src/functions/**/*.ts",
      "src/session/**/*.ts",
      "src/host/xlsx/**/*.ts",
      "src/host/browser/**/*.ts",
    ],
    rules: { "no-restricted-properties": ["error", EXCEL_RUN_ONLY_IN_ADAPTER] },
  },
  {
    // The .xlsx reader and the report writer run unchanged in Node and in the browser: no Node API, and no ExcelJS.
    // The core-index rule is repeated here: a later no-restricted-imports replaces an earlier one, it does not add.
    files: ["src/host/xlsx/**/*.ts", "src/host/browser/**/*.ts"],
    ignores: ["src/host/xlsx/read-workbook.ts", "src/host/xlsx/write-catalog.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...CORE_INDEX_ONLY, { group: ["exceljs", "fs", "fs/*", "node:*", "path", "os", "stream", "zlib", "buffer"], message: "The reader runs in the browser too: bytes in, no Node API, no ExcelJS." }] }],
      "no-restricted-globals": ["error", ...["Buffer", "process", "require", "__dirname"].map((name) => ({ name, message: "The reader runs in the browser too." }))],
    },
  },
  {
    // Cell text reaches the pane from arbitrary workbooks: never as HTML.
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render cell text as text." }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Render cell text as text." },
        EXCEL_RUN_ONLY_IN_ADAPTER,
      ],
    },
  },
);
