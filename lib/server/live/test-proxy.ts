// A TCP relay for tests: clients connect through it to the database, and a test can cut every
// connection at once or refuse new ones to play a network failure, or count how many are open.
import net from "node:net";

export type TcpProxy = {
  url: string;
  open(): number;
  dropAll(): void;
  refuse(on: boolean): void;
  close(): Promise<void>;
};

/** Relays to the host and port of `databaseUrl`; `url` is the same URL pointing at the relay. */
export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const pairs = new Set<[net.Socket, net.Socket]>();
  let refusing = false;
  const server = net.createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    for (const socket of pair) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => {
        sockets.delete(socket);
        pairs.delete(pair);
        for (const other of pair) other.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    open: () => pairs.size,
    dropAll: () => {
      for (const socket of sockets) socket.destroy();
    },
    refuse: (on) => {
      refusing = on;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
