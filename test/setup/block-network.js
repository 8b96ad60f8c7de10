// Tests may talk to this machine only: any socket to another host fails loudly instead of leaking data.
const net = require("net");
const LOCAL = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function hostOf(args) {
  // net.connect passes its arguments on already normalised, as one array [options, callback].
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === "object") return first.host ?? first.hostname ?? "localhost";
  if (typeof args[1] === "string") return args[1];
  if (typeof first === "string" && !/^\d+$/.test(first)) return undefined; // a unix socket path
  return "localhost";
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const host = hostOf(args);
  if (host !== undefined && !LOCAL.test(String(host))) {
    throw new Error(`Network access to ${host} is blocked in tests: nothing may leave this machine.`);
  }
  return originalConnect.apply(this, args);
};
