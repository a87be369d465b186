import { randomBytes } from 'node:crypto';
import { inject, it } from 'vitest';
import { giveOpeningBalance, seedDemoPeople, seedDemoPrices } from '../../local/demo';
import { type LocalStack, startLocalStack } from '../../local/stack';
import { startRehearsal } from '../../rehearsal/stack';
import { DEFAULT_PLAN } from '../../shared/accounts/account';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import { createLogger } from '../../shared/logger';
import { checkAnswer } from './answers-check';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The synthesized app the rehearsal target runs (`E2E_TARGET=rehearsal`). */
    cdkOut: string;
  }
}

/**
 * Which stack the end-to-end tests drive: `npm start`'s (`local`, from source) or what `cdk deploy`
 * ships (`rehearsal`: the template and bundles, every AWS call checked against its role), chosen by
 * `E2E_TARGET`. The same tests, the same assertions.
 */
export const TARGET: 'local' | 'rehearsal' = process.env.E2E_TARGET === 'rehearsal' ? 'rehearsal' : 'local';
export const onRehearsal = TARGET === 'rehearsal';

/**
 * A test that reaches inside `npm start`'s process (its logs, its in-process queue or scheduler): it runs
 * on the local stack only; on the rehearsal it is counted as skipped, named with `reason` (one line).
 */
export function localOnly(reason: string, name: string, test: () => Promise<void>, timeout?: number) {
  it.skipIf(onRehearsal)(onRehearsal ? `${name} (local only: ${reason})` : name, test, timeout);
}

export interface TestStack extends LocalStack {
  clock: ManualClock;
  logs: string[];
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** Moves the local clock `seconds` on (schedules, the recovery and due reports run): what the clock answers. */
  later(seconds: number): Promise<{ now: string; fired: number; recovered: number; reported: number }>;
  /** A `post` with an API key in the body: the demo account's unless another is given. */
  call(
    path: string,
    body?: Record<string, unknown>,
    apiKey?: string,
    headers?: Record<string, string>,
  ): Promise<Answer>;
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field in the tests
  body: any;
}

type TestStackOptions = { demoApiKey?: string; requestsPerSecondPerKey?: number; clock?: ManualClock };
const START = '2026-06-01T09:00:00.000Z';

/** The stack of `E2E_TARGET`, on a free port, against the run's DynamoDB Local. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  return onRehearsal ? startRehearsalTarget(options) : startLocalTarget(options);
}

/** The local stack as `npm start` builds it. */
async function startLocalTarget(options: TestStackOptions): Promise<TestStack> {
  const logs: string[] = [];
  const clock = options.clock ?? new ManualClock(START);
  const stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `e2e-${randomBytes(6).toString('hex')}`,
    clock,
    log: createLogger({ level: 'debug', sink: (line) => logs.push(line) }),
    tickMs: 0,
    // The test clock stands still, so every request of a file falls in one second.
    requestsPerSecondPerKey: 1_000_000,
    ...options,
  });
  return { ...stack, clock, logs, ...client(stack.url, stack.demo.apiKey, clock) };
}

/** What the tests call on either target, over HTTP. */
function client(url: string, demoApiKey: string, clock: { now(): Date }) {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const answer = text ? JSON.parse(text) : undefined;
    // Every answer an end-to-end test receives is held to the OpenAPI document.
    checkAnswer('POST', path, response.status, answer);
    return { status: response.status, headers: response.headers, body: answer };
  };
  const call = (
    path: string,
    body: Record<string, unknown> = {},
    apiKey = demoApiKey,
    headers?: Record<string, string>,
  ) => post(path, { apiKey, ...body }, headers);
  const later = async (seconds: number) => {
    const now = new Date(clock.now().getTime() + seconds * 1000).toISOString();
    const response = await fetch(`${url}/_local/clock`, {
      method: 'POST',
      body: JSON.stringify({ now }),
    });
    if (response.status !== 200) throw new Error(`the local clock refused ${now}: ${response.status}`);
    return ((await response.json()) as { data: Awaited<ReturnType<TestStack['later']>> }).data;
  };
  return { post, call, later };
}

/** Reaching for one of `npm start`'s in-process parts on the rehearsal: the test should be `localOnly`. */
const notOnRehearsal = (part: string): never => {
  throw new Error(`${part} is npm start's own: mark the test localOnly('why') or drive it over HTTP`);
};

/**
 * What `cdk deploy` ships, rehearsed from the app the run synthesized once: its time begins where the
 * local target's does and runs on (as Lambda's clock does), moved on by `/_local/clock`; the demo account
 * is made in its table as `npm start` makes its own.
 */
async function startRehearsalTarget(options: TestStackOptions): Promise<TestStack> {
  const rehearsal = await startRehearsal({
    cdkOut: inject('cdkOut'),
    dynamoEndpoint: inject('dynamoEndpoint'),
    start: options.clock?.now() ?? START,
    // The carrier of `npm start`: a report 2 s after each message, with no price.
    carrier: { delaySeconds: 2, pricePerPart: null },
    // A file calls a few of the functions: each loads at its first call (test/rehearsal loads them all).
    functionsOnFirstCall: true,
  });
  const { account, apiKey } = await createAccount(rehearsal.db, {
    name: 'Demo',
    // The tests run at machine speed: the demo key may make as many requests a second as they do.
    plan: { ...DEFAULT_PLAN, requestsPerSecond: options.requestsPerSecondPerKey ?? 1_000_000 },
    now: rehearsal.clock.now(),
    ...(options.demoApiKey ? { apiKey: options.demoApiKey } : {}),
  });
  await giveOpeningBalance(rehearsal.db, rehearsal.clock, account.id);
  await seedDemoPrices(rehearsal.db, rehearsal.clock);
  const people = await seedDemoPeople(rehearsal.db, rehearsal.clock, rehearsal.cognito, account.id);
  const { clock } = rehearsal;
  const drain = { drain: () => rehearsal.settle() };
  const stack = {
    url: rehearsal.url,
    port: Number(new URL(rehearsal.url).port),
    db: rehearsal.db,
    demo: { accountId: account.id, apiKey, created: true },
    cognito: rehearsal.cognito,
    people,
    clock,
    queues: drain,
    webhookQueue: drain,
    get logs() {
      return notOnRehearsal('the log lines');
    },
    get outbox() {
      return notOnRehearsal('the outbox object (GET /_local/outbox)');
    },
    get scheduler() {
      return notOnRehearsal('the local scheduler');
    },
    get dynamo() {
      return notOnRehearsal('its own DynamoDB Local process');
    },
    get objectStore() {
      return notOnRehearsal('the local files (read an export through its link)');
    },
    tick: () => notOnRehearsal('tick (POST /_local/clock)'),
    stop: () => rehearsal.stop(),
    ...client(rehearsal.url, apiKey, clock),
  };
  return stack as unknown as TestStack;
}
