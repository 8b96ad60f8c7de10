/** The worker that reads a workbook off the page's thread (see read-protocol.ts): one request, one reply. */
import { answerReadRequest } from "./read-protocol";

self.onmessage = (event: MessageEvent<unknown>) => {
  self.postMessage(answerReadRequest(event.data));
};
