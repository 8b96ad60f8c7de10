/**
 * The progress line on a terminal's stderr: files done / total, errors so far, elapsed time and an estimate of the
 * time left. Redrawn in place at most a few times a second; nothing at all when stderr is not a terminal, so pipes
 * and log files never see it. Other stderr lines (a file that could not be read) are written above it.
 */
import type { Language } from "../core";
import { CLI_STRINGS } from "./strings";

export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Writes our own sequences unescaped, when `write` escapes control characters (terminal-safe.ts). */
  control?(text: string): unknown;
}

/** Redraws at most this often (a batch of small files finishes hundreds a second). */
const REDRAW_MS = 100;
const CLEAR_LINE = "\r\u001b[K";

/** 75 → "1:15", 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

export class Progress {
  private done = 0;
  private errors = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly start: number;
  private readonly active: boolean;

  constructor(
    private readonly out: ProgressOutput,
    private readonly total: number,
    private readonly language: Language,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
    this.active = out.isTTY === true && total > 1;
  }

  /** The line as drawn (exported for tests through `line()`). */
  line(): string {
    const elapsed = (this.now() - this.start) / 1000;
    const left = this.done > 0 && this.done < this.total ? (elapsed / this.done) * (this.total - this.done) : undefined;
    return CLI_STRINGS[this.language].progress(
      this.done,
      this.total,
      this.errors,
      clock(elapsed),
      left === undefined ? undefined : clock(left),
    );
  }

  /** One file finished; `failed` when it could not be read or has errors. */
  step(failed: boolean): void {
    this.done++;
    if (failed) this.errors++;
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && this.done < this.total) return;
    this.lastDraw = t;
    this.draw(CLEAR_LINE + this.line());
    this.shown = true;
  }

  /** Writes a whole line to stderr above the progress line. */
  message(text: string): void {
    if (this.shown) this.draw(CLEAR_LINE);
    this.out.write(text + "\n");
    if (this.shown) this.draw(this.line());
  }

  /** The progress line and its clearing are ours: they bypass the escaping of workbook text. */
  private draw(text: string): void {
    if (this.out.control !== undefined) this.out.control(text);
    else this.out.write(text);
  }

  /** Removes the line at the end of the run. */
  finish(): void {
    if (this.shown) this.draw(CLEAR_LINE);
    this.shown = false;
  }
}
