/**
 * Replies as End User Messaging's two-way channel publishes them (SNS, raw, to the inbound queue); the
 * local stack's `/_local/inbound` writes the same.
 */
import * as z from 'zod';
import { MalformedEvent } from '../errors';
import type { Reply } from './replies';

const inboundSms = z.object({
  inboundMessageId: z.string().min(1),
  originationNumber: z.string().min(1),
  destinationNumber: z.string().min(1),
  messageBody: z.string(),
});

export function replyOf(json: unknown): Reply {
  const parsed = inboundSms.safeParse(json);
  if (!parsed.success) throw new MalformedEvent(`not an inbound SMS: ${z.prettifyError(parsed.error)}`);
  return {
    id: parsed.data.inboundMessageId,
    from: parsed.data.originationNumber,
    to: parsed.data.destinationNumber,
    text: parsed.data.messageBody,
  };
}

/** An inbound SMS as the two-way channel writes it. */
export const inboundEvent = (reply: Reply) =>
  JSON.stringify({
    originationNumber: reply.from,
    destinationNumber: reply.to,
    messageKeyword: '',
    messageBody: reply.text,
    inboundMessageId: reply.id,
  });
