/** A cell's fill as Office.js reports it (getCellProperties, ExcelApi 1.9), enough to put it back exactly. */

export interface FillState {
  /** "None" means no fill (Excel then reports the colour as white, which is not a white fill). */
  readonly pattern: string;
  readonly color?: string;
  readonly patternColor?: string;
  readonly tintAndShade?: number;
  readonly patternTintAndShade?: number;
}

export const NO_FILL: FillState = { pattern: "None" };

/** Keeps only what restoring needs; a pattern of None drops the rest, which Excel ignores then. */
export function normaliseFill(fill: Partial<FillState> | undefined): FillState {
  if (!fill || fill.pattern === undefined || fill.pattern === "None") return NO_FILL;
  return {
    pattern: fill.pattern,
    ...(fill.color !== undefined && { color: fill.color }),
    ...(fill.patternColor !== undefined && { patternColor: fill.patternColor }),
    ...(fill.tintAndShade !== undefined && { tintAndShade: fill.tintAndShade }),
    ...(fill.patternTintAndShade !== undefined && { patternTintAndShade: fill.patternTintAndShade }),
  };
}

/** Whether a cell still shows the solid mark colour we painted (colour codes compare case-insensitively). */
export function showsMarkColour(fill: FillState, markColour: string): boolean {
  return fill.pattern === "Solid" && (fill.color ?? "").toUpperCase() === markColour.toUpperCase() && !fill.tintAndShade;
}
