/**
 * The part every loopback registry shares: an HTTP server on 127.0.0.1 that answers after a set
 * latency (as a far registry does) and counts requests in flight and connections (what a client's
 * pools and keep-alive let through).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Requests being answered now, the most there were at once, and connections opened. */
export interface Flight {
  now: number;
  max: number;
  connections: number;
}

/** Starts the server; `base` is its `http://127.0.0.1:PORT`. */
export async function listenLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  latencyMs = 0,
): Promise<{ server: Server; base: string; flight: Flight }> {
  const flight: Flight = { now: 0, max: 0, connections: 0 };
  const server = createServer((req, res) => {
    flight.now++;
    flight.max = Math.max(flight.max, flight.now);
    res.on('close', () => {
      flight.now--;
    });
    if (latencyMs > 0) setTimeout(() => handle(req, res), latencyMs);
    else handle(req, res);
  });
  server.on('connection', () => {
    flight.connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, flight };
}
