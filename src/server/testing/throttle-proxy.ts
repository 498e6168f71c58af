// A loopback TCP proxy that paces what the client sends to a given rate, like a weak 2G/3G uplink.
// Answers come back at full speed: the report's body is what a slow phone struggles with.
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ThrottleProxy {
  port: number;
  /** bytes the client has sent through the proxy so far */
  uploaded: () => number;
  close: () => Promise<void>;
}

const TICK_MS = 50;

/** Forwards client bytes to `targetPort` at `bitsPerSecond`, in slices every 50 ms. */
export async function startThrottleProxy(targetPort: number, bitsPerSecond: number): Promise<ThrottleProxy> {
  const perTick = Math.max(1, Math.floor((bitsPerSecond / 8) * (TICK_MS / 1000)));
  const sockets = new Set<Socket>();
  let uploaded = 0;
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    sockets.add(client).add(upstream);
    let queue = Buffer.alloc(0);
    let ended = false;
    const timer = setInterval(() => {
      if (queue.length) {
        const slice = queue.subarray(0, perTick);
        queue = queue.subarray(slice.length);
        uploaded += slice.length;
        upstream.write(slice);
      }
      if (!queue.length && ended) {
        clearInterval(timer);
        upstream.end();
      }
    }, TICK_MS);
    client.on('data', (d: Buffer) => (queue = Buffer.concat([queue, d])));
    client.on('end', () => (ended = true));
    upstream.pipe(client);
    const stop = () => {
      clearInterval(timer);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', stop).on('close', stop);
    upstream.on('error', stop).on('close', stop);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    uploaded: () => uploaded,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
