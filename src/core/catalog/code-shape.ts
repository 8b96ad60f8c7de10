import type { ClassificationKind, CodeLevel } from "./types";

/** The kind a normalised code belongs to, from its first digit; undefined for anything else. */
export function kindOfCode(code: string): ClassificationKind | undefined {
  switch (code.charCodeAt(0)) {
    case 0x32:
      return "functional";
    case 0x33:
      return "econ-dept";
    case 0x35:
      return "econ-gov";
    default:
      return undefined;
  }
}

/** 3 digits → 类, 5 → 款, 7 → 项. */
export function levelOfCode(code: string): CodeLevel | undefined {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

/** "2013101" → "20131" → "201" → undefined. */
export function parentOfCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}
