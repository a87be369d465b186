import * as z from 'zod';
import { ENVIRONMENT, MissingConfiguration } from '../config';
import { DEFAULT_LINK_EXPIRY_DAYS, type LinkTracking, MAX_LINK_EXPIRY_DAYS } from './short-links';

/** What a campaign or a test send says about its links (CONTRACT.md, Tracked short links). */
export const linkTrackingFields = {
  /** Each link of each message replaced by its own short link, whose clicks are counted. */
  trackLinks: z.boolean({ error: 'must be true or false' }).default(false),
  /** Days a short link leads to its page; after them it answers 410. */
  linkExpiryDays: z
    .number({ error: `must be a number of days, 1 to ${MAX_LINK_EXPIRY_DAYS}` })
    .int(`must be a whole number of days, 1 to ${MAX_LINK_EXPIRY_DAYS}`)
    .min(1, 'must be at least 1 day')
    .max(MAX_LINK_EXPIRY_DAYS, `must be at most ${MAX_LINK_EXPIRY_DAYS} days`)
    .optional(),
};

/** `linkExpiryDays` says how long tracked links live: without `trackLinks` it would silently do nothing. */
export function checkLinkTracking(
  input: { trackLinks: boolean; linkExpiryDays?: number | undefined },
  issue: (path: string, message: string) => void,
) {
  if (input.linkExpiryDays !== undefined && !input.trackLinks)
    issue('linkExpiryDays', 'is only for a campaign with trackLinks: true');
}

/** The short links a campaign asked for, under the address this deployment serves them at. */
export function linkTrackingOf(
  input: { trackLinks: boolean; linkExpiryDays?: number | undefined },
  base: string | undefined,
): LinkTracking | undefined {
  if (!input.trackLinks) return undefined;
  if (!base) throw new MissingConfiguration(`Missing configuration: ${ENVIRONMENT.shortLinkBase} is not set`);
  return { base, expiryDays: input.linkExpiryDays ?? DEFAULT_LINK_EXPIRY_DAYS };
}
