/** The host-independent core: no Office, no DOM, no files. Surfaces import from here. */
export * from "./grid";
export * from "./findings";
export * from "./messages";
export * from "./money";
export * from "./catalog";
export * from "./engine";
export { check } from "./check";
export type { CheckOutcome, Engine } from "./check";
export * from "./settings";
export * from "./accepted";
export * from "./text";
export * from "./consolidate";
