/** Text helpers every part of the core shares (width folding). */
export { foldWidth } from "./fold-width";
