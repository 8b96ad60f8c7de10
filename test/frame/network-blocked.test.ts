/** Tests may reach this machine only (test/setup/block-network.js): a connection elsewhere throws at once. */
import * as http from "http";
import * as net from "net";

describe("network guard", () => {
  test("a socket to another host is refused before any packet leaves", () => {
    expect(() => net.connect({ host: "93.184.216.34", port: 80 })).toThrow(
      "Network access to 93.184.216.34 is blocked",
    );
    expect(() => http.get("http://example.org/")).toThrow("Network access to example.org is blocked");
  });

  test("loopback stays reachable", async () => {
    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path: "/" }, (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve(text));
        })
        .on("error", reject);
    });
    server.close();
    expect(body).toBe("ok");
  });
});
