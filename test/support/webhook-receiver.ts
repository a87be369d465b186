import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * An endpoint on 127.0.0.1, as a customer would run one: it keeps what it receives and answers what
 * `answer` says (200 unless told otherwise).
 */
export async function startReceiver(answer: (request: Received) => number = () => 200) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      response.statusCode = answer(entry);
      response.end('ok');
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The events received, parsed, with their ids. */
    events: () =>
      received.map((entry) => ({
        id: String(entry.headers['webhook-id']),
        ...(JSON.parse(entry.body) as { type: string; timestamp: string; data: Record<string, unknown> }),
      })),
    stop: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
