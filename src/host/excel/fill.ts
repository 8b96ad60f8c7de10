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

/** Keeps only what restoring needs: a pattern of None drops the rest (Excel ignores it), null (automatic) is left unset. */
export function normaliseFill(fill: Partial<FillState> | undefined): FillState {
  if (!fill || fill.pattern === undefined || fill.pattern === "None") return NO_FILL;
  return {
    pattern: fill.pattern,
    ...(typeof fill.color === "string" && { color: fill.color }),
    ...(typeof fill.patternColor === "string" && { patternColor: fill.patternColor }),
    ...(typeof fill.tintAndShade === "number" && { tintAndShade: fill.tintAndShade }),
    ...(typeof fill.patternTintAndShade === "number" && { patternTintAndShade: fill.patternTintAndShade }),
  };
}

/** Whether a cell still shows the solid mark colour we painted (colour codes compare case-insensitively). */
export function showsMarkColour(fill: FillState, markColour: string): boolean {
  return (
    fill.pattern === "Solid" && (fill.color ?? "").toUpperCase() === markColour.toUpperCase() && !fill.tintAndShade
  );
}
