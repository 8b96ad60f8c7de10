/** Small text helpers shared by code and name normalisation. */

/**
 * Full-width ASCII forms (０-９, Ａ-Ｚ, －, ．) → half-width; ideographic and no-break spaces → a space: the core's one
 * width folding (core/text/fold-width.ts), under the name the catalog modules use.
 */
export { foldWidth as toHalfWidth } from "../text/fold-width";

/** Any whitespace, including the ideographic space and no-break space. */
export const WHITESPACE = /[\s\u3000\u00a0\u200b]+/gu;
