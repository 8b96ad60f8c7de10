/**
 * Texts numbered in the order first met, each once: a large table repeats a few dozen codes or names over thousands
 * of rows, so the rules keep a number per row and judge each distinct text once.
 */
export class DistinctTexts {
  /** The texts in the order first met: a text's number is its index here. */
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The text's number, given it now when it is new. */
  numberOf(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }
}
