import type { IncomingMessage } from 'node:http';
import type { SettableClock } from '../shared/clock';
import type { LocalQueues, Outbox } from './sending';
import type { LocalRoute } from './server';

const json = (statusCode: number, body: unknown) => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});
const fail = (statusCode: number, error: string, message: string) =>
  json(statusCode, { success: false, data: null, error, message });

/**
 * `/_local/clock`, `/_local/outbox` and `/_local/queues/outage`: what only the local stack has, to
 * watch sends, move time and break things on purpose.
 */
export function localRoutes(parts: {
  clock: SettableClock;
  tick: () => Promise<{ fired: number; recovered: number }>;
  queues: LocalQueues;
  outbox: Outbox;
}): LocalRoute[] {
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
      const { fired, recovered } = await parts.tick();
      await parts.queues.drain();
      return json(200, {
        success: true,
        data: { now: parts.clock.now().toISOString(), fired, recovered },
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
  return [clockRoute, outboxRoute, failuresRoute, outageRoute];
}
