/**
 * The local twins of the sending services: an in-process queue (SQS), an outbox (the SMS provider)
 * and a scheduler over the same at()/cron() expressions (EventBridge Scheduler), fired by the local clock.
 */

import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Clock, systemClock } from '../shared/clock';
import {
  DEFAULT_DISPATCH_CONCURRENCY,
  DEFAULT_EXPORT_CONCURRENCY,
  DEFAULT_SEND_CONCURRENCY,
  QUEUE_RECEIVES,
} from '../shared/config';
import type { Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { inRange, queryAll } from '../shared/db/paginate';
import { type S3Notification, s3Notification } from '../shared/imports/aws/s3-events';
import type { Logger } from '../shared/logger';
import {
  type ClickQueue,
  type DispatchRequest,
  type ExportQueue,
  type ExportRequest,
  FAILURE_REASONS,
  type FailureReason,
  type ImportRequest,
  type LinkClick,
  type OutgoingSms,
  ProviderError,
  type Queues,
  type ReplySms,
  type Scheduler,
  type ScheduleSpec,
  type SendTask,
  type SmsProvider,
} from '../shared/ports';
import { REPORTS_PER_BATCH } from '../shared/reports/apply';
import { reportContext } from '../shared/reports/end-user-messaging';
import type { FinalDelivery } from '../shared/reports/report';
import { realSleep } from '../shared/sending/pace';
import { nextFiring } from '../shared/sending/schedules';
import { measureText } from '../shared/text/segments';

export interface QueueConsumers {
  dispatch(request: DispatchRequest): Promise<unknown>;
  /** Returns how many recipients of the task should be tried again. */
  send(task: SendTask): Promise<{ retry: number }>;
  /** The files function's work: an export to write, an import to read further, a file uploaded. */
  export(work: FileWork): Promise<unknown>;
}

/** What the files queue carries: an export, an import that goes on, or S3's notification of an upload. */
export type FileWork = ExportRequest | ImportRequest | S3Notification;

type LocalQueueName = 'dispatch' | 'send' | 'export';
type LocalMessage = DispatchRequest | SendTask | FileWork;

/**
 * How many messages of each queue are handled at once: as many as functions run deployed (each function
 * takes its batch one message after another). Unbounded, a burst of campaigns in one account had every
 * dispatch and chunk charge meet on its balance item at once.
 */
export const LOCAL_QUEUE_CONCURRENCY: Readonly<Record<LocalQueueName, number>> = {
  dispatch: DEFAULT_DISPATCH_CONCURRENCY,
  send: DEFAULT_SEND_CONCURRENCY,
  export: DEFAULT_EXPORT_CONCURRENCY,
};

/**
 * SQS and its functions in one process: each message is handled once a function is free, retried (at the
 * back of the line) while it asks to, then dead-lettered.
 */
export class LocalQueues implements Queues, ExportQueue {
  /** What failed every attempt, with when it was first queued. */
  readonly deadLetters: {
    queue: LocalQueueName;
    message: LocalMessage;
    queuedAt: number;
    error?: string;
  }[] = [];
  /** How many of the next dispatch hand-offs to refuse, as SQS does in an outage (`/_local/queues/outage`). */
  refuseDispatches = 0;
  #consumers: QueueConsumers | undefined;
  #pending = 0;
  #idle: (() => void)[] = [];
  readonly #running: Record<LocalQueueName, number> = { dispatch: 0, send: 0, export: 0 };
  readonly #waiting: Record<LocalQueueName, (() => void)[]> = { dispatch: [], send: [], export: [] };

  constructor(
    private readonly log: Logger,
    private readonly maxAttempts = QUEUE_RECEIVES,
    private readonly clock: Clock = systemClock,
    private readonly concurrency: Readonly<Record<LocalQueueName, number>> = LOCAL_QUEUE_CONCURRENCY,
  ) {}

  connect(consumers: QueueConsumers): void {
    this.#consumers = consumers;
  }

  async dispatch(request: DispatchRequest): Promise<void> {
    if (this.refuseDispatches > 0) {
      this.refuseDispatches--;
      throw Object.assign(new Error('the local dispatch queue refused the message (outage)'), {
        name: 'ServiceUnavailable',
      });
    }
    this.#dispatch(request, this.clock.now().getTime());
  }

  async send(tasks: readonly SendTask[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const task of tasks) this.#send(task, now);
  }

  async queueExport(request: ExportRequest): Promise<void> {
    this.#export(request, this.clock.now().getTime());
  }

  async continueImport(request: ImportRequest): Promise<void> {
    this.#export(request, this.clock.now().getTime());
  }

  /** A file uploaded, as S3 notifies its bucket's queue. */
  async fileUploaded(file: { bucket: string; key: string; bytes: number }): Promise<void> {
    this.#export(s3Notification(file, this.clock.now()), this.clock.now().getTime());
  }

  /** A queue's dead letters back in it, handled anew (SQS's message move task). Returns how many. */
  redrive(queue: LocalQueueName): number {
    const moved = this.deadLetters.filter((letter) => letter.queue === queue);
    this.deadLetters.splice(
      0,
      this.deadLetters.length,
      ...this.deadLetters.filter((letter) => letter.queue !== queue),
    );
    for (const letter of moved) {
      if (queue === 'dispatch') this.#dispatch(letter.message as DispatchRequest, letter.queuedAt);
      else if (queue === 'send') this.#send(letter.message as SendTask, letter.queuedAt);
      else this.#export(letter.message as FileWork, letter.queuedAt);
    }
    return moved.length;
  }

  #dispatch(request: DispatchRequest, queuedAt: number): void {
    this.#run({ queue: 'dispatch', message: request, queuedAt }, 1, async () => {
      await this.#consumersOrFail().dispatch(request);
      return false;
    });
  }

  #send(task: SendTask, queuedAt: number): void {
    this.#run(
      { queue: 'send', message: task, queuedAt },
      1,
      async () => (await this.#consumersOrFail().send(task)).retry > 0,
    );
  }

  #export(work: FileWork, queuedAt: number): void {
    this.#run({ queue: 'export', message: work, queuedAt }, 1, async () => {
      await this.#consumersOrFail().export(work);
      return false;
    });
  }

  /** Resolves once nothing is queued or running. */
  drain(): Promise<void> {
    return this.#pending === 0 ? Promise.resolve() : new Promise((done) => this.#idle.push(done));
  }

  #consumersOrFail(): QueueConsumers {
    if (!this.#consumers) throw new Error('the local queues have no consumers');
    return this.#consumers;
  }

  #run(
    letter: Omit<LocalQueues['deadLetters'][number], 'error'>,
    attempt: number,
    handle: () => Promise<boolean>,
  ): void {
    this.#pending++;
    const { queue } = letter;
    const handleOnce = async () => {
      this.#running[queue]++;
      try {
        const again = await handle();
        if (again) {
          if (attempt < this.maxAttempts) this.#run(letter, attempt + 1, handle);
          else this.deadLetters.push(letter);
        }
      } catch (error) {
        this.log.error('local queue: message failed', { error, attempt });
        if (attempt < this.maxAttempts) this.#run(letter, attempt + 1, handle);
        else this.deadLetters.push({ ...letter, error: String(error) });
      } finally {
        this.#running[queue]--;
        this.#waiting[queue].shift()?.();
        this.#pending--;
        if (this.#pending === 0) for (const done of this.#idle.splice(0)) done();
      }
    };
    setImmediate(() => {
      if (this.#running[queue] < this.concurrency[queue]) void handleOnce();
      else this.#waiting[queue].push(() => void handleOnce());
    });
  }
}

export interface OutboxEntry {
  to: string;
  from: string;
  text: string;
  encoding: string;
  segments: number;
  campaignId: string;
  occurrence: string;
  messageId: string;
  sentAt: string;
}

export type FailureRule = { kind: 'transient'; times: number } | { kind: 'final'; reason: string };

/** What the carrier will say of later messages (`/_local/outbox/reports`), per phone or for all. */
export interface ReportFate {
  outcome: FinalDelivery;
  providerStatus?: string;
  delaySeconds?: number;
  /** The final report comes this many more times. */
  duplicates?: number;
  /** A word still pending comes after the final one, though it was said before it. */
  outOfOrder?: boolean;
}

const DEFAULT_FATE: ReportFate = { outcome: 'DELIVERED', delaySeconds: 2 };
const PROVIDER_STATUS: Record<FinalDelivery, string> = {
  DELIVERED: 'TEXT_DELIVERED',
  UNDELIVERED: 'TEXT_CARRIER_UNREACHABLE',
  UNKNOWN: 'TEXT_UNKNOWN',
};

/** A report the outbox will hand to the reports handler once the local clock reaches `dueAt`. */
interface DueReport {
  dueAt: number;
  body: string;
  attempts: number;
}

/** How many times the reports handler is given a report before it is put aside, as SQS would. */
const REPORT_ATTEMPTS = QUEUE_RECEIVES;

/**
 * The SMS provider of the local stack: it keeps what it is given, and fails chosen numbers on demand.
 * It may take as long as a real provider's call (`latencyMs`, give or take half of it), so that the
 * send path is measured against one (LOCAL_PROVIDER_LATENCY_MS).
 */
export class Outbox implements SmsProvider, ClickQueue {
  readonly messages: OutboxEntry[] = [];
  /** What the two-way number answered to replies (stop and start confirmations). */
  readonly replies: (ReplySms & { messageId: string; sentAt: string })[] = [];
  readonly failures = new Map<string, FailureRule>();
  /** By phone; `*` for every phone without its own. */
  readonly fates = new Map<string, ReportFate>();
  #reports: DueReport[] = [];
  /** Reports the handler refused `REPORT_ATTEMPTS` times: the reports queue's dead letters. */
  readonly deadReports: { body: string; queuedAt: number }[] = [];
  #count = 0;

  constructor(
    private readonly clock: Clock,
    private readonly latency: { ms: number } = { ms: 0 },
  ) {}

  async send(message: OutgoingSms): Promise<{ messageId: string }> {
    if (this.latency.ms > 0) {
      const jittered = this.latency.ms * (0.5 + Math.random());
      await realSleep(Math.round(jittered));
    }
    const rule = this.failures.get(message.to);
    if (rule?.kind === 'final') {
      const known = (FAILURE_REASONS as readonly string[]).includes(rule.reason);
      throw new ProviderError(
        known ? (rule.reason as FailureReason) : 'provider-refused',
        false,
        rule.reason,
      );
    }
    if (rule?.kind === 'transient' && rule.times > 0) {
      rule.times--;
      throw new ProviderError('provider-refused', true, 'throttled');
    }
    const { encoding, segments } = measureText(message.text);
    const messageId = `local-${++this.#count}`;
    this.messages.push({ ...message, encoding, segments, messageId, sentAt: this.clock.now().toISOString() });
    this.#planReports(message, messageId, segments);
    return { messageId };
  }

  async sendReply(message: ReplySms): Promise<{ messageId: string }> {
    const messageId = `local-${++this.#count}`;
    this.replies.push({ ...message, messageId, sentAt: this.clock.now().toISOString() });
    return { messageId };
  }

  /** The events End User Messaging would publish for this message, each due when the carrier would speak. */
  #planReports(message: OutgoingSms, messageId: string, segments: number): void {
    const fate = this.fates.get(message.to) ?? this.fates.get('*') ?? DEFAULT_FATE;
    const sentAt = this.clock.now().getTime();
    const finalAt = sentAt + (fate.delaySeconds ?? DEFAULT_FATE.delaySeconds ?? 0) * 1000;
    const event = (at: number, isFinal: boolean, eventType: string, messageStatus: string) =>
      JSON.stringify({
        eventType,
        eventVersion: '1.0',
        eventTimestamp: at,
        isFinal,
        messageId,
        messageStatus,
        totalMessageParts: segments,
        context: reportContext(message),
      });
    const providerStatus = fate.providerStatus ?? PROVIDER_STATUS[fate.outcome];
    const final = event(finalAt, true, providerStatus, providerStatus.replace(/^TEXT_/, ''));
    for (let copy = 0; copy <= (fate.duplicates ?? 0); copy++)
      this.#reports.push({ dueAt: finalAt, body: final, attempts: 0 });
    if (fate.outOfOrder) {
      this.#reports.push({
        dueAt: finalAt + 1,
        body: event(sentAt, false, 'TEXT_SUCCESSFUL', 'SUCCESSFUL'),
        attempts: 0,
      });
    }
  }

  /**
   * Hands the reports due by `now` to `deliver` (as many at a time as the reports queue batches them);
   * those it gives back wait for the next call. Returns how many were taken.
   */
  async deliverDueReports(now: Date, deliver: (bodies: string[]) => Promise<Set<number>>): Promise<number> {
    const due = this.#reports.filter((report) => report.dueAt <= now.getTime());
    this.#reports = this.#reports.filter((report) => report.dueAt > now.getTime());
    for (let start = 0; start < due.length; start += REPORTS_PER_BATCH) {
      const batch = due.slice(start, start + REPORTS_PER_BATCH);
      const refused = await deliver(batch.map((report) => report.body));
      for (const index of refused) {
        const report = batch[index] as DueReport;
        if (++report.attempts >= REPORT_ATTEMPTS)
          this.deadReports.push({ body: report.body, queuedAt: this.clock.now().getTime() });
        else this.#reports.push(report);
      }
    }
    return due.length;
  }

  /** A click the redirect counted: it joins the reports queue, as it does deployed (`ClickQueue`). */
  async recordClick(click: LinkClick): Promise<void> {
    this.#reports.push({
      dueAt: this.clock.now().getTime(),
      body: JSON.stringify({ linkClick: click }),
      attempts: 0,
    });
  }

  /** The dead-lettered reports go back to be applied at the next call, as SQS's message move task does. */
  redriveReports(): void {
    const now = this.clock.now().getTime();
    for (const { body } of this.deadReports.splice(0)) this.#reports.push({ dueAt: now, body, attempts: 0 });
  }

  forCampaign(campaignId?: string): OutboxEntry[] {
    return campaignId ? this.messages.filter((message) => message.campaignId === campaignId) : this.messages;
  }
}

interface ScheduleItem extends ScheduleSpec {
  createdAt: string;
  /** The last slot fired, so a clock moved a week ahead fires every slot in between, once. */
  firedUntil: string;
}

/** EventBridge Scheduler's twin: the same schedules, kept in the table, fired when the local clock moves. */
export class LocalScheduler implements Scheduler {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly queues: Pick<Queues, 'dispatch'>,
  ) {}

  async create(schedules: readonly ScheduleSpec[]): Promise<void> {
    const now = this.clock.now().toISOString();
    for (const schedule of schedules) {
      await this.db.client.send(
        new PutCommand({
          TableName: this.db.tableName,
          Item: {
            ...keys.localSchedule(schedule.name),
            entity: 'localSchedule',
            ...schedule,
            createdAt: now,
            firedUntil: now,
          },
        }),
      );
    }
  }

  async delete(names: readonly string[]): Promise<void> {
    for (const name of names) {
      await this.db.client.send(
        new DeleteCommand({ TableName: this.db.tableName, Key: keys.localSchedule(name) }),
      );
    }
  }

  async list(): Promise<ScheduleItem[]> {
    const items: ScheduleItem[] = [];
    const pages = queryAll<ScheduleItem>(this.db, inRange(keys.localSchedules()));
    for await (const page of pages) items.push(...page);
    return items;
  }

  /** Fires every slot that fell due up to `now`, each once; a one-time schedule is deleted after it fires. */
  async fire(now: Date): Promise<number> {
    let fired = 0;
    for (const schedule of await this.list()) {
      let from = new Date(schedule.firedUntil);
      for (
        let next = nextFiring(schedule, from);
        next && next.getTime() <= now.getTime();
        next = nextFiring(schedule, from)
      ) {
        await this.queues.dispatch({ slot: next.toISOString(), ...schedule.request });
        fired++;
        from = next;
      }
      if (schedule.expression.startsWith('at(') && !nextFiring(schedule, from)) {
        await this.delete([schedule.name]);
      } else {
        await this.db.client.send(
          new UpdateCommand({
            TableName: this.db.tableName,
            Key: keys.localSchedule(schedule.name),
            UpdateExpression: 'SET firedUntil = :until',
            ExpressionAttributeValues: { ':until': from.toISOString() },
          }),
        );
      }
    }
    return fired;
  }
}
