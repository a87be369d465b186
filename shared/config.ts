/**
 * The functions' configuration, as one contract: every environment variable the CDK app sets and a
 * function reads is named here once. The constructs write it with `environmentOf`, the runtime reads
 * it with the readers below, and a function missing a setting it needs fails at cold start, naming it.
 */
import { DEFAULT_REQUESTS_PER_SECOND_PER_KEY } from './accounts/rate-limit';
import { type LogLevel, logLevelFrom } from './logger';
import { parseCountryCaps, type ThroughputCaps } from './sending/caps';

export const ENVIRONMENT = {
  tableName: 'TABLE_NAME',
  /** DynamoDB Local's address; unset on AWS. */
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  logLevel: 'LOG_LEVEL',
  maxBodyBytes: 'MAX_BODY_BYTES',
  requestsPerSecondPerKey: 'REQUESTS_PER_SECOND_PER_KEY',
  defaultSenderName: 'DEFAULT_SENDER_NAME',
  /** The two-way number recipients reply STOP to, as the opt-out footer writes it. */
  stopNumber: 'STOP_NUMBER',
  /** The platform's currency (ISO 4217): what every amount is in (`-c currency=XOF`). */
  currency: 'CURRENCY',
  /** `on`: the two-way number answers stop and start keywords with a confirmation SMS. */
  replyConfirmations: 'REPLY_CONFIRMATIONS',
  scheduleGroup: 'SCHEDULE_GROUP',
  dispatchFunctionArn: 'DISPATCH_FUNCTION_ARN',
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  schedulerDeadLetterQueueArn: 'SCHEDULER_DLQ_ARN',
  dispatchQueueUrl: 'DISPATCH_QUEUE_URL',
  sendQueueUrl: 'SEND_QUEUE_URL',
  webhookQueueUrl: 'WEBHOOK_QUEUE_URL',
  /** `on` on the local stack only: webhooks may also go to http://127.0.0.1 and http://localhost. */
  webhookAllowLoopback: 'WEBHOOK_ALLOW_LOOPBACK',
  smsMessageType: 'SMS_MESSAGE_TYPE',
  smsConfigurationSet: 'SMS_CONFIGURATION_SET',
  sendPartsPerSecond: 'SEND_PARTS_PER_SECOND',
  sendMessagesInFlight: 'SEND_MESSAGES_IN_FLIGHT',
  /** Parts per second to a country, across every send function: `CI:20,SN:10`. */
  countryPartsPerSecond: 'COUNTRY_PARTS_PER_SECOND',
  /** Parts per second to each country not named above; unset or 0: no cap. */
  defaultPartsPerSecond: 'DEFAULT_PARTS_PER_SECOND',
  /** Parts per second from each sender ID or number, across every send function; unset or 0: no cap. */
  originationPartsPerSecond: 'ORIGINATION_PARTS_PER_SECOND',
  /** The Cognito user pool people sign in with, and the console's app client its tokens must name. */
  userPoolId: 'USER_POOL_ID',
  userPoolClientId: 'USER_POOL_CLIENT_ID',
  /** The local Cognito twin's address; unset on AWS. */
  cognitoEndpoint: 'COGNITO_ENDPOINT',
  exportQueueUrl: 'EXPORT_QUEUE_URL',
  /** The delivery reports' queue: the redirect hands it the clicks it counts. */
  reportsQueueUrl: 'REPORTS_QUEUE_URL',
  /** The bucket exports are written to (objects expire after 7 days). */
  exportBucket: 'EXPORT_BUCKET',
  /** A campaign's possible recipients above which it is read after the answer, and estimated from samples. */
  largeAudience: 'LARGE_AUDIENCE',
  /** Where short links are served (`https://go.ex.ci`, or the API's address and `/l`), without a final `/`. */
  shortLinkBase: 'SHORT_LINK_BASE',
  /** The dead-letter queues operators watch: JSON `[{ name, what, url, arn, redrivable }]`. */
  deadLetterQueues: 'DEAD_LETTER_QUEUES',
} as const;

export type Setting = keyof typeof ENVIRONMENT;
export type Settings = Partial<Record<Setting, string>>;

/** The environment variables that carry these settings (what a construct gives its function). */
export const environmentOf = (settings: Settings): Record<string, string> =>
  Object.fromEntries(
    Object.entries(settings).map(([setting, value]) => [ENVIRONMENT[setting as Setting], value as string]),
  );

/** What the sending ports need, each from the settings that configure its AWS adapter. */
export const PORT_SETTINGS = {
  scheduler: ['scheduleGroup', 'dispatchFunctionArn', 'schedulerRoleArn', 'schedulerDeadLetterQueueArn'],
  dispatchQueue: ['dispatchQueueUrl'],
  sendQueue: ['sendQueueUrl'],
  smsProvider: ['smsMessageType', 'smsConfigurationSet'],
  webhookQueue: ['webhookQueueUrl'],
  userTokens: ['userPoolId', 'userPoolClientId'],
  userDirectory: ['userPoolId'],
  deadLetters: ['deadLetterQueues'],
  exportQueue: ['exportQueueUrl'],
  objectStore: ['exportBucket'],
  clickQueue: ['reportsQueueUrl'],
} as const satisfies Record<string, readonly Setting[]>;

export type Port = keyof typeof PORT_SETTINGS;

export class MissingConfiguration extends Error {
  override readonly name = 'MissingConfiguration';
}

export type Env = Record<string, string | undefined>;

export const settingOf = (env: Env, setting: Setting): string | undefined =>
  env[ENVIRONMENT[setting]] || undefined;

export function requiredSetting(env: Env, setting: Setting): string {
  const value = settingOf(env, setting);
  if (value === undefined) {
    throw new MissingConfiguration(
      `Missing configuration: environment variable ${ENVIRONMENT[setting]} is not set`,
    );
  }
  return value;
}

function wholeNumberSetting(env: Env, setting: Setting, fallback: number, minimum: number): number {
  const raw = settingOf(env, setting);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new MissingConfiguration(
      `Invalid configuration: ${ENVIRONMENT[setting]} must be a whole number of at least ${minimum}, got "${raw}"`,
    );
  }
  return value;
}

function onOffSetting(env: Env, setting: Setting): boolean {
  const raw = settingOf(env, setting) ?? 'off';
  if (raw !== 'on' && raw !== 'off') {
    throw new MissingConfiguration(
      `Invalid configuration: ${ENVIRONMENT[setting]} must be "on" or "off", got "${raw}"`,
    );
  }
  return raw === 'on';
}

/** Whether the environment holds every setting a port's adapter needs. */
export const hasPortSettings = (env: Env, port: Port): boolean =>
  PORT_SETTINGS[port].every((setting) => settingOf(env, setting) !== undefined);

/** API Gateway passes at most 6 MB to Lambda, escaped; 2 MiB of JSON always fits. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** West Africa's franc (UEMOA): the platform's currency unless deployed with another. */
export const DEFAULT_CURRENCY = 'XOF';
/**
 * A campaign's groups (or, with segments, the account's contacts) above this many, unless deployed with
 * another figure (`-c largeAudience`): its recipients are read after the answer, by the dispatch function,
 * not within the API's request, and its estimate is drawn from samples.
 */
export const DEFAULT_LARGE_AUDIENCE = 50_000;
/** The sender name campaigns fall back to when an account has none of its own. */
export const DEFAULT_SENDER_NAME = 'SMSInfo';

/** The plain settings every function may read (the ports' are read by their adapters). */
export interface FunctionSettings {
  logLevel: LogLevel;
  maxBodyBytes: number;
  requestsPerSecondPerKey: number;
  defaultSenderName: string;
  stopNumber: string | undefined;
  currency: string;
  replyConfirmations: boolean;
  webhookAllowLoopback: boolean;
  /** Message parts a second one running send function may hand the provider; 0: no limit. */
  sendPartsPerSecond: number;
  /** Messages one running send function hands the provider at once. */
  sendMessagesInFlight: number;
  /** Parts per second per country and per origination, shared by every send function. */
  throughputCaps: ThroughputCaps;
  /** Where this deployment serves short links (CONTRACT.md, Tracked short links). */
  shortLinkBase: string | undefined;
  /** Possible recipients above which a campaign is read after the answer and estimated from samples. */
  largeAudience: number;
}

/** A provider call takes tens of milliseconds: this many at once keep one function busy, not idle. */
export const DEFAULT_SEND_MESSAGES_IN_FLIGHT = 16;

/**
 * How many functions take each queue's messages at once, unless deployed with other figures
 * (`-c dispatchConcurrency`, `sendConcurrency`, `exportConcurrency`); the local stack's queues run as many.
 */
export const DEFAULT_DISPATCH_CONCURRENCY = 2;
export const DEFAULT_SEND_CONCURRENCY = 5;
export const DEFAULT_EXPORT_CONCURRENCY = 2;

/** The files function's time (exports, imports): Lambda's longest, 15 minutes. */
export const FILES_TIMEOUT_SECONDS = 15 * 60;

/**
 * How many times a queue hands a message over, at least, before its dead-letter queue takes it. A function
 * the account's Lambda quota throttles hands it back unread, and that counts: a deployed queue takes
 * enough receives to keep a healthy message `THROTTLED_SECONDS` through throttling (20 of a 6-minute
 * visibility; a new account's quota of 10 is below what the queues' consumers may ask), where 5 kept it
 * half an hour. The webhook queue counts its own.
 */
export const QUEUE_RECEIVES = 20;
export const THROTTLED_SECONDS = 2 * 3600;

export function readFunctionSettings(env: Env): FunctionSettings {
  return {
    logLevel: logLevelFrom(settingOf(env, 'logLevel')),
    maxBodyBytes: wholeNumberSetting(env, 'maxBodyBytes', DEFAULT_MAX_BODY_BYTES, 1),
    requestsPerSecondPerKey: wholeNumberSetting(
      env,
      'requestsPerSecondPerKey',
      DEFAULT_REQUESTS_PER_SECOND_PER_KEY,
      1,
    ),
    defaultSenderName: settingOf(env, 'defaultSenderName') ?? DEFAULT_SENDER_NAME,
    stopNumber: settingOf(env, 'stopNumber'),
    currency: settingOf(env, 'currency') ?? DEFAULT_CURRENCY,
    replyConfirmations: onOffSetting(env, 'replyConfirmations'),
    webhookAllowLoopback: onOffSetting(env, 'webhookAllowLoopback'),
    sendPartsPerSecond: wholeNumberSetting(env, 'sendPartsPerSecond', 0, 0),
    sendMessagesInFlight: wholeNumberSetting(env, 'sendMessagesInFlight', DEFAULT_SEND_MESSAGES_IN_FLIGHT, 1),
    throughputCaps: {
      byCountry: parseCountryCaps(settingOf(env, 'countryPartsPerSecond') ?? ''),
      perOtherCountry: wholeNumberSetting(env, 'defaultPartsPerSecond', 0, 0),
      perOrigination: wholeNumberSetting(env, 'originationPartsPerSecond', 0, 0),
    },
    shortLinkBase: settingOf(env, 'shortLinkBase')?.replace(/\/+$/, ''),
    largeAudience: wholeNumberSetting(env, 'largeAudience', DEFAULT_LARGE_AUDIENCE, 1),
  };
}

/** The user pool people sign in with, as a function or the console reaches it. */
export interface UserPoolSettings {
  userPoolId: string;
  clientId: string;
  /** Where Cognito answers: the twin's address, the rehearsal's, or AWS's own. */
  endpoint: string;
  /** What its tokens name as their issuer. */
  issuer: string;
}

/**
 * Where Cognito answers is where its tokens come from: `https://cognito-idp.<region>.amazonaws.com`, or
 * the endpoint this process is told to use instead (the local twin's, the rehearsal's).
 */
export function userPoolOf(env: Env): UserPoolSettings | undefined {
  const userPoolId = settingOf(env, 'userPoolId');
  const clientId = settingOf(env, 'userPoolClientId');
  if (!userPoolId || !clientId) return undefined;
  const endpoint = (
    settingOf(env, 'cognitoEndpoint') ??
    (env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER ||
      env.AWS_ENDPOINT_URL ||
      `https://cognito-idp.${userPoolId.split('_')[0]}.amazonaws.com`)
  ).replace(/\/$/, '');
  return { userPoolId, clientId, endpoint, issuer: `${endpoint}/${userPoolId}` };
}
