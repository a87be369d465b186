import { describe, expect, it } from 'vitest';
import { postToWebhook } from '../../shared/webhooks/http';
import {
  checkedAddresses,
  parseWebhookUrl,
  type Resolver,
  UrlNotAllowed,
} from '../../shared/webhooks/url-safety';
import { startReceiver } from '../support/webhook-receiver';

/** Names resolved as a test says, never by the network. */
const names =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found;
  };

const deployed = { allowLoopback: false, resolve: names({ 'hooks.example.com': ['93.184.216.34'] }) };
const local = { ...deployed, allowLoopback: true };

async function refusal(raw: string, policy = deployed): Promise<string> {
  try {
    await checkedAddresses(parseWebhookUrl(raw, policy), policy);
  } catch (error) {
    if (error instanceof UrlNotAllowed) return error.message;
    throw error;
  }
  return 'allowed';
}

describe('webhook URLs', () => {
  it('allows https to a host whose every address is public', async () => {
    expect(await refusal('https://hooks.example.com/sms')).toBe('allowed');
    expect(await refusal('https://93.184.216.34/sms')).toBe('allowed');
    expect(await refusal('https://[2001:4860:4860::8888]/sms')).toBe('allowed');
  });

  it.each([
    ['http://hooks.example.com/sms', /only https/],
    ['ftp://hooks.example.com/sms', /only https/],
    ['https://user:secret@hooks.example.com/sms', /credentials/],
    ['https://hooks.example.com/sms#frag', /fragment/],
    ['not a url', /not a URL/],
    ['https://nowhere.example.com/', /does not resolve/],
  ])('refuses %s', async (url, reason) => {
    expect(await refusal(url)).toMatch(reason);
  });

  it.each([
    ['loopback', 'https://127.0.0.1/'],
    ['loopback, decimal', 'https://2130706433/'],
    ['loopback, hex', 'https://0x7f000001/'],
    ['loopback, octal', 'https://017700000001/'],
    ['loopback, short', 'https://127.1/'],
    ['loopback, IPv6', 'https://[::1]/'],
    ['private 10/8', 'https://10.1.2.3/'],
    ['private 172.16/12', 'https://172.16.0.1/'],
    ['private 192.168/16', 'https://192.168.1.1/'],
    ['link-local, cloud metadata', 'https://169.254.169.254/latest/meta-data/'],
    ['link-local, hex metadata', 'https://0xa9fea9fe/'],
    ['CGNAT', 'https://100.64.0.1/'],
    ['multicast', 'https://224.0.0.1/'],
    ['unspecified', 'https://0.0.0.0/'],
    ['unspecified, IPv6', 'https://[::]/'],
    ['unique-local', 'https://[fd00::1]/'],
    ['link-local, IPv6', 'https://[fe80::1]/'],
    ['IPv4-mapped IPv6', 'https://[::ffff:127.0.0.1]/'],
    ['IPv4-mapped IPv6 of a public address', 'https://[::ffff:8.8.8.8]/'],
    ['NAT64 of loopback', 'https://[64:ff9b::7f00:1]/'],
    ['IPv4-compatible IPv6 of loopback', 'https://[::127.0.0.1]/'],
    ['IPv4-compatible IPv6 of loopback, hex', 'https://[::7f00:1]/'],
    ['IPv4-compatible IPv6 of cloud metadata', 'https://[::a9fe:a9fe]/'],
    ['IPv4-compatible IPv6 of a public address', 'https://[::808:808]/'],
    ['SIIT IPv6 of a private address', 'https://[::ffff:0:a00:1]/'],
    ['local-use NAT64 of a private address', 'https://[64:ff9b:1::c0a8:1]/'],
    ['6to4 of loopback', 'https://[2002:7f00:1::1]/'],
    ['Teredo', 'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/'],
    ['broadcast', 'https://255.255.255.255/'],
    ['documentation range', 'https://192.0.2.1/'],
  ])('refuses %s (%s)', async (_what, url) => {
    expect(await refusal(url)).toMatch(/not a public address/);
  });

  it('names the IPv4 address an IPv6 one carries, whether written in the URL or resolved', async () => {
    expect(await refusal('https://[::127.0.0.1]/')).toMatch(
      /::7f00:1, which carries 127\.0\.0\.1 \(loopback\)/,
    );
    const policy = {
      allowLoopback: true,
      resolve: names({
        'sneaky.example.com': ['::7f00:1'],
        'mapped.example.com': ['::ffff:169.254.169.254'],
      }),
    };
    expect(await refusal('https://sneaky.example.com/', policy)).toMatch(
      /sneaky\.example\.com resolves to ::7f00:1, which carries 127\.0\.0\.1 \(loopback\), not a public address/,
    );
    expect(await refusal('https://mapped.example.com/', policy)).toMatch(
      /carries 169\.254\.169\.254 \(linkLocal\)/,
    );
    // The local stack's loopback allowance is for http://127.0.0.1 and localhost only, never a disguise of them.
    expect(await refusal('http://[::7f00:1]:8080/', policy)).toMatch(/only https/);
  });

  it('refuses a name with one private address among public ones', async () => {
    const policy = {
      allowLoopback: false,
      resolve: names({ 'mixed.example.com': ['93.184.216.34', '10.0.0.7'] }),
    };
    expect(await refusal('https://mixed.example.com/', policy)).toMatch(/10\.0\.0\.7 \(private\)/);
  });

  it('lets the local stack call http://127.0.0.1 and http://localhost, and nothing else private', async () => {
    const policy = {
      allowLoopback: true,
      resolve: names({ localhost: ['127.0.0.1', '::1'], 'evil.example.com': ['127.0.0.1'] }),
    };
    expect(await refusal('http://127.0.0.1:8080/hooks', policy)).toBe('allowed');
    expect(await refusal('http://localhost:8080/hooks', policy)).toBe('allowed');
    expect(await refusal('http://evil.example.com/hooks', policy)).toMatch(/only https/);
    expect(await refusal('https://evil.example.com/hooks', policy)).toMatch(/not a public address/);
    expect(await refusal('http://10.0.0.1/hooks', policy)).toMatch(/only https/);
    expect(await refusal('http://127.0.0.1/hooks', local)).toBe('allowed');
  });
});

describe('posting to a webhook', () => {
  it('connects to the address it checked, never to a second answer of the resolver (no DNS rebinding)', async () => {
    const receiver = await startReceiver();
    const asked: string[] = [];
    const rebinding: Resolver = async (host) => {
      asked.push(host);
      return asked.length === 1 ? ['127.0.0.1'] : ['10.0.0.1'];
    };
    const port = new URL(receiver.url).port;
    const outcome = await postToWebhook(
      { url: `http://localhost:${port}/hooks`, headers: { 'webhook-id': 'evt_1' }, body: '{"a":1}' },
      { allowLoopback: true, resolve: rebinding },
    );
    expect(outcome).toMatchObject({ kind: 'answered', status: 200 });
    expect(asked).toEqual(['localhost']);
    expect(receiver.received).toEqual([expect.objectContaining({ body: '{"a":1}' })]);
    await receiver.stop();
  });

  it('follows no redirect, and reads a few KB of the answer at most', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((request, response) => {
      if (request.url === '/redirect') {
        response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
      } else response.writeHead(500).end('x'.repeat(100_000));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as { port: number };
    const policy = { allowLoopback: true, resolve: names({}) };
    const redirected = await postToWebhook(
      { url: `http://127.0.0.1:${port}/redirect`, headers: {}, body: '{}' },
      policy,
    );
    expect(redirected).toMatchObject({ kind: 'answered', status: 302 });
    const big = await postToWebhook({ url: `http://127.0.0.1:${port}/big`, headers: {}, body: '{}' }, policy);
    expect(big).toMatchObject({ kind: 'answered', status: 500 });
    expect((big as { body: string }).body.length).toBeLessThanOrEqual(4096);
    server.closeAllConnections();
    server.close();
  });

  it('gives up on a receiver that does not answer in time, as a network error', async () => {
    const { createServer } = await import('node:http');
    const server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as { port: number };
    const outcome = await postToWebhook(
      { url: `http://127.0.0.1:${port}/slow`, headers: {}, body: '{}' },
      { allowLoopback: true, resolve: names({}), timeoutMs: 50 },
    );
    expect(outcome).toMatchObject({
      kind: 'network-error',
      error: expect.stringMatching(/no answer within 50 ms/),
    });
    server.closeAllConnections();
    server.close();
  });

  it('refuses, without connecting, a URL that is not allowed', async () => {
    const outcome = await postToWebhook(
      { url: 'https://169.254.169.254/latest', headers: {}, body: '{}' },
      deployed,
    );
    expect(outcome).toMatchObject({ kind: 'not-allowed', error: expect.stringMatching(/linkLocal/) });
  });
});
