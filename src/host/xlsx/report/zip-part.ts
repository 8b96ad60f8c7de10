/** A text part of the workbook's zip, compressed as it is written (fflate, no Node API). */
import { strToU8, ZipDeflate, type Zip } from "fflate";

/** Text is handed to the compressor in pieces of about this many characters, not row by row. */
const PIECE_CHARS = 1 << 16;

export class ZipTextPart {
  private readonly entry: ZipDeflate;
  private pending = "";

  /**
   * Adds the part to `zip`. The zip writes its parts in the order they are added: a part added while an earlier one
   * is still open is held, compressed, until that one ends.
   */
  constructor(zip: Zip, name: string, mtime: Date) {
    this.entry = new ZipDeflate(name, { level: 6 });
    this.entry.mtime = mtime;
    zip.add(this.entry);
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PIECE_CHARS) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    this.entry.push(strToU8(this.pending), final);
    this.pending = "";
  }
}

/** A small part written whole. */
export function addWholePart(zip: Zip, name: string, text: string, mtime: Date): void {
  const part = new ZipTextPart(zip, name, mtime);
  part.write(text);
  part.end();
}
