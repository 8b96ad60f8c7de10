/** The narrative rules (domain.md checks 11–14), in report order; rules/index.ts lists them with the others. */
import type { Rule } from "../rule";
import { bodyNameMismatch } from "./body-name-mismatch";
import { narrativeAmount } from "./narrative-amount";
import { narrativeCoverage } from "./narrative-coverage";
import { narrativeCutOff } from "./narrative-cut-off";
import { narrativeLevelWording } from "./narrative-level-wording";
import { narrativeObsoleteName } from "./narrative-obsolete-name";
import { narrativePunctuation } from "./narrative-punctuation";
import { narrativeUnitMix } from "./narrative-unit-mix";
import { narrativeUnpaired } from "./narrative-unpaired";
import { narrativeWrongYear } from "./narrative-wrong-year";
import { narrativeDirection } from "./narrative-direction";
import { narrativeItemRepeat } from "./narrative-item-repeat";
import { narrativePlaceholder } from "./narrative-placeholder";
import { narrativeProcurementSum } from "./narrative-procurement-sum";
import { narrativeProcurementReserve } from "./narrative-procurement-reserve";
import { narrativeItemSum } from "./narrative-item-sum";
import { narrativeScope } from "./narrative-scope";
import { narrativeShare } from "./narrative-share";
import { narrativeShareTotal } from "./narrative-share-total";
import { narrativeUntied } from "./narrative-untied";
import { narrativeYoy } from "./narrative-yoy";
import { narrativeYoyNoBasis } from "./narrative-yoy-no-basis";

export const NARRATIVE_RULES: readonly Rule[] = [
  narrativeAmount,
  narrativeItemRepeat,
  narrativeShare,
  narrativeShareTotal,
  narrativeYoy,
  narrativeYoyNoBasis,
  narrativeDirection,
  narrativePlaceholder,
  narrativeProcurementSum,
  narrativeProcurementReserve,
  narrativeItemSum,
  narrativeUntied,
  narrativeScope,
  narrativeWrongYear,
  narrativeCutOff,
  narrativePunctuation,
  narrativeUnpaired,
  narrativeLevelWording,
  narrativeObsoleteName,
  narrativeUnitMix,
  bodyNameMismatch,
  narrativeCoverage,
];
