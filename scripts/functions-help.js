/**
 * help.html, the page each BUDGET function's help link opens (shipped with the add-in): src/help.html with one
 * section per function written in where it says <!-- BUDGET functions -->, from the same metadata Excel registers —
 * the Chinese text (src/functions/locale/zh-CN.json), then the English (the JSDoc of src/functions/functions.ts) — so
 * the page and the function descriptions cannot drift apart.
 */
const MARK = "<!-- BUDGET functions -->";

function escapeHtml(text) {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** "=BUDGET.SHARE(部分, 总数, [小数位])"; a repeating parameter as SUM shows it: "区域1, [区域2], …". */
function signature(f) {
  const params = f.parameters.map((p) => {
    if (p.repeating) return `${p.name}1, [${p.name}2], …`;
    return p.optional ? `[${p.name}]` : p.name;
  });
  return `=BUDGET.${f.id}(${params.join(", ")})`;
}

/** One language's half of a section: the signature and description, then each parameter. */
function described(f, lang, colon) {
  const attr = lang ? ` lang="${lang}"` : "";
  return [
    `    <p${attr}><code>${escapeHtml(signature(f))}</code> ${escapeHtml(f.description)}</p>`,
    `    <ul${attr}>`,
    ...f.parameters.map((p) => `      <li>${escapeHtml(p.name)}${colon}${escapeHtml(p.description)}</li>`),
    "    </ul>",
  ];
}

/** The page: the template with every function's section (Chinese, then English) in place of the mark. */
function helpPage(template, english, chinese) {
  const lines = template.split("\n");
  const at = lines.findIndex((line) => line.trim() === MARK);
  if (at < 0) throw new Error(`help.html lacks the line ${MARK}`);
  const sections = chinese.functions.flatMap((zh) => {
    const en = english.functions.find((f) => f.id === zh.id);
    if (!en) throw new Error(`help.html: ${zh.id} has no English metadata`);
    const id = zh.id.toLowerCase();
    return [
      `  <section id="${id}">`,
      `    <h3>BUDGET.${zh.id}</h3>`,
      ...described(zh, "", "："),
      ...described(en, "en", ": "),
      "  </section>",
    ];
  });
  return [...lines.slice(0, at), ...sections, ...lines.slice(at + 1)].join("\n");
}

module.exports = { helpPage, MARK };
