/**
 * data/classification/evidence.csv is what scripts/harvest-classification.js makes of the corpus text and the shared
 * evidence lists: committed, current, and holding the pairs the corpus PDFs print (read by hand from source.txt).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO } from "./evidence";

const FILE = path.join(REPO, "data", "classification", "evidence.csv");

interface EvidenceRow {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly year: string;
  readonly document: string;
}

/** The first five cells of each row: none of them is ever quoted (no comma in a code, name, kind, year, document). */
function rows(): EvidenceRow[] {
  const [, ...lines] = fs.readFileSync(FILE, "utf8").trim().split("\n");
  return lines.map((line) => {
    const [code = "", name = "", kind = "", year = "", document = ""] = line.split(",");
    return { code, name, kind, year, document };
  });
}

test("evidence.csv is what the harvest script writes", () => {
  expect(() =>
    execFileSync(process.execPath, [path.join(REPO, "scripts", "harvest-classification.js"), "--check"], {
      stdio: "pipe",
    }),
  ).not.toThrow();
});

test("every corpus document contributes its printed pairs, year 2025", () => {
  const corpus = rows().filter((r) => r.document.startsWith("corpus/"));
  expect(new Set(corpus.map((r) => r.document))).toEqual(
    new Set([
      "corpus/pt-commerce-2025-dept",
      "corpus/pt-commerce-2025-unit",
      "corpus/pt-gov-office-2025-dept",
      "corpus/pt-gov-office-2025-unit",
    ]),
  );
  expect(corpus.every((r) => r.year === "2025")).toBe(true);
  const pair = (document: string, code: string) =>
    corpus.filter((r) => r.document === `corpus/${document}` && r.code === code).map((r) => r.name);
  // Read from the PDFs' text: 表 (功能分类) and 基本支出 rows.
  expect(pair("pt-gov-office-2025-unit", "2010399")).toEqual(["其他政府办公厅（室）及相关机构事务支出"]);
  expect(pair("pt-commerce-2025-dept", "2150899")).toEqual(["其他支持中小企业发展和管理支出"]);
  expect(pair("pt-commerce-2025-dept", "2169999")).toEqual(["其他商业服务业等支出"]);
  expect(pair("pt-gov-office-2025-dept", "30239")).toEqual(["其他交通费用"]);
  expect(pair("pt-gov-office-2025-dept", "31002")).toEqual(["办公设备购置"]);
});

test("each code's kind follows its first digit and its length is 3, 5 or 7", () => {
  const kinds: Record<string, string> = { "2": "functional", "3": "econ-dept", "5": "econ-gov" };
  for (const r of rows()) {
    expect([r.code, kinds[r.code[0] ?? ""]]).toEqual([r.code, r.kind]);
    expect([3, 5, 7]).toContain(r.code.length);
  }
});
