/**
 * Every rule the engine runs, in one list. The narrative rules (checks 11–14) are appended below by their files.
 */
import type { Rule } from "../rule";
import { codeEconMapping } from "./code-econ-mapping";
import { codeMalformed } from "./code-malformed";
import { codeNameMismatch } from "./code-name-mismatch";
import { codeNotLeaf } from "./code-not-leaf";
import { codeObsoleteName } from "./code-obsolete-name";
import { codeUnknown } from "./code-unknown";
import { codeUnverifiable } from "./code-unverifiable";
import { crossClassLines } from "./cross-class-lines";
import { crossFundSource } from "./cross-fund-source";
import { crossSameQuantity } from "./cross-same-quantity";
import { crossSangongLimit } from "./cross-sangong-limit";
import { sangongSum } from "./sangong-sum";
import { sumRow } from "./sum-row";
import { sumTotal } from "./sum-total";
import { summaryBalance } from "./summary-balance";
import { summaryHeading } from "./summary-heading";
import { tableEmptyStatement } from "./table-empty-statement";
import { tablePlaceholder } from "./table-placeholder";
import { tableUnitAssumed } from "./table-unit-assumed";
import { tableUnrecognised } from "./table-unrecognised";
import { valueUnreadable } from "./value-unreadable";

export const TABLE_RULES: readonly Rule[] = [
  tableUnrecognised,
  tableUnitAssumed,
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
  tablePlaceholder,
  crossSameQuantity,
  crossClassLines,
  crossFundSource,
  crossSangongLimit,
  codeEconMapping,
];

/** Narrative rules (checks 11–14): appended here by the narrative engineer. */
export const NARRATIVE_RULES: readonly Rule[] = [];

export const RULES: readonly Rule[] = [...TABLE_RULES, ...NARRATIVE_RULES];
