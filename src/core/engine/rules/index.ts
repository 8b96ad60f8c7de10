/**
 * Every rule the engine runs, in one list: the table and cross-table rules (checks 1–10) here, the narrative rules
 * (checks 11–14) from narrative-rules.ts.
 */
import type { Rule } from "../rule";
import { codeEconMapping } from "./code-econ-mapping";
import { codeMalformed } from "./code-malformed";
import { codeNameMismatch } from "./code-name-mismatch";
import { codeNotLeaf } from "./code-not-leaf";
import { codeObsoleteName } from "./code-obsolete-name";
import { codeUnknown } from "./code-unknown";
import { codeUnverifiable } from "./code-unverifiable";
import { crossCodeMissing } from "./cross-code-missing";
import { crossFundSource } from "./cross-fund-source";
import { crossSameQuantity } from "./cross-same-quantity";
import { crossSangongLimit } from "./cross-sangong-limit";
import { performanceExceedsProject } from "./performance-exceeds-project";
import { performanceSum } from "./performance-sum";
import { sangongSum } from "./sangong-sum";
import { sumRow } from "./sum-row";
import { sumTotal } from "./sum-total";
import { summaryBalance } from "./summary-balance";
import { summaryHeading } from "./summary-heading";
import { tableDecimals } from "./table-decimals";
import { tableEmptyButFilled } from "./table-empty-but-filled";
import { tableEmptyStatement } from "./table-empty-statement";
import { tableIncompleteRead } from "./table-incomplete-read";
import { tablePlaceholder } from "./table-placeholder";
import { tableUnitAssumed } from "./table-unit-assumed";
import { tableUnrecognised } from "./table-unrecognised";
import { valueUnreadable } from "./value-unreadable";
import { workbookExtraSheet } from "./workbook-extra-sheet";
import { workbookMissingTable } from "./workbook-missing-table";
import { NARRATIVE_RULES } from "./narrative-rules";

export const TABLE_RULES: readonly Rule[] = [
  tableUnrecognised,
  workbookMissingTable,
  workbookExtraSheet,
  tableUnitAssumed,
  tableIncompleteRead,
  valueUnreadable,
  sumTotal,
  sumRow,
  summaryBalance,
  summaryHeading,
  sangongSum,
  codeMalformed,
  codeUnknown,
  codeUnverifiable,
  codeNameMismatch,
  codeNotLeaf,
  codeObsoleteName,
  tableEmptyStatement,
  tableEmptyButFilled,
  tableDecimals,
  tablePlaceholder,
  crossSameQuantity,
  crossFundSource,
  crossSangongLimit,
  crossCodeMissing,
  performanceSum,
  performanceExceedsProject,
  codeEconMapping,
];

export { NARRATIVE_RULES };

export const RULES: readonly Rule[] = [...TABLE_RULES, ...NARRATIVE_RULES];
