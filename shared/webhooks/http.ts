/**
 * The HTTP client webhooks are delivered with: the host's addresses are checked (`url-safety.ts`) and
 * the connection is made to one of them, never to a second lookup's answer (no DNS rebinding). TLS
 * still checks the certificate against the host name. No redirect is followed; at most
 * `MAX_ANSWER_BYTES` of the answer are read.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkedAddresses, parseWebhookUrl, type UrlPolicy } from './url-safety';

/** Any 2xx within this is success (CONTRACT.md). */
export const DELIVERY_TIMEOUT_MS = 10_000;
export const MAX_ANSWER_BYTES = 4096;

export type PostOutcome =
  | { kind: 'answered'; status: number; body: string }
  | { kind: 'not-allowed'; error: string }
  | { kind: 'network-error'; error: string };

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Posts once to the checked address; never throws. */
export async function postToWebhook(
  request: WebhookPost,
  policy: UrlPolicy & { timeoutMs?: number },
): Promise<PostOutcome> {
  let url: URL;
  let addresses: string[];
  try {
    url = parseWebhookUrl(request.url, policy);
    addresses = await checkedAddresses(url, policy);
  } catch (error) {
    return { kind: 'not-allowed', error: (error as Error).message };
  }
  const [address] = addresses as [string];
  const family = address.includes(':') ? 6 : 4;
  // Whatever name Node would look up, it gets the address we checked.
  const pinned: LookupFunction = (_host, options, done) => {
    if ((options as { all?: boolean }).all) done(null, [{ address, family }]);
    else done(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  const timeoutMs = policy.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<PostOutcome>((settle) => {
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'SMS-Campaign-Webhooks/1',
        },
        // A fresh connection each time: a kept-alive one may have been opened to another address.
        agent: false,
        timeout: timeoutMs,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        let size = 0;
        answer.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk.subarray(0, MAX_ANSWER_BYTES - size));
          size += chunk.length;
          if (size >= MAX_ANSWER_BYTES) answer.destroy();
        });
        const done = () =>
          settle({
            kind: 'answered',
            status: answer.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        answer.on('end', done);
        answer.on('close', done);
        answer.on('error', done);
      },
    );
    const deadline = setTimeout(
      () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    outgoing.on('close', () => clearTimeout(deadline));
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.on('error', (error) => settle({ kind: 'network-error', error: error.message }));
    outgoing.end(request.body);
  });
}
