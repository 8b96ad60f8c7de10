/**
 * One paragraph of a 情况说明 → claims: amounts naming a table quantity, shares of an amount, year-on-year
 * changes and leftover template text. Pure text in, data out; the rules compare the claims with the tables.
 */
import { findDirectionWords, JOINED, type DirectionWord } from "./direction-words";
import { findFigures, type TextFigure } from "./figures";
import { nameQuantity, sameQuantity } from "./name-quantity";
import { TOPIC_TERMS } from "./vocabulary";
import { normaliseNarrative } from "./normalise";
import { findPlaceholders } from "./placeholders";
import { segment, type Segments } from "./segments";
import type { AmountClaim, ChangeClaim, Claim, HeadingContext, Naming, Topic } from "./types";

/** Words right before last year's figure. */
const PREVIOUS_YEAR = /(由|从|上年|去年|上年度|上一年度?|执行数|决算数)(预算)?(数)?(的|为|是)?\s*$/;
/** A year in the words before a figure ("2024年当年预算执行数为"). */
const LABEL_YEAR = /(\d{4})\s*年/g;
/** Words that only restate this year's budget of the item ("2025年预算安排", "预算数为"). */
const RESTATES = /^[\s,，:：;；]*(\d{4}\s*年(度)?)?(当年)?(预算安排|预算数|预算|安排)(数)?(为|是)?\s*$/;
const SHARE_WORDS = /(占比|比重|占)([^,;。%\d]{0,20}?)的?(为|是)?\s*$/;
const NO_BASIS = "无可比性";
/** A figure right after "一致"/"持平" is the change ("与上年预算一致0万元"), not this year's amount. */
const CHANGE_BEFORE = /(一致|持平|没有变化|无变化|不变)\s*了?\s*$/;
/** "本部门及" / "本部和" before 下属…: the department with its units, i.e. all of it. */
const WHOLE_BEFORE = /(本部门|本部|机关|本级)\s*(及|和|以及|与|连同)\s*$/;
/** Words that say a figure covers part of the department's units. */
const PART_SCOPE = /下属\s*\d+\s*家|所属\s*\d+\s*家|\d+\s*家(?:行政|事业|参公|机关|单位)|本级|部分单位/;

export function readParagraph(raw: string, context: HeadingContext): Claim[] {
  const placeholders = findPlaceholders(normaliseNarrative(raw));
  const text = placeholders.masked;
  const segments = segment(text);
  const figures = findFigures(text);
  const words = findDirectionWords(text, figures);
  // A figure after a direction word, or after "增加（减少）", is a change, not an amount of a quantity.
  const afterPlaceholder = figures.filter((f) =>
    placeholders.directionEnds.some((end) => JOINED.test(text.slice(end, f.start))),
  );
  const inChange = new Set([...words.flatMap((w) => (w.figure ? [w.figure] : [])), ...afterPlaceholder]);

  const claims: Claim[] = [...placeholders.claims];
  const reader = new ClaimBuilder(text, segments, context, claims);
  const events = [
    ...figures.filter((f) => !inChange.has(f)).map((f) => ({ at: f.start, figure: f })),
    ...words.map((w) => ({ at: w.start, word: w })),
  ].sort((a, b) => a.at - b.at);
  for (const event of events) {
    if ("figure" in event) reader.figure(event.figure);
    else reader.direction(event.word);
  }
  return claims;
}

interface OpenChange {
  readonly claim: ChangeClaim;
  readonly index: number;
  readonly sentence: number;
  readonly from: number;
}

class ClaimBuilder {
  private lastEnd = 0;
  private change: OpenChange | undefined;
  /** Where each amount claim's figure stands, by claim index. */
  private readonly amountAt = new Map<number, number>();
  /** Where the paragraph first mentions each topic. */
  private readonly topicStarts: ReadonlyMap<Topic, number>;

  constructor(
    private readonly text: string,
    private readonly segments: Segments,
    private readonly context: HeadingContext,
    private readonly claims: Claim[],
  ) {
    this.topicStarts = topicStarts(text);
  }

  figure(figure: TextFigure): void {
    const labelStart = Math.max(this.segments.clauseStart(figure.start), this.lastEnd);
    const label = this.text.slice(labelStart, figure.start);
    this.lastEnd = figure.end;
    if (figure.unit !== undefined) this.amount(figure, label, labelStart);
    else this.share(figure, label);
  }

  direction(word: DirectionWord): void {
    const sentence = this.segments.sentenceStart(word.start);
    const open = this.change && this.change.sentence === sentence ? this.change : undefined;
    const amount = word.figure?.unit !== undefined ? word.figure : undefined;
    const percent = word.figure && word.figure.unit === undefined ? word.figure : undefined;
    const clash = open && ((amount && open.claim.amount) || (percent && open.claim.percent));
    if (open && !clash) {
      this.change = { ...open, claim: extend(open.claim, word, this.text, open.from) };
      this.claims[open.index] = this.change.claim;
    } else {
      const claim = this.newChange(word, sentence);
      this.claims.push(claim);
      this.change = { claim, index: this.claims.length - 1, sentence, from: word.start };
    }
    this.lastEnd = word.figure?.end ?? word.end;
  }

  private amount(figure: TextFigure, label: string, labelStart: number): void {
    const name = (words: string, from: number): Naming =>
      nameQuantity({
        label: words,
        sentenceBefore: this.text.slice(this.segments.sentenceStart(figure.start), from),
        topicsBefore: this.topicsBefore(figure.start),
        context: this.context,
      });
    // Words after an earlier figure may name nothing ("…增加为 1038.62"): then the whole clause names it.
    const clauseStart = this.segments.clauseStart(figure.start);
    const short = name(label, labelStart);
    const named =
      short.words === "" && clauseStart < labelStart
        ? name(this.text.slice(clauseStart, figure.start), clauseStart)
        : short;
    // Last year's figure ("由 1000.00 万元增加为…", "上年为 …"): no table states it.
    const item = this.itemOf(label);
    const naming =
      PREVIOUS_YEAR.test(label) || this.earlierYear(label)
        ? { ...named, groups: [], lastYear: true, words: `${named.words}（上年）` }
        : item !== undefined
          ? { ...named, groups: [], repeats: item }
          : notCompared(named, label, this.text.slice(this.segments.sentenceStart(figure.start), figure.start));
    const claim: AmountClaim = {
      kind: "amount",
      figure: figure.number,
      unit: figure.unit!,
      label: label.trim(),
      naming,
      at: figure.start,
    };
    this.claims.push(claim);
    this.amountAt.set(this.claims.length - 1, figure.start);
  }

  /** A label naming a year before the latest year the paragraph names: last year's figure. */
  private earlierYear(label: string): boolean {
    const years = [...label.matchAll(LABEL_YEAR)].map((m) => Number(m[1]));
    const latest = Math.max(...[...this.text.matchAll(LABEL_YEAR)].map((m) => Number(m[1])));
    return years.length > 0 && years[years.length - 1]! < latest;
  }

  /** The paragraph's item amount (a 类/款/项 line) a restating label repeats, if the label only restates it. */
  private itemOf(label: string): number | undefined {
    if (!RESTATES.test(label)) return undefined;
    // The nearest item before it: a paragraph may explain several items in turn.
    return this.lastAmount((index) => (this.claims[index] as AmountClaim).naming.line !== undefined);
  }

  private share(figure: TextFigure, label: string): void {
    const marker = SHARE_WORDS.exec(label);
    if (!marker) return; // a percentage that is neither a share nor a change (a rate, a target): nothing to check
    const sentence = this.segments.sentenceStart(figure.start);
    const part = this.lastAmount((index, at) => at >= sentence && index >= 0);
    if (part === undefined) return;
    const baseWords = marker[2] ?? "";
    const named = baseWords.trim() === "" ? undefined : this.nameAt(baseWords, figure.start);
    const base =
      named && named.groups.length > 0
        ? this.lastAmount((index) => index !== part && sameQuantity((this.claims[index] as AmountClaim).naming, named))
        : this.firstAmount();
    this.claims.push({
      kind: "share",
      figure: figure.number,
      part,
      ...(base !== undefined && base !== part && { base }),
    });
  }

  private newChange(word: DirectionWord, sentence: number): ChangeClaim {
    const labelStart = Math.max(this.segments.clauseStart(word.start), this.lastEnd, sentence);
    const naming = this.nameAt(this.text.slice(labelStart, word.start), word.start);
    const named = naming.words !== "";
    const current =
      this.lastAmount((index) => !named || sameQuantity((this.claims[index] as AmountClaim).naming, naming)) ??
      this.lastAmount(() => true);
    const previous = this.lastAmount(
      (index, at) => at >= sentence && (this.claims[index] as AmountClaim).naming.lastYear === true,
    );
    const empty: ChangeClaim = {
      kind: "change",
      text: "",
      directions: [],
      noBasis: false,
      ...(current !== undefined && { current }),
      ...(previous !== undefined && { previous }),
    };
    return extend(empty, word, this.text, word.start);
  }

  private nameAt(label: string, at: number): Naming {
    return nameQuantity({ label, sentenceBefore: "", topicsBefore: this.topicsBefore(at), context: this.context });
  }

  private topicsBefore(at: number): Topic[] {
    return [...this.topicStarts].flatMap(([topic, start]) => (start < at ? [topic] : []));
  }

  private lastAmount(accept: (index: number, at: number) => boolean): number | undefined {
    for (let i = this.claims.length - 1; i >= 0; i -= 1) {
      const at = this.amountAt.get(i);
      if (at !== undefined && accept(i, at)) return i;
    }
    return undefined;
  }

  private firstAmount(): number | undefined {
    for (let i = 0; i < this.claims.length; i += 1) if (this.amountAt.has(i)) return i;
    return undefined;
  }
}

/** The naming marked when the words make the figure a change or a part of the department (Naming.notCompared). */
function notCompared(naming: Naming, label: string, sentence: string): Naming {
  const change = CHANGE_BEFORE.exec(label);
  if (change) return { ...naming, groups: [], notCompared: { reason: "change", words: change[1]! } };
  const scope = PART_SCOPE.exec(sentence);
  // "本部门及下属2家单位" is the whole department, not a part of it.
  const whole = scope && WHOLE_BEFORE.test(sentence.slice(0, scope.index));
  if (scope && !whole && !naming.line) return { ...naming, notCompared: { reason: "scope", words: scope[0] } };
  return naming;
}

/** The change with one more direction word (and its figure) of the same sentence. */
function extend(claim: ChangeClaim, word: DirectionWord, text: string, from: number): ChangeClaim {
  const to = word.figure?.end ?? word.end;
  const phrase = text.slice(from, to).trim();
  const figure = word.figure;
  const after = text.slice(to, to + 12);
  return {
    ...claim,
    text: phrase,
    directions: [...claim.directions, word.direction],
    ...(figure?.unit !== undefined && {
      amount: { figure: figure.number, unit: figure.unit, word: word.word, direction: word.direction },
    }),
    ...(figure &&
      figure.unit === undefined && { percent: { figure: figure.number, word: word.word, direction: word.direction } }),
    noBasis: claim.noBasis || after.includes(NO_BASIS) || phrase.includes(NO_BASIS),
  };
}

/** Topic words with quotes or spaces allowed between their characters ("“三公”经费"), made once. */
const TOPIC_PATTERNS = TOPIC_TERMS.flatMap(({ topic, words }) =>
  words.map((word) => ({ topic, pattern: new RegExp([...word].join("[\\s“”\"'‘’「」『』]*")) })),
);

/** The offset of each topic's first mention in the paragraph. */
function topicStarts(text: string): Map<Topic, number> {
  const starts = new Map<Topic, number>();
  for (const { topic, pattern } of TOPIC_PATTERNS) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && at < (starts.get(topic) ?? Infinity)) starts.set(topic, at);
  }
  return starts;
}
