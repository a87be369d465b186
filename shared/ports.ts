/**
 * The outside services the platform uses, each a small interface with an AWS adapter and a local twin
 * that runs for real in `npm start` (DESIGN.md, Ports), and what crosses each of them. Every room may
 * use them: this file imports nothing of the platform's.
 */

/** A recipient as a chunk carries it: what personalisation reads. */
export interface SendRecipient {
  id: string;
  phone: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  sex?: 'M' | 'F';
  /** The contact's own fields (`@montant`); a chunk carries only those its text reads. */
  fields?: Record<string, string>;
}

/** Names one occurrence of a campaign: its slot, the instant it was scheduled for. */
export interface DispatchRequest {
  accountId: string;
  campaignId: string;
  slot: string;
  /** A group of the occurrence that quiet hours held back: the instant it may go. */
  release?: string;
  /** Only prepare the campaign's recipients (a large audience), and plan the occurrence if it is due. */
  prepare?: true;
}

/** One chunk of recipients to send, as the dispatch function hands it to the send queue. */
export interface SendTask {
  accountId: string;
  campaignId: string;
  slot: string;
  chunk: number;
  senderName: string;
  text: string;
  recipients: SendRecipient[];
  /**
   * Units per segment by destination country, as the occurrence's hold priced them: each message
   * handed over is charged at these. Absent: the task is not billed (queued before billing was).
   */
  prices?: Record<string, number>;
  /** The campaign's `validFor` run out from the occurrence's due time: a message not handed over by then fails `expired`. */
  expiresAt?: string;
  /** Each message's links replaced by short links under this address (`trackLinks`). */
  links?: { base: string; expiryDays: number };
}

export interface ScheduleSpec {
  name: string;
  /** `at(2026-06-20T10:00:00)` or `cron(0 9 ? * MON *)`. */
  expression: string;
  timezone: string;
  /** Without `slot`, the occurrence is named by the instant the schedule fires for. */
  request: Omit<DispatchRequest, 'slot'> & { slot?: string };
}

export interface Scheduler {
  create(schedules: readonly ScheduleSpec[]): Promise<void>;
  /** Deleting a schedule that is already gone is fine. */
  delete(names: readonly string[]): Promise<void>;
}

/** Immediate campaigns reach the dispatch function this way. */
export interface DispatchQueue {
  dispatch(request: DispatchRequest): Promise<void>;
}

/** The dispatch function hands chunks of recipients to the send function this way. */
export interface SendQueue {
  send(tasks: readonly SendTask[]): Promise<void>;
}

export interface Queues extends DispatchQueue, SendQueue {}

/** Names one export to write: the export function reads the rest from its item. */
export interface ExportRequest {
  accountId: string;
  exportId: string;
}

/** Names one import whose file is read further: the import function reads the rest from its item. */
export interface ImportRequest {
  accountId: string;
  importId: string;
}

/**
 * The files function's queue: exports asked through the API reach it this way, and an import whose
 * invocation runs out of time goes on in a new one this way (uploaded files announce themselves).
 */
export interface ExportQueue {
  queueExport(request: ExportRequest): Promise<void>;
  continueImport(request: ImportRequest): Promise<void>;
}

/** A counted click on a short link, as the redirect saw it: the reports function applies it to its message. */
export interface LinkClick {
  /** The redirect's own id for it: handed over twice, it counts once. */
  id: string;
  messageCode: string;
  /** Which of the message's links (0: its first). */
  rank: number;
  accountId: string;
  campaignId: string;
  occurrence: string;
  phone: string;
  url: string;
  at: string;
}

/** The redirect hands the clicks it counts to the reports queue this way, then answers at once. */
export interface ClickQueue {
  recordClick(click: LinkClick): Promise<void>;
}

/** An SMS to hand over; the account, campaign, occurrence and phone travel with it so its reports find it. */
export interface OutgoingSms {
  to: string;
  from: string;
  text: string;
  accountId: string;
  campaignId: string;
  occurrence: string;
  /** Seconds the provider may keep trying to hand it over (End User Messaging's `TimeToLive`); unsaid, its own default. */
  timeToLive?: number;
}

/**
 * Where files go: those the platform writes for people to download (exports, refused rows), and those
 * people upload (imports). S3 deployed, a folder locally. An object is written and read in parts as they
 * come, never whole in memory.
 */
export interface ObjectStore {
  write(key: string, parts: AsyncIterable<string>, contentType: string): Promise<{ bytes: number }>;
  /** A URL that reads the object, valid `seconds`; `filename` is what a browser saves it as. */
  readUrl(key: string, seconds: number, filename: string): Promise<string>;
  /** A URL that takes the object in one `PUT`, valid `seconds`. */
  uploadUrl(key: string, seconds: number): Promise<string>;
  /** The object's bytes from `from` on, as they come; none when there is no such object. */
  read(key: string, from?: number): AsyncIterable<Uint8Array>;
}

/** Why a message was never handed over (CONTRACT.md, Messages and delivery reports). */
export const FAILURE_REASONS = [
  'invalid-number',
  'opted-out',
  'message-too-long',
  'outcome-unknown',
  'provider-refused',
  'destination-not-priced',
  /** The platform's operators suspended the account before the message went. */
  'account-suspended',
  /** Not handed over within the campaign's `validFor` after its occurrence was due. */
  'expired',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/**
 * A provider's refusal: `retryable` ones (throttling, outages) go back to the queue, the others fail
 * for good with a reason of the contract and the provider's own words (`providerStatus`).
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly reason: FailureReason,
    readonly retryable: boolean,
    readonly providerStatus?: string,
  ) {
    super(providerStatus ? `${reason} (${providerStatus})` : reason);
  }
}

/** The two-way number's own answer to a reply (a STOP confirmation): no campaign's, so no reports followed. */
export interface ReplySms {
  to: string;
  from: string;
  text: string;
}

export interface SmsProvider {
  send(message: OutgoingSms): Promise<{ messageId: string }>;
  sendReply(message: ReplySms): Promise<{ messageId: string }>;
}

/** The events an endpoint may subscribe to (CONTRACT.md, Webhooks). */
export const EVENT_TYPES = [
  'message.delivered',
  'message.undelivered',
  'message.failed',
  'campaign.sent',
  'campaign.failed',
  'campaign.cancelled',
  'contact.opted_out',
  'contact.opted_in',
  'sender.status_changed',
  'account.balance_low',
  'account.topped_up',
  'link.clicked',
  'export.ready',
  'import.completed',
  'webhook.test',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * An event as endpoints receive it: `{ type, timestamp, data }`, delivered under a stable id (the
 * `webhook-id` header, the same on every retry).
 */
export interface WebhookEvent {
  id: string;
  type: EventType;
  /** When the fact happened, ISO 8601. */
  timestamp: string;
  data: Record<string, unknown>;
}

/** One event for one endpoint, as the webhook queue carries it. */
export interface WebhookDelivery {
  accountId: string;
  webhookId: string;
  event: WebhookEvent;
}

/**
 * Events go to endpoints this way, one message per (endpoint, event); a failed delivery comes back
 * after `retryLater`'s delay (SQS: the message's visibility, up to 12 hours).
 */
export interface WebhookQueue {
  enqueue(deliveries: readonly WebhookDelivery[]): Promise<void>;
  retryLater(receiptHandle: string, seconds: number): Promise<void>;
}

/** A signed-in user as their token says (Cognito's `sub` and groups). */
export interface TokenUser {
  userId: string;
  /** The user pool's groups they are in (`operators`). */
  groups: readonly string[];
}

/** Who a user's token says signed in, or nothing when the token is not one of the pool's own. */
export interface UserTokens {
  verify(token: string): Promise<TokenUser | undefined>;
  /**
   * What the pool says of the token's user now (Cognito's `GetUser`, which a signed-out token fails):
   * their e-mail and whether they confirm each sign-in with a TOTP code. Undefined: no such session.
   */
  profile(token: string): Promise<{ email: string; totp: boolean } | undefined>;
}

/** The people who may sign in (Cognito's user pool): invitations, and forgetting a user no account has. */
export interface UserDirectory {
  /**
   * Makes a user for this e-mail and sends the invitation (a temporary password), or finds the user who
   * already has it: `signedIn` says whether that user has set a password.
   */
  invite(email: string): Promise<{ userId: string; created: boolean; signedIn: boolean }>;
  /** Deletes the user, unless an operator (operators are not any account's to remove). */
  forget(userId: string): Promise<void>;
}

/** One dead-letter queue as operators see it: what landed there and could not be handled. */
export interface DeadLetterQueue {
  /** `dispatch`, `send`, `scheduler`, `reports`, `replies`, `webhooks`. */
  name: string;
  /** What its messages are, in operators' words. */
  what: string;
  depth: number;
  /** When the oldest message read was first queued (SQS: among the first ten read). */
  oldestAt?: string;
  /** Whether its messages can go back to the queue they came from (the scheduler's come from no queue). */
  redrivable: boolean;
}

/** The dead-letter queues: their depth, and sending their messages back where they came from. */
export interface DeadLetters {
  list(): Promise<DeadLetterQueue[]>;
  /** Starts moving the queue's messages back to their source queue; false when there is no such queue. */
  redrive(name: string): Promise<{ found: boolean; redrivable: boolean }>;
}

/** Every port, by the name the configuration gives it (`config.ts`, PORT_SETTINGS); a function has those it needs. */
export interface Ports {
  scheduler: Scheduler;
  dispatchQueue: DispatchQueue;
  sendQueue: SendQueue;
  smsProvider: SmsProvider;
  webhookQueue: WebhookQueue;
  userTokens: UserTokens;
  userDirectory: UserDirectory;
  deadLetters: DeadLetters;
  exportQueue: ExportQueue;
  objectStore: ObjectStore;
  clickQueue: ClickQueue;
}
