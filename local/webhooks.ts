/**
 * The webhook queue's twin: SQS's visibility on the local clock. A delivery is handed to the webhooks
 * handler (batches of 10, a few batches at once, as the event source mapping would); one the handler
 * puts back (`retryLater`) waits until the local clock reaches its time; after `MAX_RECEIVES` it is
 * dead-lettered.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { WebhookDelivery, WebhookQueue } from '../shared/ports';
import { MAX_RECEIVES } from '../shared/webhooks/deliver';

const BATCH_SIZE = 10;
const BATCHES_AT_ONCE = 4;

interface LocalMessage {
  id: string;
  body: string;
  receives: number;
  visibleAt: number;
  queuedAt: number;
}

export class LocalWebhookQueue implements WebhookQueue {
  /** Deliveries that failed every receive, with when they were first queued. */
  readonly deadLetters: { body: string; queuedAt: number }[] = [];
  #messages = new Map<string, LocalMessage>();
  #inFlight = new Set<string>();
  #count = 0;
  #running = 0;
  #idle: (() => void)[] = [];
  #consumer: ((event: SQSEvent) => Promise<SQSBatchResponse>) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  connect(consumer: (event: SQSEvent) => Promise<SQSBatchResponse>): void {
    this.#consumer = consumer;
  }

  async enqueue(deliveries: readonly WebhookDelivery[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const delivery of deliveries) {
      const id = `webhook-${++this.#count}`;
      this.#messages.set(id, {
        id,
        body: JSON.stringify(delivery),
        receives: 0,
        visibleAt: now,
        queuedAt: now,
      });
    }
    setImmediate(() => this.#pump());
  }

  /** Its dead letters back in the queue, received anew (SQS's message move task). */
  redrive(): number {
    const now = this.clock.now().getTime();
    const moved = this.deadLetters.splice(0);
    for (const letter of moved) {
      const id = `webhook-${++this.#count}`;
      this.#messages.set(id, {
        id,
        body: letter.body,
        receives: 0,
        visibleAt: now,
        queuedAt: letter.queuedAt,
      });
    }
    setImmediate(() => this.#pump());
    return moved.length;
  }

  async retryLater(receiptHandle: string, seconds: number): Promise<void> {
    const message = this.#messages.get(receiptHandle);
    if (message) message.visibleAt = this.clock.now().getTime() + seconds * 1000;
  }

  /** Hands over what is visible by now (the local stack calls it on each tick). Returns how many. */
  deliverDue(): number {
    const due = this.#visible().length;
    this.#pump();
    return due;
  }

  /** When the next waiting delivery becomes visible, if any waits. */
  nextVisibleAt(): Date | undefined {
    const times = [...this.#messages.values()].map((message) => message.visibleAt);
    return times.length ? new Date(Math.min(...times)) : undefined;
  }

  /** How many deliveries wait (for their time, or in flight). */
  get waiting(): number {
    return this.#messages.size;
  }

  /** Resolves once nothing visible is left to hand over nor in flight. */
  drain(): Promise<void> {
    return this.#running === 0 && this.#visible().length === 0
      ? Promise.resolve()
      : new Promise((done) => this.#idle.push(done));
  }

  #visible(): LocalMessage[] {
    const now = this.clock.now().getTime();
    return [...this.#messages.values()].filter(
      (message) => message.visibleAt <= now && !this.#inFlight.has(message.id),
    );
  }

  #pump(): void {
    while (this.#running < BATCHES_AT_ONCE) {
      const batch = this.#visible().slice(0, BATCH_SIZE);
      if (batch.length === 0) break;
      this.#running++;
      for (const message of batch) this.#inFlight.add(message.id);
      void this.#handle(batch).finally(() => {
        this.#running--;
        for (const message of batch) this.#inFlight.delete(message.id);
        this.#pump();
        if (this.#running === 0 && this.#visible().length === 0)
          for (const done of this.#idle.splice(0)) done();
      });
    }
  }

  async #handle(batch: LocalMessage[]): Promise<void> {
    if (!this.#consumer) throw new Error('the local webhook queue has no consumer');
    const now = this.clock.now().getTime();
    for (const message of batch) {
      message.receives++;
      // Received: invisible until handled, or until the handler says when to come back.
      message.visibleAt = now + 60_000;
    }
    let failed: Set<string>;
    try {
      const answer = await this.#consumer({
        Records: batch.map(
          (message) =>
            ({
              messageId: message.id,
              receiptHandle: message.id,
              body: message.body,
              attributes: { ApproximateReceiveCount: String(message.receives) },
            }) as unknown as SQSRecord,
        ),
      });
      failed = new Set(answer.batchItemFailures.map((failure) => failure.itemIdentifier));
    } catch (error) {
      this.log.error('local webhook queue: the handler failed', { error });
      failed = new Set(batch.map((message) => message.id));
    }
    for (const message of batch) {
      if (!failed.has(message.id)) this.#messages.delete(message.id);
      else if (message.receives >= MAX_RECEIVES) {
        this.#messages.delete(message.id);
        this.deadLetters.push({ body: message.body, queuedAt: message.queuedAt });
      }
    }
  }
}
