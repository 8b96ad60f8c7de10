/** Sentence and clause boundaries in normalised narrative text, as offsets. */

/** 。！？；, a line break, and "主要原因" (what follows a reason is not part of the figures before it). */
const SENTENCE_END = /[。!?;\n]|主要原因|原因:/g;
/** ，：、 (a comma between digits groups thousands: "1,261.66"). */
const CLAUSE_END = /[:、]|,(?!\d{3}(?:\D|$))/g;

export interface Segments {
  /** Offset where the sentence holding `at` starts. */
  sentenceStart(at: number): number;
  /** Offset where the clause holding `at` starts. */
  clauseStart(at: number): number;
}

export function segment(text: string): Segments {
  const sentenceEnds = ends(text, SENTENCE_END);
  const clauseEnds = [...sentenceEnds, ...ends(text, CLAUSE_END)].sort((a, b) => a - b);
  return { sentenceStart: (at) => lastBefore(sentenceEnds, at), clauseStart: (at) => lastBefore(clauseEnds, at) };
}

function ends(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length);
}

function lastBefore(sorted: readonly number[], at: number): number {
  let found = 0;
  for (const end of sorted) {
    if (end > at) break;
    found = end;
  }
  return found;
}
