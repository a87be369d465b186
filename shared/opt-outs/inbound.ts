/**
 * Replies as End User Messaging's two-way channel publishes them (SNS, raw, to the inbound queue); the
 * local stack's `/_local/inbound` writes the same.
 */
import * as z from 'zod';
import { MalformedEvent } from '../errors';
import type { Reply } from './replies';

const inboundSms = z.object({
  originationNumber: z.string().min(1),
  messageBody: z.string(),
});

export function replyOf(json: unknown): Reply {
  const parsed = inboundSms.safeParse(json);
  if (!parsed.success) throw new MalformedEvent(`not an inbound SMS: ${z.prettifyError(parsed.error)}`);
  return { from: parsed.data.originationNumber, text: parsed.data.messageBody };
}

/** An inbound SMS as the two-way channel writes it. */
export const inboundEvent = (reply: Reply, to: string) =>
  JSON.stringify({
    originationNumber: reply.from,
    destinationNumber: to,
    messageKeyword: '',
    messageBody: reply.text,
  });
