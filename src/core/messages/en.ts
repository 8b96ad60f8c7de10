import type { RuleMessages } from "./types";

/** English sentences for every rule. */
export const en: RuleMessages = {
  "table.unrecognised": (f) => `Sheet "${f.sheet}" is not one of the known disclosure tables; it was not checked.`,
  "table.unit-assumed": (f) =>
    `"${f.sheet}" states no unit; the unit of the workbook's other tables (${f.params.unit ?? ""}) was assumed.`,
  "value.unreadable": (f) => `"${f.params.text ?? ""}" is not a readable amount: ${f.params.reason ?? ""}`,
};
