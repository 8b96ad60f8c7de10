/**
 * The budget year a file name names, for choosing the catalog when no table title does: "pt-commerce-2025-dept.xlsx",
 * "2026年部门预算.xlsx", "商务委员会25年预算.xlsx". Only years 2000–2099 not inside a longer number count, and a name
 * naming two different years names none (a "2024-2025 对比" file says nothing reliable).
 */
export function yearInFileName(name: string): number | undefined {
  const years = new Set<number>();
  for (const match of name.matchAll(/(?<!\d)(20\d\d)(?!\d)/gu)) years.add(Number(match[1]));
  if (years.size === 0) for (const match of name.matchAll(/(?<!\d)(\d\d)年/gu)) years.add(2000 + Number(match[1]));
  return years.size === 1 ? [...years][0] : undefined;
}
