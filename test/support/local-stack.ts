import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/stack';
import { ManualClock } from '../../shared/clock';
import { createLogger } from '../../shared/logger';
import { checkAnswer } from './answers-check';

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

/** The local stack as `npm start` builds it, on a free port, against the run's DynamoDB Local. */
export async function startTestStack(
  options: { demoApiKey?: string; requestsPerSecondPerKey?: number; clock?: ManualClock } = {},
): Promise<TestStack> {
  const logs: string[] = [];
  const clock = options.clock ?? new ManualClock('2026-06-01T09:00:00.000Z');
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
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(stack.url + path, {
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
    apiKey = stack.demo.apiKey,
    headers?: Record<string, string>,
  ) => post(path, { apiKey, ...body }, headers);
  const later = async (seconds: number) => {
    const now = new Date(clock.now().getTime() + seconds * 1000).toISOString();
    const response = await fetch(`${stack.url}/_local/clock`, {
      method: 'POST',
      body: JSON.stringify({ now }),
    });
    if (response.status !== 200) throw new Error(`the local clock refused ${now}: ${response.status}`);
    return ((await response.json()) as { data: Awaited<ReturnType<TestStack['later']>> }).data;
  };
  return { ...stack, clock, logs, post, call, later };
}
