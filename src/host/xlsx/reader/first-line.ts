/** The first line of an error's message, at most 200 characters: a detail for the user, never a stack trace. */
export function firstLine(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").slice(0, 200);
}
