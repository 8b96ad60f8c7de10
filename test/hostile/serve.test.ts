/** Issue #9: `npm start`'s server (scripts/serve.js) survives malformed URLs and keeps serving. */
import { promises as fs } from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const { staticHandler } = require("../../scripts/serve.js") as {
  staticHandler(root: string): http.RequestListener;
};

let root: string;
let server: http.Server;
let port: number;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "budget-check-serve-"));
  await fs.writeFile(path.join(root, "taskpane.html"), "<p>pane</p>");
  server = http.createServer(staticHandler(root));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await fs.rm(root, { recursive: true, force: true });
});

/** Sends a raw request line (so the URL reaches the handler exactly as written) and returns the status line. */
function rawRequest(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString("latin1")));
    socket.on("end", () => resolve(text.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${target}: the server is down`));
    });
  });
}

test.each([
  ["a broken percent escape", "/%E0%A4%A"],
  ["a lone percent sign", "/%"],
  ["an encoded NUL", "/taskpane.html%00.js"],
  ["an absolute URL that does not parse", "http://[/x"],
  ["an encoded way out of the folder", "/..%2f..%2fetc%2fpasswd"],
])("%s is refused and the server keeps serving", async (_, target) => {
  expect(await rawRequest(target)).toMatch(/^HTTP\/1\.1 (400|404) /);
  expect(await rawRequest("/")).toBe("HTTP/1.1 200 OK");
});

test("a missing file is 404, the page is served", async () => {
  expect(await rawRequest("/nope.js")).toMatch(/^HTTP\/1\.1 404 /);
  expect(await rawRequest("/taskpane.html")).toBe("HTTP/1.1 200 OK");
});
