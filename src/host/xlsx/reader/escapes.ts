/**
 * ECMA-376 Part 1, §22.9.2.19 (ST_Xstring): a character XML cannot hold is written "_xHHHH_" (its UTF-16 code in
 * four hex digits), and a literal "_x" that would look like one is written with its underscore escaped ("_x005F_").
 * Decoded left to right in one pass, so "_x005F_x0041_" is the literal text "_x0041_". Control characters come out
 * as they are: showing them safely is the job of whoever prints them.
 */
const ESCAPE = /_x([0-9A-F]{4})_/g;

export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
