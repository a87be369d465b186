import { DEFAULT_REQUESTS_PER_SECOND_PER_KEY } from './accounts/rate-limit';
import { type Clock, systemClock } from './clock';
import { createDocumentClient, type Db } from './db/client';
import { createLogger, type Logger, logLevelFrom } from './logger';
import { sendingFromEnv } from './sending/aws';
import type { SendingPorts } from './sending/ports';

/**
 * What the handlers run against, built once per process from the environment. The local stack
 * and the tests swap parts of it (`configureRuntime`) before the first request.
 */
export interface Runtime {
  db: Db;
  clock: Clock;
  log: Logger;
  maxBodyBytes: number;
  /** Requests one API key may make in one second before `429 rate-limited`. */
  requestsPerSecondPerKey: number;
  /** The scheduler, queues and SMS provider; absent where sending is not wired (deployed, until its adapters land). */
  sending?: SendingPorts;
}

/** API Gateway passes at most 6 MB to Lambda, escaped; 2 MiB of JSON always fits. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

let current: Runtime | undefined;

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing configuration: environment variable ${name} is not set`);
  return value;
}

function positiveIntEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Invalid configuration: ${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function missing<T extends object>(port: string): T {
  return new Proxy({} as T, {
    get: () => () => Promise.reject(new Error(`Missing configuration: this function has no ${port}`)),
  });
}

/** Reads its settings from the environment; the table only when first used, so functions without one still start. */
class EnvRuntime implements Runtime {
  #db: Db | undefined;
  clock: Clock = systemClock;
  log: Logger = createLogger({ level: logLevelFrom(process.env.LOG_LEVEL) });
  maxBodyBytes = positiveIntEnv('MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES);
  requestsPerSecondPerKey = positiveIntEnv(
    'REQUESTS_PER_SECOND_PER_KEY',
    DEFAULT_REQUESTS_PER_SECOND_PER_KEY,
  );

  // Each function gets only the ports its grants allow; a missing one fails when used, with its name.
  #sending = sendingFromEnv();
  sending: SendingPorts | undefined =
    this.#sending.scheduler || this.#sending.queues || this.#sending.provider
      ? {
          scheduler: this.#sending.scheduler ?? missing('scheduler'),
          queues: this.#sending.queues ?? missing('queues'),
          provider: this.#sending.provider ?? missing('provider'),
        }
      : undefined;

  get db(): Db {
    this.#db ??= {
      client: createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined }),
      tableName: requiredEnv('TABLE_NAME'),
    };
    return this.#db;
  }
}

export function runtime(): Runtime {
  current ??= new EnvRuntime();
  return current;
}

/** Replaces parts of the runtime (the local stack's database and clock, a test's log sink). */
export function configureRuntime(parts: Partial<Runtime>): Runtime {
  const target = runtime();
  for (const [name, value] of Object.entries(parts)) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
  }
  return target;
}
