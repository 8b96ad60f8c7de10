/**
 * The custom XML part holding accepted findings, written and read without a DOM (the core runs in Node and in the
 * pane alike):
 *
 *   <acceptedFindings xmlns="urn:budget-check:accepted-findings:1">
 *     <finding rule="sum.total" sheet="部门支出预算表" cell="F6" expected="1261.65" actual="1261.66"
 *              at="2026-03-02T09:00:00Z">已说明：尾差</finding>
 *   </acceptedFindings>
 */
import { ACCEPTED_NAMESPACE, type AcceptedFinding } from "./types";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name.startsWith("#x")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : ENTITIES[name]!,
  );
}

/** The part's XML for a list of accepted findings. */
export function acceptedXml(accepted: readonly AcceptedFinding[]): string {
  const items = accepted.map((a) => {
    const attributes = [
      ["rule", a.rule],
      ["sheet", a.sheet],
      ["cell", a.cell],
      ["expected", a.expected],
      ["actual", a.actual],
      ["at", a.at],
    ]
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([name, value]) => ` ${name}="${escape(value)}"`)
      .join("");
    return `  <finding${attributes}>${escape(a.reason)}</finding>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<acceptedFindings xmlns="${ACCEPTED_NAMESPACE}">`,
    ...items,
    `</acceptedFindings>`,
  ].join("\n");
}

/** True when an XML text is the accepted-findings part (a workbook may hold other custom XML parts). */
export function isAcceptedXml(xml: string): boolean {
  return /<(?:\w+:)?acceptedFindings\b[^>]*\bxmlns(?::\w+)?="urn:budget-check:accepted-findings:1"/.test(xml);
}

/** The accepted findings of the part; entries without rule, sheet or cell are passed over. */
export function parseAcceptedXml(xml: string): AcceptedFinding[] {
  const out: AcceptedFinding[] = [];
  const element = /<(?:\w+:)?finding\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?finding>)/g;
  for (let m = element.exec(xml); m !== null; m = element.exec(xml)) {
    const attributes: Record<string, string> = {};
    const attribute = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = attribute.exec(m[1]!); a !== null; a = attribute.exec(m[1]!))
      attributes[a[1]!] = unescape(a[2] ?? a[3] ?? "");
    const { rule, sheet, cell, expected, actual, at } = attributes;
    if (!rule || !sheet || !cell) continue;
    out.push({
      rule,
      sheet,
      cell,
      ...(expected !== undefined && { expected }),
      ...(actual !== undefined && { actual }),
      reason: unescape((m[2] ?? "").trim()),
      ...(at !== undefined && { at }),
    });
  }
  return out;
}
