/** The command line shows errors as the reader does: one firstLine for both (src/host/xlsx/reader/first-line.ts). */
export { firstLine } from "../host/xlsx/reader/first-line";
