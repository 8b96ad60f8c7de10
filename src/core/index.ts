/** The host-independent core: no Office, no DOM, no files. */
export * from "./grid";
export * from "./findings";
export * from "./messages";
export * from "./engine";
export type * from "./catalog/types";
