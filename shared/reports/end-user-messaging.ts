/**
 * End User Messaging's SMS events, as its configuration set's event destination publishes them (SNS,
 * raw, to the reports queue), read into delivery reports. The local outbox writes the same events.
 */
import * as z from 'zod';
import { MalformedEvent } from '../errors';
import type { OutgoingSms } from '../ports';
import type { DeliveryReport, FinalDelivery } from './report';

/** What each SMS carries to the provider (`Context`) so that its reports find it without a lookup. */
export const reportContext = (message: OutgoingSms): Record<string, string> => ({
  accountId: message.accountId,
  campaignId: message.campaignId,
  occurrence: message.occurrence,
  phone: message.to,
});

const smsEvent = z.object({
  eventType: z.string().min(1),
  eventTimestamp: z.number().int().nonnegative(),
  isFinal: z.boolean(),
  messageId: z.string().min(1),
  messageStatus: z.string().min(1),
  context: z.record(z.string(), z.string()).optional(),
  totalMessagePrice: z.number().nonnegative().optional(),
  totalCarrierFee: z.number().nonnegative().optional(),
});

/** End User Messaging prices in US dollars. */
const CURRENCY = 'USD';

/**
 * A carrier's final word. `SUCCESSFUL` is final only where carriers send no receipts: accepted, but
 * nobody will say whether it reached the phone.
 */
function finalDelivery(messageStatus: string): FinalDelivery {
  if (messageStatus === 'DELIVERED') return 'DELIVERED';
  if (messageStatus === 'UNKNOWN' || messageStatus === 'SUCCESSFUL') return 'UNKNOWN';
  return 'UNDELIVERED';
}

/**
 * The report an event carries, or `undefined` when its context names no message of ours (it is then
 * counted, never applied). An event that is not one at all throws `MalformedEvent`.
 */
export function reportOf(body: string): DeliveryReport | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedEvent('the event is not JSON');
  }
  const parsed = smsEvent.safeParse(json);
  if (!parsed.success) throw new MalformedEvent(`not an SMS event: ${z.prettifyError(parsed.error)}`);
  const event = parsed.data;
  const { accountId, campaignId, occurrence, phone } = event.context ?? {};
  if (!accountId || !campaignId || !occurrence || !phone) return undefined;
  return {
    accountId,
    campaignId,
    occurrence,
    phone,
    messageId: event.messageId,
    ...(event.isFinal ? { delivery: finalDelivery(event.messageStatus) } : {}),
    providerStatus: event.eventType,
    at: event.eventTimestamp,
    ...(event.totalMessagePrice !== undefined
      ? { price: { amount: event.totalMessagePrice + (event.totalCarrierFee ?? 0), currency: CURRENCY } }
      : {}),
  };
}
