/**
 * One XML part of the zip, inflated and parsed as a stream (saxes): the handler sees elements by their local name
 * (a "x:" prefix some writers use is dropped) and text as it comes. No DTD is expanded and nothing is fetched.
 */
import { SaxesParser } from "saxes";
import { inflateEntry, type ZipEntry } from "./zip";

export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  text(text: string): void;
  close(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Streams one part through `handler`; damaged XML throws (the reader reports the file as damaged). */
export function parseXmlPart(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (tag) => handler.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag) => handler.close(localName(tag.name)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  const decoder = new TextDecoder("utf-8");
  inflateEntry(bytes, entry, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  parser.write(decoder.decode());
  parser.close();
}

/** The whole text of a small part (a custom XML part is kept as it is). */
export function partText(bytes: Uint8Array, entry: ZipEntry): string {
  const decoder = new TextDecoder("utf-8");
  const pieces: string[] = [];
  inflateEntry(bytes, entry, (chunk) => pieces.push(decoder.decode(chunk, { stream: true })));
  pieces.push(decoder.decode());
  return pieces.join("");
}
