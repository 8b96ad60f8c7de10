import type { RuleMessages } from "./types";

/** English sentences for every rule. */
export const en: RuleMessages = {
  "table.unrecognised": (f) => `Sheet "${f.sheet}" is not one of the known disclosure tables; it was not checked.`,
  "table.unit-assumed": (f) =>
    `"${f.sheet}" states no unit; the unit of the workbook's other tables (${f.params.unit ?? ""}) was assumed.`,
  "value.unreadable": (f) =>
    `"${f.params.text ?? ""}" is not a readable amount; the checks involving this cell were not made.`,
  "sum.total": (f) =>
    f.verdict === "rounding-tail"
      ? `"${f.params.label ?? ""}" ${f.actual ?? ""} differs from the sum of its ${f.params.parts ?? ""} items ${f.expected ?? ""} by ${f.difference ?? ""}, within the rounding bound ±${f.bound ?? ""}: a rounding tail worth explaining.`
      : `"${f.params.label ?? ""}" ${f.actual ?? ""} is not the sum of its ${f.params.parts ?? ""} items ${f.expected ?? ""}: off by ${f.difference ?? ""} (beyond the rounding bound ±${f.bound ?? ""}).`,
  "sum.row": (f) =>
    f.verdict === "rounding-tail"
      ? `Row "${f.params.label ?? ""}": ${f.params.columnEn ?? ""} ${f.actual ?? ""} differs from ${f.params.partsLabelEn ?? ""} ${f.expected ?? ""} by ${f.difference ?? ""}, a rounding tail (bound ±${f.bound ?? ""}).`
      : `Row "${f.params.label ?? ""}": ${f.params.columnEn ?? ""} ${f.actual ?? ""} is not ${f.params.partsLabelEn ?? ""} ${f.expected ?? ""}: off by ${f.difference ?? ""}.`,
  "summary.balance": (f) =>
    `${f.params.identityEn ?? ""} does not hold: ${f.params.label ?? ""} shows ${f.actual ?? ""}, expected ${f.expected ?? ""}, off by ${f.difference ?? ""}.`,
  "summary.heading": (f) =>
    `Heading row "${f.params.label ?? ""}" ${f.actual ?? ""} is not the sum of its sub-items ${f.expected ?? ""}: off by ${f.difference ?? ""}.`,
  "sangong.sum": (f) =>
    `"Three public expenses" ${f.params.labelEn ?? ""} ${f.actual ?? ""} is not ${f.params.partsLabelEn ?? ""} ${f.expected ?? ""}: off by ${f.difference ?? ""}.`,
  "code.malformed": (f) =>
    f.severity === "info"
      ? `Code "${f.params.raw ?? ""}" read as ${f.params.code ?? ""} (${f.params.repairEn ?? ""}); better write it in the standard form.`
      : `Code "${f.params.raw ?? ""}" is malformed (${f.params.reason ?? ""}).`,
  "code.unknown": (f) => `Code ${f.params.code ?? ""} is not in the catalog ${f.params.catalog ?? ""}.`,
  "code.unverifiable": (f) =>
    `Code ${f.params.code ?? ""} is not in ${f.params.catalog ?? ""}, which is incomplete there: it cannot be verified.`,
  "code.name-mismatch": (f) =>
    f.params.source === "compiled"
      ? `By the bundled catalog (not checked against the official list), code ${f.params.code ?? ""} should be named "${f.params.expectedName ?? ""}"; the table says "${f.params.name ?? ""}".`
      : f.params.source === "observed"
        ? `Other published disclosures print code ${f.params.code ?? ""} as "${f.params.expectedName ?? ""}" (not checked against an official list); the table says "${f.params.name ?? ""}".`
        : `Code ${f.params.code ?? ""} is named "${f.params.expectedName ?? ""}" in the catalog; the table says "${f.params.name ?? ""}".`,
  "code.not-leaf": (f) =>
    `Code ${f.params.code ?? ""} is not a leaf code (level ${f.params.level ?? ""}); detail rows must use leaf codes.`,
  "code.obsolete-name": (f) =>
    f.params.position !== undefined && f.params.position !== f.params.code
      ? `Position ${f.params.position ?? ""} should read "${f.params.positionName ?? ""}"; "${f.params.name ?? ""}" is the old name of ${f.params.code ?? ""}, called "${f.params.expectedName ?? ""}" since ${f.params.since ?? ""}.`
      : `Code ${f.params.code ?? ""} carries its old name "${f.params.name ?? ""}"; since ${f.params.since ?? ""} it is "${f.params.expectedName ?? ""}".`,
  "table.empty-statement": (f) => `"${f.sheet}" is empty but does not state that it is empty.`,
  "table.placeholder": (f) => `The cell still holds template placeholder text "${f.params.text ?? ""}".`,
  "cross.same-quantity": (f) =>
    `${f.params.labelEn ?? f.params.label ?? ""} ${f.actual ?? ""} disagrees with ${f.expected ?? ""} in "${f.params.otherSheet ?? ""}"${f.params.otherCell ? ` ${f.params.otherCell}` : " (no row of that class there, so 0)"}: off by ${f.difference ?? ""}${f.verdict === "rounding-tail" ? ` (rounding tail, bound ±${f.bound ?? ""})` : ""}.`,
  "cross.fund-source": (f) =>
    `Spending from ${f.params.fundEn ?? ""} ${f.actual ?? ""} does not match that fund's income (with carry-over) ${f.expected ?? ""}: off by ${f.difference ?? ""}; spending must come from the same fund.`,
  "cross.sangong-limit": (f) =>
    `Basic expenditure "${f.params.label ?? ""}" ${f.actual ?? ""} exceeds the matching "three public expenses" item ${f.expected ?? ""} (which includes project money, so it can never be smaller).`,
  "code.econ-mapping": (f) =>
    f.params.source === "compiled"
      ? `By the bundled catalog (not checked against the official list), department economic code ${f.params.code ?? ""} maps to government economic code ${f.params.expectedGov ?? ""}, not ${f.params.govCode ?? ""}.`
      : `Department economic code ${f.params.code ?? ""} maps to government economic code ${f.params.expectedGov ?? ""}, not ${f.params.govCode ?? ""}.`,
  "narrative.amount": (f) =>
    `The explanatory text "${f.params.quote ?? ""}" disagrees with ${f.expected ?? ""} ${f.params.unit ?? ""} in "${f.params.otherSheet ?? ""}" ${f.params.otherCell ?? ""}: off by ${f.difference ?? ""} ${f.params.unit ?? ""}${f.verdict === "rounding-tail" ? ` (the table figure is a sum; rounding tail, bound ±${f.bound ?? ""})` : ""}.`,
  "narrative.share": (f) =>
    f.severity === "warning"
      ? `"${f.params.quote ?? ""}": from the ${f.params.basis === "text" ? "text's" : "tables' displayed"} figures ${f.params.part ?? ""} / ${f.params.base ?? ""} rounds half-up to ${f.expected ?? ""}%, the text says ${f.actual ?? ""}%: one off in the last digit (probably computed from unrounded figures).`
      : `"${f.params.quote ?? ""}": ${f.params.part ?? ""} of ${f.params.base ?? ""} is ${f.expected ?? ""}%, the text says ${f.actual ?? ""}%: off by ${f.difference ?? ""} percentage points${f.params.followsText ? ` (the text's share follows its own ${f.params.followsText === "both" ? "part and base" : f.params.followsText}, which the tables contradict)` : ""}.`,
  "narrative.share-total": (f) =>
    `The ${f.params.count ?? ""} shares listed together add up to ${f.actual ?? ""}%, not ${f.expected ?? ""}% (rounding explains at most ±${f.bound ?? ""}): off by ${f.difference ?? ""} points.`,
  "narrative.yoy": (f) =>
    `"${f.params.quote ?? ""}": this year ${f.params.current ?? ""} and the change ${f.params.change ?? ""} imply last year ${f.params.last ?? ""}, so the rate is ${f.expected ?? ""}%, not ${f.actual ?? ""}%${f.params.divisor === "current" ? " (the text seems to divide by this year)" : ""}.`,
  "narrative.yoy-no-basis": (f) =>
    `"${f.params.quote ?? ""}": last year was 0 (this year ${f.params.current ?? ""}); the rate must read "not comparable" (无可比性), not ${f.actual ?? ""}%.`,
  "narrative.direction": (f) =>
    `"${f.params.quote ?? ""}": ${f.params.reason === "zero" ? `the change is 0, so the word should be "${f.params.expectedWord ?? ""}", not "${f.params.actualWord ?? ""}"` : `"${f.params.actualWord ?? ""}" contradicts the direction of the change (${f.params.expectedWord ?? ""})`}.`,
  "narrative.placeholder": (f) => `The explanatory text still holds template text "${f.params.text ?? ""}".`,
  "narrative.procurement-sum": (f) =>
    `Government procurement ${f.actual ?? ""} is not goods + works + services ${f.expected ?? ""}: off by ${f.difference ?? ""}${f.verdict === "rounding-tail" ? ` (rounding tail, bound ±${f.bound ?? ""})` : ""}.`,
  "narrative.untied": (f) =>
    `The explanatory text's "${f.params.quote ?? ""}" matches no figure in the tables; it was not checked.`,
  "engine.rule-failed": (f) =>
    f.params.rule === "recognise"
      ? `Reading this sheet failed (${f.params.detail ?? ""}); it was not checked, the other sheets were. Please report it.`
      : `Rule ${f.params.rule ?? ""} failed on this workbook (${f.params.detail ?? ""}); its checks were not made, the others were. Please report it.`,
};
