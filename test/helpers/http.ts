/** A web server on 127.0.0.1 for the URL tests, and a port where nothing listens. */
import { type RequestListener, createServer } from 'node:http';
import { type AddressInfo, type Server, type Socket, createServer as createNetServer } from 'node:net';

export interface LocalServer {
  readonly server: Server;
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  close(): Promise<void>;
}

export async function listenLocal(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port that was open a moment ago and is closed now: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const port = (other.address() as AddressInfo).port;
  await new Promise<void>((resolve) => other.close(() => resolve()));
  return port;
}

/**
 * A server that answers every request with `response`, written to the socket byte for byte.
 * Node's own server refuses to send what a hostile server would (control characters in a reason
 * phrase, bytes 0x80–0x9F in a header), so the response is written by hand, in Latin-1.
 */
export async function listenRaw(response: string): Promise<LocalServer> {
  const server = createNetServer((socket) => {
    socket.once('data', () => socket.end(Buffer.from(response, 'latin1')));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return {
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
