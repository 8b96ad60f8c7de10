/** The browser mode's worker (see workbook-protocol.ts): holds the opened workbook, answers each request in turn. */
import { workbookSession } from "./workbook-protocol";

const answer = workbookSession();

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(answer(event.data));
};
