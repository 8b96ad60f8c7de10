/** The narrative reader (情况说明): text → claims about amounts, shares and changes, each naming a table quantity. */
export { narrativeParagraphs } from "./paragraphs";
export { readNarrativeSheet } from "./read-narrative";
export { readParagraph } from "./read-paragraph";
export { nameQuantity, readHeadingWords, sameQuantity } from "./name-quantity";
export { normaliseNarrative } from "./normalise";
export { findFigures } from "./figures";
export { tieNaming, inUnit, decimalsIn } from "./tie";
export type { Tie } from "./tie";
export { narrativeFinding, quoteOf } from "./finding";
export { CLASS_NAMES } from "./class-names";
export { ITEM_TERMS, SCOPE_TERMS, TOPIC_TERMS } from "./vocabulary";
export type * from "./types";
