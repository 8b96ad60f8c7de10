import { createWriteStream, promises as fs, type WriteStream } from "node:fs";
import * as path from "node:path";

/** Opens a file for writing and waits until it is open, so a folder that does not exist fails here, as a value. */
export function openOutput(file: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(file, { encoding: "utf8" });
    stream.once("open", () => resolve(stream));
    stream.once("error", reject);
  });
}

/** Ends a stream and waits until its bytes are written (or it failed). */
export function endOutput(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    // The callback gets the error of a failed last write (a full disk), which may not be emitted as "error" again.
    stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** A report file being written: its stream, then `commit` (put in place) or `abandon` (removed). */
export interface ReplacingOutput {
  readonly stream: WriteStream;
  /** Moves the finished file over the target (the stream must have ended). */
  commit(): Promise<void>;
  abandon(): Promise<void>;
}

let partialCount = 0;

/**
 * Opens `target` for a report: a regular file is written beside it under a temporary name and renamed when
 * complete, so a run that stops half-way (or a full disk) leaves the earlier file whole; a device or pipe
 * (/dev/stdout) is written in place.
 */
export async function openReplacing(target: string): Promise<ReplacingOutput> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat !== undefined && !stat.isFile() && !stat.isDirectory()) {
    const stream = await openOutput(target);
    return { stream, commit: () => Promise.resolve(), abandon: () => Promise.resolve() };
  }
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${++partialCount}.partial`);
  const stream = await openOutput(partial);
  return {
    stream,
    commit: () => fs.rename(partial, target),
    abandon: () => fs.rm(partial, { force: true }),
  };
}
