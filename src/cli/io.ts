/** What the command line touches of its process, injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: {
    write(text: string): unknown;
    readonly isTTY?: boolean;
    /** A stream's "drain" event: present on process.stdout, so a batch waits for a slow pipe. */
    once?(event: "drain", listener: () => void): unknown;
  };
  readonly stderr: {
    write(text: string): unknown;
    readonly isTTY?: boolean;
    /** Our own terminal sequences (the progress line), not escaped; `write` escapes (terminal-safe.ts). */
    control?(text: string): unknown;
  };
  readonly env: Readonly<Record<string, string | undefined>>;
}
