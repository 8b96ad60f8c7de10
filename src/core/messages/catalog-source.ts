/**
 * The bundled catalog's name in English. The core names it in Chinese ("内置 2024（部分）", "内置 2024（部分，用于
 * 2025 年，2025 年变化未收录）") as data; the English sentences (code.unknown, code.unverifiable) and the command
 * line's --lang en show it in English, so no Chinese of the tool's own remains. A loaded catalog's file or sheet name
 * is the user's and stays as it is.
 */
export function englishCatalogSource(source: string): string {
  return source
    .replace(/（部分，用于 (\d{4}) 年，\1 年变化未收录）/g, " (partial, used for $1; changes of $1 not included)")
    .replace(/（部分，(\d{4}) 年变化未收录）/g, " (partial; changes of $1 not included)")
    .replace(/（部分，用于 (\d{4}) 年）/g, " (partial, used for $1)")
    .replace(/（部分）/g, " (partial)")
    .replace(/内置 (\d{4})/g, "bundled $1")
    .replace(/内置/g, "bundled");
}
