// A TCP proxy in front of PostgreSQL for tests: adds latency to every chunk, refuses
// connections (`down`), or swallows all traffic without closing anything (`stall`), as a
// database behind a dead network link does. `up` ends the fault and drops the broken links.
import net from "node:net";

export type DbProxy = {
  url: string;
  setLatency: (ms: number) => void;
  down: () => void;
  stall: () => void;
  up: () => void;
  close: () => Promise<void>;
};

type Mode = "up" | "down" | "stall";

export async function startDbProxy(databaseUrl: string): Promise<DbProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let latencyMs = 0;
  let mode: Mode = "up";

  // Chunks keep their order: each waits the same latency from its arrival.
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on("data", (chunk) => {
      if (mode === "stall") return;
      if (latencyMs === 0) to.write(chunk);
      else setTimeout(() => to.destroyed || to.write(chunk), latencyMs);
    });

  const server = net.createServer((client) => {
    if (mode === "down") return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: url.toString(),
    setLatency: (ms) => void (latencyMs = ms),
    down: () => {
      mode = "down";
      dropAll();
    },
    stall: () => void (mode = "stall"),
    up: () => {
      if (mode === "stall") dropAll();
      mode = "up";
    },
    close: async () => {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
