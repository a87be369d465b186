import type { IncomingMessage } from 'node:http';
import * as z from 'zod';
import type { SettableClock } from '../shared/clock';
import { keywordOf } from '../shared/opt-outs/keywords';
import { normalisePhone } from '../shared/text/phone';
import type { LocalEmail } from './cognito';
import type { LocalQueues, Outbox } from './sending';
import type { LocalRoute } from './server';
import type { Tick } from './stack';

const json = (statusCode: number, body: unknown) => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});
const json200 = (data: unknown) => json(200, { success: true, data, error: null });
const fail = (statusCode: number, error: string, message: string) =>
  json(statusCode, { success: false, data: null, error, message });

/** A local route's JSON body read by its schema, or the answer that says what is wrong with it. */
function parseBody<T>(
  body: string,
  schema: z.ZodType<T>,
): { ok: true; data: T } | { ok: false; answer: ReturnType<typeof fail> } {
  let json: unknown;
  try {
    json = JSON.parse(body || '{}');
  } catch {
    return { ok: false, answer: fail(400, 'invalid-json', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { ok: false, answer: fail(400, 'validation-error', z.prettifyError(parsed.error)) };
  return { ok: true, data: parsed.data };
}

const healthRoute: LocalRoute = async (request) =>
  request.method === 'GET' && request.url === '/health' ? json200({ status: 'ok' }) : undefined;

const reportFateInput = z.strictObject({
  phone: z.string().optional(),
  outcome: z.enum(['DELIVERED', 'UNDELIVERED', 'UNKNOWN']),
  providerStatus: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{2,63}$/, 'an End User Messaging event type, e.g. TEXT_CARRIER_UNREACHABLE')
    .optional(),
  delaySeconds: z
    .number()
    .min(0)
    .max(72 * 3600)
    .optional(),
  duplicates: z.number().int().min(0).max(10).optional(),
  outOfOrder: z.boolean().optional(),
});

const inboundInput = z.strictObject({
  from: z.string().min(1),
  text: z.string().max(1600),
  /** The inbound message's id: an earlier reply's plays its redelivery. */
  id: z.string().min(1).max(100).optional(),
});

/** What the local routes drive: `npm start`'s twins, or the held rehearsal's (`rehearsal/stack.ts`). */
export interface LocalControls {
  clock: SettableClock;
  tick: () => Promise<Tick>;
  queues: Pick<LocalQueues, 'drain' | 'refuseDispatches'>;
  outbox: Pick<Outbox, 'forCampaign' | 'failures' | 'fates' | 'replies'>;
  inbound: (reply: { from: string; text: string; id?: string }) => Promise<boolean>;
  /** What the user pool's twin sent (invitations, password resets). */
  emails: readonly LocalEmail[];
}

/**
 * `/health`, `/_local/clock`, `/_local/outbox`, `/_local/queues/outage` and `/_local/emails`: what only the local stack and
 * the held rehearsal have, to watch sends, move time and break things on purpose.
 */
export function localRoutes(parts: LocalControls): LocalRoute[] {
  const clockRoute: LocalRoute = async (request: IncomingMessage, body: string) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/clock') return undefined;
    if (request.method === 'POST') {
      let now: unknown;
      try {
        now = (JSON.parse(body || '{}') as { now?: unknown }).now;
      } catch {
        return fail(400, 'invalid-json', 'The request body is not valid JSON.');
      }
      try {
        parts.clock.set(String(now));
      } catch (error) {
        return fail(400, 'validation-error', `now: ${(error as Error).message}`);
      }
      const ticked = await parts.tick();
      await parts.queues.drain();
      return json(200, {
        success: true,
        data: { now: parts.clock.now().toISOString(), ...ticked },
        error: null,
      });
    }
    await parts.queues.drain();
    return json(200, { success: true, data: { now: parts.clock.now().toISOString() }, error: null });
  };
  const outboxRoute: LocalRoute = async (request: IncomingMessage) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/outbox' || request.method !== 'GET') return undefined;
    await parts.queues.drain();
    const messages = parts.outbox.forCampaign(url.searchParams.get('campaignId') ?? undefined);
    return json(200, { success: true, data: messages, error: null, totalCount: messages.length });
  };
  /** Makes the outbox fail a number: `{ phone, kind: "transient", times }` or `{ phone, kind: "final", reason }`. */
  const failuresRoute: LocalRoute = async (request: IncomingMessage, body: string) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/outbox/failures' || request.method !== 'POST') return undefined;
    let rule: { phone?: unknown; kind?: unknown; times?: unknown; reason?: unknown };
    try {
      rule = JSON.parse(body || '{}');
    } catch {
      return fail(400, 'invalid-json', 'The request body is not valid JSON.');
    }
    if (typeof rule.phone !== 'string' || !['transient', 'final'].includes(String(rule.kind))) {
      return fail(
        400,
        'validation-error',
        'give { phone, kind: "transient", times } or { phone, kind: "final", reason }',
      );
    }
    parts.outbox.failures.set(
      rule.phone,
      rule.kind === 'transient'
        ? { kind: 'transient', times: Number(rule.times ?? 1) }
        : { kind: 'final', reason: String(rule.reason ?? 'rejected') },
    );
    return json(200, { success: true, data: Object.fromEntries(parts.outbox.failures), error: null });
  };
  /** Sets what the carrier will say of later messages, for one phone or (without `phone`) for all. */
  const reportsRoute: LocalRoute = async (request: IncomingMessage, body: string) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/outbox/reports' || request.method !== 'POST') return undefined;
    const parsed = parseBody(body, reportFateInput);
    if (!parsed.ok) return parsed.answer;
    const { phone, ...fate } = parsed.data;
    let key = '*';
    if (phone !== undefined) {
      const normalised = normalisePhone(phone);
      if (!normalised.ok) return fail(400, 'validation-error', `phone: ${normalised.message}`);
      key = normalised.phone;
    }
    parts.outbox.fates.set(key, fate);
    return json200({ fates: Object.fromEntries(parts.outbox.fates) });
  };
  /** A reply from a phone, as the two-way number receives it: `{ from, text, id? }`; answers with its confirmation. */
  const inboundRoute: LocalRoute = async (request: IncomingMessage, body: string) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/inbound' || request.method !== 'POST') return undefined;
    const parsed = parseBody(body, inboundInput);
    if (!parsed.ok) return parsed.answer;
    const confirmedBefore = parts.outbox.replies.length;
    const handled = await parts.inbound(parsed.data);
    if (!handled)
      return fail(500, 'internal-error', 'The inbound function failed on this reply: see the log.');
    const keyword = keywordOf(parsed.data.text);
    return json200({
      from: parsed.data.from,
      keyword: keyword?.word ?? null,
      kind: keyword?.kind ?? null,
      confirmation: parts.outbox.replies[confirmedBefore]?.text ?? null,
    });
  };
  /** Makes the dispatch queue refuse its next hand-offs: `{ "dispatch": 1 }`. */
  const outageRoute: LocalRoute = async (request: IncomingMessage, body: string) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/queues/outage' || request.method !== 'POST') return undefined;
    let outage: { dispatch?: unknown };
    try {
      outage = JSON.parse(body || '{}');
    } catch {
      return fail(400, 'invalid-json', 'The request body is not valid JSON.');
    }
    if (!Number.isInteger(outage.dispatch) || (outage.dispatch as number) < 0) {
      return fail(400, 'validation-error', 'give { "dispatch": n }, n a whole number of hand-offs to refuse');
    }
    parts.queues.refuseDispatches = outage.dispatch as number;
    return json(200, { success: true, data: { dispatch: parts.queues.refuseDispatches }, error: null });
  };
  /** The e-mails the user pool sent, newest last; `?to=` keeps one person's. */
  const emailsRoute: LocalRoute = async (request: IncomingMessage) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname !== '/_local/emails' || request.method !== 'GET') return undefined;
    const to = url.searchParams.get('to')?.toLowerCase();
    return json200(to ? parts.emails.filter((email) => email.to.toLowerCase() === to) : parts.emails);
  };
  return [
    healthRoute,
    clockRoute,
    outboxRoute,
    failuresRoute,
    reportsRoute,
    inboundRoute,
    outageRoute,
    emailsRoute,
  ];
}
