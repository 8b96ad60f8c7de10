/** Template text left in a narrative ("增加（减少）", "XX", "待填写"), found and masked out. */
import type { PlaceholderClaim } from "./types";

/** Template text left in: "增加（减少）", "XX", "待填写". */
const PLACEHOLDERS: readonly { pattern: RegExp; direction: boolean }[] = [
  { pattern: /(增加|增长|上升|提高)\s*\(\s*或?\s*(减少|下降|降低)\s*\)/g, direction: true },
  { pattern: /(减少|下降|降低)\s*\(\s*或?\s*(增加|增长|上升|提高)\s*\)/g, direction: true },
  { pattern: /增\s*\(\s*减\s*\)/g, direction: true },
  { pattern: /(增加|增长)\s*\/\s*(减少|下降)/g, direction: true },
  { pattern: /(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])/g, direction: false },
  // A lone X where a figure belongs: "X万元", "X%", "X个项目".
  { pattern: /(?<![A-Za-z\d.])[Xx×](?=\s*(万元|元|%|个|家|项|人|辆|台))/g, direction: false },
  { pattern: /待填写|待补充|待填报|\*{2,}/g, direction: false },
];

/** Template text, masked out of the text; `directionEnds`: where a "增加（减少）" ends (its figure is a change). */
export function findPlaceholders(text: string): {
  masked: string;
  claims: PlaceholderClaim[];
  directionEnds: number[];
} {
  let masked = text;
  const found: { at: number; text: string }[] = [];
  const directionEnds: number[] = [];
  for (const { pattern, direction } of PLACEHOLDERS) {
    for (const m of text.matchAll(pattern)) {
      found.push({ at: m.index, text: m[0] });
      if (direction) directionEnds.push(m.index + m[0].length);
      masked = masked.slice(0, m.index) + "□".repeat(m[0].length) + masked.slice(m.index + m[0].length);
    }
  }
  found.sort((a, b) => a.at - b.at);
  return { masked, claims: found.map((f) => ({ kind: "placeholder", text: f.text })), directionEnds };
}
