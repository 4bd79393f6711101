// A TCP proxy between a worker and PostgreSQL, for database outages in the fault tests: `down`
// cuts every connection and refuses new ones, as a database host that went away; `stall` keeps
// every socket open but forwards nothing, as a dead network link does (no reset, no answer);
// `up` ends either (a stall's silent links are dropped, as the peer's TCP would find out).
import net from "node:net";

export type TcpProxy = {
  port: number;
  up: () => Promise<void>;
  down: () => Promise<void>;
  stall: () => void;
};

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  let stalled = false;

  function track(socket: net.Socket) {
    sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.on("close", () => sockets.delete(socket));
  }

  // Chunks are dropped, not buffered, while stalled: nothing sent into a dead link arrives later.
  function forward(from: net.Socket, to: net.Socket) {
    from.on("data", (chunk: Buffer) => {
      if (!stalled && !to.destroyed) to.write(chunk);
    });
  }

  async function up(): Promise<void> {
    if (stalled) {
      stalled = false;
      for (const socket of sockets) socket.destroy();
    }
    if (server) return;
    const s = net.createServer((client) => {
      const upstream = net.connect(targetPort, targetHost);
      track(client);
      track(upstream);
      forward(client, upstream);
      forward(upstream, client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => resolve());
    });
    const address = s.address();
    port = typeof address === "object" && address ? address.port : port;
    server = s;
  }

  async function down(): Promise<void> {
    const s = server;
    server = null;
    stalled = false;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** New connections are accepted and then hang too: a stalled link answers nobody. */
  function stall(): void {
    stalled = true;
  }

  await up();
  return { port, up, down, stall };
}
