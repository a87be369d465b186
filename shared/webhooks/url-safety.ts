/**
 * Which webhook URLs we call (CONTRACT.md, Webhooks): `https` to hosts whose every address is public.
 * A URL is hostile until proven otherwise: the host is resolved and each address classified, at
 * creation and again at each delivery, and the connection then goes to the address that was checked.
 */
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to all its addresses (`dns.lookup` with `all`, as Node connects). */
export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export interface UrlPolicy {
  /** The local stack's: `http://127.0.0.1:…` and `http://localhost:…` too. */
  allowLoopback: boolean;
  resolve: Resolver;
}

/** Why a URL is refused, in words the customer can act on. */
export class UrlNotAllowed extends Error {
  override readonly name = 'UrlNotAllowed';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL as we will call it, or `UrlNotAllowed`: the WHATWG parser first, which already reads
 * `2130706433`, `0x7f.1` or `017700000001` as 127.0.0.1, so every spelling is classified as the
 * address it means.
 */
export function parseWebhookUrl(raw: string, policy: Pick<UrlPolicy, 'allowLoopback'>): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UrlNotAllowed('it is not a URL');
  }
  const loopbackHttp = policy.allowLoopback && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) throw new UrlNotAllowed('only https URLs are called');
  if (url.username || url.password) throw new UrlNotAllowed('credentials do not belong in the URL');
  if (url.hash) throw new UrlNotAllowed('a URL we call has no #fragment');
  return url;
}

/**
 * What an address is, in ipaddr.js's words (`private`, `linkLocal`, `carrierGradeNat`, `ipv4Mapped` …);
 * only `unicast` is public.
 */
const rangeOf = (address: string): string => ipaddr.parse(address).range();

/**
 * The addresses to connect to for this URL's host, every one checked; `UrlNotAllowed` if any is not
 * public (a host with one private address among public ones could be made to reach it).
 */
export async function checkedAddresses(url: URL, policy: UrlPolicy): Promise<string[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (ipaddr.isValid(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await policy.resolve(host);
    } catch {
      throw new UrlNotAllowed(`${host} does not resolve`);
    }
    if (addresses.length === 0) throw new UrlNotAllowed(`${host} does not resolve`);
  }
  for (const address of addresses) {
    if (!ipaddr.isValid(address)) throw new UrlNotAllowed(`${host} resolves to ${address}, not an address`);
    const range = rangeOf(address);
    if (range === 'unicast') continue;
    if (policy.allowLoopback && url.protocol === 'http:' && range === 'loopback') continue;
    throw new UrlNotAllowed(
      host === address
        ? `${address} is ${range}, not a public address`
        : `${host} resolves to ${address} (${range}), not a public address`,
    );
  }
  return addresses;
}
