/**
 * Which table quantity the words before a figure name, from the vocabulary: class lines first, then the fund
 * scope, then the item; what the words leave open comes from the sentence and then from the headings.
 */
import { classKey, type QuantityKey } from "../quantities";
import { CLASS_NAMES } from "./class-names";
import { findLinePath, looksLikePath } from "./line-path";
import { compactWords } from "./normalise";
import type { HeadingContext, Naming, Scope, Topic } from "./types";
import { DEFAULT_ITEM, ITEM_TERMS, SCOPE_TERMS, TOPIC_TERMS, type ItemTerm, type Strength } from "./vocabulary";

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Found<T> extends Span {
  readonly what: T;
  readonly word: string;
}

const STRENGTH_RANK: Readonly<Record<Strength, number>> = { strong: 3, weak: 2, neutral: 1 };

/** Words found in a piece of text: the class line, the fund scope and the item, each the one nearest the end. */
export interface Words {
  readonly classCode?: string;
  readonly className?: string;
  readonly scope?: Found<Scope>;
  readonly item?: Found<ItemTerm>;
  /** The words before the item, class and fund masked with "#". */
  readonly beforeItem?: string;
}

/** Topics (三公, 政府采购) a text mentions. */
export function topicsIn(text: string): Topic[] {
  const compact = compactWords(text);
  return TOPIC_TERMS.filter((t) => t.words.some((w) => compact.includes(w))).map((t) => t.topic);
}

/** The vocabulary words in a text. `topics` allow the short words that need them ("购置费" under 三公). */
export function findWords(text: string, topics: readonly Topic[]): Words {
  let compact = compactWords(text);
  const cls = findClass(compact);
  if (cls) compact = mask(compact, cls);
  const scope = findScope(compact);
  if (scope) compact = mask(compact, scope);
  const allowed = new Set([...topics, ...topicsIn(text)]);
  const item = findItem(compact, allowed);
  return {
    ...(cls && { classCode: cls.what, className: cls.word }),
    ...(scope && { scope }),
    ...(item && { item, beforeItem: compact.slice(0, item.start) }),
  };
}

export interface NamingInput {
  /** The words between the clause start (or the previous figure) and the figure. */
  readonly label: string;
  /** The sentence before the label: lends its fund scope when the label names none and no strong item. */
  readonly sentenceBefore: string;
  /** Topics the paragraph mentions before the figure (三公 allows "购置费"). */
  readonly topicsBefore: readonly Topic[];
  readonly context: HeadingContext;
}

export function nameQuantity(input: NamingInput): Naming {
  // A 类/款/项 path names one row: "行政运行(项)" under "一般公共服务支出(类)" is that 项, not the 类 total.
  const line = findLinePath(input.label);
  if (line) return { scope: input.context.scope, item: "line", groups: [], line, words: line.text };
  // A path it cannot read is still a 项 or 款, never its 类 total: tied to nothing (narrative.untied says so).
  if (looksLikePath(input.label)) return { scope: input.context.scope, groups: [], words: "" };
  const topics = [...input.context.topics, ...input.topicsBefore];
  const words = findWords(input.label, topics);
  const strongItem = words.item?.what.strength === "strong";
  const sentenceScope =
    words.scope || strongItem || words.classCode ? undefined : findWords(input.sentenceBefore, topics).scope;
  const scope: Scope = words.scope?.what ?? sentenceScope?.what ?? input.context.scope;
  const scopeWord = words.scope?.word ?? sentenceScope?.word ?? "";

  if (words.classCode !== undefined) {
    // The printed class line first (收支总表); the 一般公共预算 class sum is computed from 项 rows.
    const groups: QuantityKey[][] = [[classKey(words.classCode), `general.class.${words.classCode}`]];
    const within = scope === "general" ? { within: "general.class." } : {};
    return { scope, item: "class", classCode: words.classCode, groups, ...within, words: words.className ?? "" };
  }

  // "办公费支出", "工资福利支出": 支出 ends a longer name, not the department's spending.
  if (words.item?.what.strength === "weak" && compounded(words.beforeItem ?? "")) {
    return { scope, groups: [], words: "" };
  }
  const labelItem = words.item && words.item.what.strength !== "neutral" ? words.item.what : undefined;
  // "预算" alone ("涉及项目预算资金 6626 万元") names nothing: only a heading or a fund makes it a quantity.
  const saysSomething = labelItem !== undefined || words.scope !== undefined || sentenceScope !== undefined;
  const itemId = labelItem?.id ?? input.context.item ?? (saysSomething ? DEFAULT_ITEM : undefined);
  if (itemId === undefined) return { scope, groups: [], words: "" };
  const item = ITEM_TERMS.find((t) => t.id === itemId);
  const groups = item ? groupsFor(item, scope) : [];
  const itemWord = labelItem ? (words.item?.word ?? "") : "";
  return { scope, item: itemId, groups, words: scopeWord + itemWord };
}

/** Words that may stand before 收入/支出 without making them part of another name. */
const BEFORE_SIDE = /(#|的|之|拨款|本年度?|全年|年度|\d{4}年度?|总|部门|单位|,|:|;|\(|\))+$/;
/** The end of a body's name ("…人民政府办公室收入预算", "…商务委员会支出"). */
const BODY_END = /(办公室|委员会|委|局|院|中心|所|站|馆|部|处|厅|会|队|社|校|园|府|团|办|署|\d+家)$/;

/** True when 收入/支出 closes a longer name ("办公费支出") rather than naming the side of a fund or the department. */
function compounded(before: string): boolean {
  const rest = before.replace(BEFORE_SIDE, "");
  if (rest === "" || /[,:;。、(（]$/.test(rest) || BODY_END.test(rest)) return false;
  return /[\u4e00-\u9fff]$/.test(rest);
}

/** What a heading says its paragraphs are about ("六、一般公共预算基本支出情况说明" → general, basic). */
export function readHeadingWords(text: string, outer: HeadingContext): HeadingContext {
  const topics = [...new Set([...outer.topics, ...topicsIn(text)])];
  const words = findWords(text, topics);
  const item = words.item && words.item.what.strength !== "neutral" ? words.item.what.id : undefined;
  return {
    scope: words.scope?.what ?? outer.scope,
    ...((item ?? outer.item) !== undefined && { item: item ?? outer.item }),
    topics,
    headings: [...outer.headings, text],
  };
}

/** Two namings name the same quantity (a change sentence and the figure it changes). */
export function sameQuantity(a: Naming, b: Naming): boolean {
  const sameLine = a.line === undefined ? b.line === undefined : b.line !== undefined && a.line.text === b.line.text;
  return a.scope === b.scope && a.item === b.item && a.classCode === b.classCode && sameLine;
}

function groupsFor(item: ItemTerm, scope: Scope): readonly (readonly QuantityKey[])[] {
  return item.keys[scope] ?? (item.anyScope ? (item.keys.none ?? []) : []);
}

/**
 * One pattern per class name: the name with "(类)"/"类" before or after 支出 ("一般公共服务(类)支出",
 * "一般公共服务支出(类)"), or with 支出 alone; a fund's name needs the 类 marker.
 */
const CLASS_PATTERNS = CLASS_NAMES.flatMap((cls) =>
  cls.names.map((name) => ({
    code: cls.code,
    name,
    pattern: new RegExp(`${name}(?:(\\(类\\)|类)(支出)?|(支出)(\\(类\\))${cls.marked ? "" : "?"})`, "g"),
  })),
);

function findClass(text: string): Found<string> | undefined {
  if (!text.includes("类") && !text.includes("支出")) return undefined;
  let best: Found<string> | undefined;
  for (const { code, name, pattern } of CLASS_PATTERNS) {
    // Every match starts with the name (plain text, no pattern characters): most texts name no class at all.
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(pattern)) {
      const found = { start: m.index, end: m.index + m[0].length, what: code, word: m[0] };
      if (!best || found.end > best.end || (found.end === best.end && found.start < best.start)) best = found;
    }
  }
  return best;
}

function findScope(text: string): Found<Scope> | undefined {
  const found = occurrences(text, SCOPE_WORDS);
  // Any named fund beats 财政拨款; among equals the last one written.
  const rank = (f: Found<Scope>): number => (f.what === "fiscal" ? 0 : 1);
  return pick(found, (a, b) => rank(a) - rank(b) || a.start - b.start);
}

const SCOPE_WORDS = SCOPE_TERMS.flatMap((t) => t.words.map((word) => ({ word, what: t.scope })));
const itemWords = new Map<string, { word: string; what: ItemTerm }[]>();

/** The item words allowed under some topics, made once per set of topics. */
function itemWordsFor(topics: ReadonlySet<Topic>): { word: string; what: ItemTerm }[] {
  const key = [...topics].sort().join(",");
  let words = itemWords.get(key);
  if (!words) {
    words = ITEM_TERMS.filter((t) => t.requires === undefined || topics.has(t.requires)).flatMap((t) =>
      t.words.map((word) => ({ word, what: t })),
    );
    itemWords.set(key, words);
  }
  return words;
}

function findItem(text: string, topics: ReadonlySet<Topic>): Found<ItemTerm> | undefined {
  const found = occurrences(text, itemWordsFor(topics));
  return pick(
    found,
    (a, b) => STRENGTH_RANK[a.what.strength] - STRENGTH_RANK[b.what.strength] || a.end - b.end || b.start - a.start,
  );
}

/** Every occurrence of every word, without the ones inside a longer occurrence ("专户" in "专户管理"). */
function occurrences<T>(text: string, words: readonly { word: string; what: T }[]): Found<T>[] {
  const all: Found<T>[] = [];
  for (const { word, what } of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      all.push({ start: at, end: at + word.length, what, word });
    }
  }
  return all.filter(
    (f) => !all.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}

/** The greatest element by `compare` (later elements win ties). */
function pick<T>(items: readonly T[], compare: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || compare(item, best) >= 0) best = item;
  return best;
}

function mask(text: string, span: Span): string {
  return text.slice(0, span.start) + "#".repeat(span.end - span.start) + text.slice(span.end);
}
