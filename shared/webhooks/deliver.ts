/**
 * One delivery attempt of one event to one endpoint: sign, post to the checked address, record the
 * attempt in the endpoint's log, and say when to try again. A 2xx within 10 s succeeds; a `410`
 * disables the endpoint; anything else is retried with growing delays, with jitter, until three days
 * after the event; an endpoint that has failed every attempt for three days is disabled, saying why.
 */
import { type Clock, systemClock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { WebhookDelivery } from '../ports';
import { payloadOf } from './events';
import { type PostOutcome, postToWebhook } from './http';
import {
  disableWebhook,
  findWebhook,
  loggedDelivery,
  noteEndpointOutcome,
  recordAttempt,
  type WebhookItem,
} from './repository';
import { signatureHeaders, signingSecrets } from './signing';
import type { UrlPolicy } from './url-safety';
import { subscribes } from './webhook';

/** How long a delivery is tried, and how long an endpoint may fail before it is disabled. */
export const RETRY_WINDOW_MS = 3 * 86_400_000;
/** The wait after each failed attempt (Standard Webhooks' usual schedule, stretched to three days). */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18_000, 36_000];
/**
 * The webhook queue's redrive: a delivery received this many times (about 13 attempts in three days,
 * and the put-backs of a batch whose endpoint was failing) is dead-lettered.
 */
export const MAX_RECEIVES = 50;
/** Each wait is this much longer or shorter at random, so retries of many events spread out. */
const JITTER = 0.2;

/** The wait after failed attempt `attempt` (1-based), jittered by `random` ∈ [0, 1). */
export function retryDelaySeconds(attempt: number, random: number): number {
  const base = RETRY_DELAYS_SECONDS[Math.min(attempt, RETRY_DELAYS_SECONDS.length) - 1] as number;
  return Math.max(1, Math.round(base * (1 - JITTER + 2 * JITTER * random)));
}

export interface DeliverDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  policy: UrlPolicy & { timeoutMs?: number };
  random?: () => number;
  /**
   * The time `webhook-timestamp` says. Receivers compare it with their own clock (5 minutes), so it is
   * the real time even where the platform's clock is moved (the local stack's `/_local/clock`).
   */
  wallClock?: Clock;
}

export type DeliveryResult =
  | { outcome: 'succeeded' | 'failed' | 'dropped' }
  /** `answered`: the receiver said no (fast); otherwise it could not be reached or did not answer in time. */
  | { outcome: 'retry'; inSeconds: number; reason: string; answered: boolean };

/** What an attempt's outcome says: success, gone (410), or a failure to retry. */
function verdictOf(result: PostOutcome): {
  kind: 'success' | 'gone' | 'failure';
  statusCode?: number;
  error?: string;
} {
  if (result.kind === 'answered') {
    if (result.status >= 200 && result.status < 300) return { kind: 'success', statusCode: result.status };
    if (result.status === 410) return { kind: 'gone', statusCode: 410 };
    return { kind: 'failure', statusCode: result.status, error: `answered ${result.status}` };
  }
  return {
    kind: 'failure',
    error: result.kind === 'not-allowed' ? `address not allowed: ${result.error}` : result.error,
  };
}

export async function deliverOnce(
  deps: DeliverDeps,
  delivery: WebhookDelivery,
  /** The endpoint, when the caller read it already (`null`: it is gone). */
  known?: WebhookItem | null,
): Promise<DeliveryResult> {
  const webhook =
    known === undefined ? await findWebhook(deps.db, delivery.accountId, delivery.webhookId) : known;
  // A test is asked for by name: it goes whatever the endpoint subscribed to, disabled or not.
  const test = delivery.event.type === 'webhook.test';
  if (!webhook || !(test || subscribes(webhook, delivery.event.type))) return { outcome: 'dropped' };
  const target = { ...delivery, webhookId: webhook.id };
  // The same event queued twice (a relay repeated, a redelivery after the log was written) goes once.
  const logged = await loggedDelivery(deps.db, target);
  if (logged.status && logged.status !== 'PENDING') return { outcome: 'dropped' };
  if (webhook.status === 'DISABLED' && !test) {
    await recordAttempt(
      deps.db,
      target,
      { status: 'FAILED', error: `endpoint disabled: ${webhook.disabledReason ?? ''}` },
      deps.clock.now(),
      { attempted: false },
    );
    return { outcome: 'failed' };
  }
  const now = deps.clock.now();
  const body = payloadOf(delivery.event);
  const headers = signatureHeaders(
    { id: delivery.event.id, body },
    signingSecrets(webhook.secrets, now),
    (deps.wallClock ?? systemClock).now(),
  );
  const verdict = verdictOf(await postToWebhook({ url: webhook.url, headers, body }, deps.policy));
  const after = deps.clock.now();
  const facts = {
    ...(verdict.statusCode !== undefined ? { statusCode: verdict.statusCode } : {}),
    ...(verdict.error ? { error: verdict.error.slice(0, 300) } : {}),
  };

  if (verdict.kind === 'success') {
    await recordAttempt(deps.db, target, { status: 'SUCCEEDED', ...facts }, after);
    await noteEndpointOutcome(deps.db, webhook, true, after);
    return { outcome: 'succeeded' };
  }
  if (verdict.kind === 'gone') {
    await recordAttempt(deps.db, target, { status: 'FAILED', ...facts }, after);
    await disableWebhook(deps.db, webhook, `answered 410 Gone on ${after.toISOString()}`);
    deps.log.info('webhook endpoint disabled: 410', { webhookId: webhook.id });
    return { outcome: 'failed' };
  }

  await noteEndpointOutcome(deps.db, webhook, false, after);
  await disableIfFailingTooLong(deps, webhook, after, facts.error ?? '');
  // The wait grows with the attempts the log counts (not the queue's receives, which put-backs add to).
  const attempt = logged.attempts + 1;
  const deadline = Date.parse(delivery.event.timestamp) + RETRY_WINDOW_MS;
  const wait = retryDelaySeconds(attempt, (deps.random ?? Math.random)());
  const nextAt = Math.min(after.getTime() + wait * 1000, deadline);
  if (nextAt <= after.getTime()) {
    await recordAttempt(deps.db, target, { status: 'FAILED', ...facts }, after);
    return { outcome: 'failed' };
  }
  await recordAttempt(
    deps.db,
    target,
    { status: 'PENDING', ...facts, nextAttemptAt: new Date(nextAt).toISOString() },
    after,
  );
  return {
    outcome: 'retry',
    inSeconds: Math.ceil((nextAt - after.getTime()) / 1000),
    reason: facts.error ?? '',
    answered: verdict.statusCode !== undefined,
  };
}

async function disableIfFailingTooLong(deps: DeliverDeps, webhook: WebhookItem, now: Date, error: string) {
  if (!webhook.failingSince) return;
  if (now.getTime() - Date.parse(webhook.failingSince) < RETRY_WINDOW_MS) return;
  await disableWebhook(
    deps.db,
    webhook,
    `every delivery failed from ${webhook.failingSince} to ${now.toISOString()}; last: ${error}`,
  );
  deps.log.info('webhook endpoint disabled: failing for three days', { webhookId: webhook.id });
}
