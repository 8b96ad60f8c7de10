/**
 * Output safety (issue #9): a report never lands on an input, and never replaces a file that is not one of our
 * reports unless --force says so. Inputs are compared by resolved path, real path (symlinks, symlinked folders)
 * and device + inode (hard links). Reports are written to a temporary file beside the target and renamed over it,
 * so a failed write (disk full) leaves the old file whole; devices and pipes (/dev/stdout) are written in place.
 */
import { promises as fs, type Stats } from "node:fs";
import * as path from "node:path";
import { endOutput, openReplacing } from "./open-output";
import { isOurReport } from "./own-report";

/** One input file as found on disk (or only its path, when it does not exist). */
export interface InputIdentity {
  readonly file: string;
  readonly resolved: string;
  readonly real?: string;
  readonly dev?: number;
  readonly ino?: number;
}

export type OutputProblem =
  | { readonly kind: "is-input"; readonly target: string; readonly input: string }
  | { readonly kind: "not-ours"; readonly target: string };

/** Why a report could not be written, for its own one-line message. */
export type WriteFailureKind = "denied" | "locked" | "disk-full" | "other";

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/** The real path of `file`, or of its folder joined with its name when the file itself does not exist. */
async function realPathOf(file: string): Promise<string | undefined> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return undefined;
    }
  }
}

export async function identify(files: readonly string[]): Promise<InputIdentity[]> {
  return Promise.all(
    files.map(async (file) => {
      const stat = await statOrUndefined(file);
      const real = await realPathOf(file);
      return {
        file,
        resolved: path.resolve(file),
        ...(real !== undefined && { real }),
        ...(stat !== undefined && { dev: stat.dev, ino: stat.ino }),
      };
    }),
  );
}

/** The input `target` is (or would write through to), if any. */
export async function inputAt(target: string, inputs: readonly InputIdentity[]): Promise<InputIdentity | undefined> {
  const [self] = await identify([target]);
  return inputs.find(
    (input) =>
      input.resolved === self!.resolved ||
      (input.real !== undefined && input.real === self!.real) ||
      (input.ino !== undefined && input.dev === self!.dev && input.ino === self!.ino),
  );
}

/** Whether `target` may be written: never over an input; over an existing regular file only if ours or forced. */
export async function outputProblem(
  target: string,
  inputs: readonly InputIdentity[],
  force: boolean,
): Promise<OutputProblem | undefined> {
  const input = await inputAt(target, inputs);
  if (input) return { kind: "is-input", target, input: input.file };
  if (force) return undefined;
  const stat = await statOrUndefined(target);
  if (stat === undefined || !stat.isFile()) return undefined; // new file, or a device/pipe, or a folder (fails later)
  try {
    if (await isOurReport(target, stat.size)) return undefined;
  } catch {
    // unreadable: not known to be ours
  }
  return { kind: "not-ours", target };
}

/** Writes `bytes` to `target` whole: via a temporary file and a rename for files, in place for devices and pipes. */
export async function writeOutput(target: string, bytes: Uint8Array | string): Promise<void> {
  const output = await openReplacing(target);
  try {
    output.stream.write(bytes);
    await endOutput(output.stream);
    await output.commit();
  } catch (error) {
    await output.abandon().catch(() => undefined);
    throw error;
  }
}

/** The kind of a write error, from its system code. */
export function writeFailureKind(error: unknown): WriteFailureKind {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "denied";
  if (code === "EBUSY" || code === "ETXTBSY") return "locked";
  if (code === "ENOSPC" || code === "EDQUOT") return "disk-full";
  return "other";
}
