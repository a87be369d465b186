import { type Clock, systemClock } from './clock';
import {
  ENVIRONMENT,
  type Env,
  type FunctionSettings,
  hasPortSettings,
  MissingConfiguration,
  PORT_SETTINGS,
  type Port,
  readFunctionSettings,
  requiredSetting,
  settingOf,
  type UserPoolSettings,
  userPoolOf,
} from './config';
import { createDocumentClient, type Db } from './db/client';
import { createLogger, type Logger } from './logger';
import type { Ports } from './ports';
import type { ThroughputCaps } from './sending/caps';
import type { Resolver } from './webhooks/url-safety';

/**
 * What the handlers run against, built once per process from the environment (`config.ts`). The local
 * stack and the tests replace parts of it (`configureRuntime`) before the handler modules load.
 */
export interface Runtime extends FunctionSettings {
  db: Db;
  clock: Clock;
  log: Logger;
  /** How webhook hosts are resolved: the system's, or a test's names. */
  resolver?: Resolver;
  /** The ports this process has: given by the local stack, or built from the environment for each function's needs. */
  ports: Partial<Ports>;
  /** The user pool people sign in with (the console's page tells the browser where it answers). */
  userPool?: UserPoolSettings;
}

let current: Runtime | undefined;

/** Reads its settings from the environment; the table only when first used, so functions without one still start. */
class EnvRuntime implements Runtime {
  #db: Db | undefined;
  clock: Clock = systemClock;
  ports: Partial<Ports> = {};
  logLevel: FunctionSettings['logLevel'];
  maxBodyBytes: number;
  requestsPerSecondPerKey: number;
  defaultSenderName: string;
  stopNumber: string | undefined;
  currency: string;
  replyConfirmations: boolean;
  webhookAllowLoopback: boolean;
  sendPartsPerSecond: number;
  sendMessagesInFlight: number;
  throughputCaps: ThroughputCaps;
  shortLinkBase: string | undefined;
  largeAudience: number;
  log: Logger;
  userPool = userPoolOf(process.env);

  constructor() {
    const settings = readFunctionSettings(process.env);
    this.logLevel = settings.logLevel;
    this.maxBodyBytes = settings.maxBodyBytes;
    this.requestsPerSecondPerKey = settings.requestsPerSecondPerKey;
    this.defaultSenderName = settings.defaultSenderName;
    this.stopNumber = settings.stopNumber;
    this.currency = settings.currency;
    this.replyConfirmations = settings.replyConfirmations;
    this.webhookAllowLoopback = settings.webhookAllowLoopback;
    this.sendPartsPerSecond = settings.sendPartsPerSecond;
    this.sendMessagesInFlight = settings.sendMessagesInFlight;
    this.throughputCaps = settings.throughputCaps;
    this.shortLinkBase = settings.shortLinkBase;
    this.largeAudience = settings.largeAudience;
    this.log = createLogger({ level: settings.logLevel });
  }

  get db(): Db {
    this.#db ??= {
      client: createDocumentClient({ endpoint: settingOf(process.env, 'dynamoDbEndpoint') }),
      tableName: requiredSetting(process.env, 'tableName'),
    };
    return this.#db;
  }
}

export function runtime(): Runtime {
  current ??= new EnvRuntime();
  return current;
}

/** Replaces parts of the runtime (the local stack's database, clock and ports, a test's log sink). */
export function configureRuntime(parts: Partial<Runtime>): Runtime {
  const target = runtime();
  for (const [name, value] of Object.entries(parts)) {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
  }
  return target;
}

/** The ports a function needs; a missing one is named with the environment variables that configure it. */
export function portsOf<P extends Port>(rt: Runtime, needed: readonly P[]): Pick<Ports, P> {
  const missing = needed.filter((port) => rt.ports[port] === undefined);
  if (missing.length) {
    const variables = missing.flatMap((port) => PORT_SETTINGS[port].map((setting) => ENVIRONMENT[setting]));
    throw new MissingConfiguration(
      `Missing configuration: this function needs ${missing.join(', ')} (${variables.join(', ')})`,
    );
  }
  return rt.ports as Pick<Ports, P>;
}

/** How a function builds each port it needs from its environment (its AWS adapter). */
export type PortFactories<P extends Port> = { [K in P]: (env: Env) => Ports[K] };

/**
 * Called by a handler module as it loads (a function's cold start): builds the ports it needs from
 * the environment, unless the runtime already has them (the local stack's), and fails there, naming
 * what is missing, rather than on the first request that needs it. A function bundles only the
 * adapters it names.
 */
export function requireConfiguration<P extends Port>(needs: {
  table: boolean;
  ports: PortFactories<P>;
}): P[] {
  const rt = runtime();
  if (needs.table) void rt.db;
  const names = Object.keys(needs.ports) as P[];
  for (const name of names) {
    if (rt.ports[name] !== undefined || !hasPortSettings(process.env, name)) continue;
    rt.ports[name] = needs.ports[name](process.env) as Ports[P];
  }
  portsOf(rt, names);
  return names;
}

/**
 * A port the function uses when configured and does without otherwise (sign-in by token: a stack
 * deployed without a user pool still takes API keys). Built once, at cold start.
 */
export function offerPort<P extends Port>(name: P, factory: (env: Env) => Ports[P]): void {
  const rt = runtime();
  if (rt.ports[name] === undefined && hasPortSettings(process.env, name))
    rt.ports[name] = factory(process.env);
}
