import { createWriteStream, type WriteStream } from "node:fs";

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
    stream.end(() => resolve());
  });
}
