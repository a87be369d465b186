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
 * IPv6 forms that carry an IPv4 address in their last 32 bits: IPv4-compatible (`::/96`, deprecated,
 * which ipaddr.js calls `unicast`), IPv4-mapped, SIIT (RFC 6145) and NAT64 (RFC 6052). Each is refused
 * and named by the address it carries: a webhook to an IPv4 host is written with that address.
 */
const CARRYING_IPV4: readonly [string, number][] = [
  ['::', 96],
  ['::ffff:0:0', 96],
  ['::ffff:0:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
];

function carriedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const carries = CARRYING_IPV4.some(([prefix, bits]) => address.match(ipaddr.IPv6.parse(prefix), bits));
  // `::` and `::1` are the unspecified and loopback addresses, not IPv4 ones.
  if (!carries || ['unspecified', 'loopback'].includes(address.range())) return undefined;
  const bytes = address.toByteArray().slice(-4);
  return new ipaddr.IPv4(bytes);
}

/**
 * Why an address may not be called (its range, or the IPv4 address it carries); undefined when it is
 * public. Ranges are ipaddr.js's words (`private`, `linkLocal`, `carrierGradeNat` …); only `unicast` is
 * public; an IPv6 address carrying an IPv4 one is never called (`6to4` and `teredo` carry one too, and
 * are not `unicast`).
 */
function whyNotPublic(
  address: string,
  loopbackAllowed: boolean,
): { range?: string; carried?: string } | undefined {
  const parsed = ipaddr.parse(address);
  const carried = parsed.kind() === 'ipv6' ? carriedIPv4(parsed as ipaddr.IPv6) : undefined;
  if (carried) {
    const range = carried.range();
    return { carried: `${carried} (${range === 'unicast' ? 'an IPv4 address written as IPv6' : range})` };
  }
  const range = parsed.range();
  if (range === 'unicast' || (loopbackAllowed && range === 'loopback')) return undefined;
  return { range };
}

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
    const why = whyNotPublic(address, policy.allowLoopback && url.protocol === 'http:');
    if (!why) continue;
    const what = why.carried ? `${address}, which carries ${why.carried}` : `${address} (${why.range})`;
    throw new UrlNotAllowed(
      host === address && !why.carried
        ? `${address} is ${why.range}, not a public address`
        : `${host === address ? what : `${host} resolves to ${what}`}, not a public address`,
    );
  }
  return addresses;
}
