import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MAX_RECEIVES } from '../../shared/webhooks/deliver';
import { HouseFunction } from './house-function';
import { deadLetterQueue, encryptedQueue, type WatchedDeadLetters } from './queues';

export interface WebhooksProps {
  table: ITable;
  /** Webhook functions at once: with two deliveries per endpoint each, what one endpoint can receive at once is twice this. */
  concurrency: number;
}

/** Ten deliveries a batch, at most two at a time to one endpoint, ten seconds each: time for five rounds. */
const DELIVERY_TIMEOUT = Duration.seconds(60);

/**
 * Webhook deliveries: one queue message per (endpoint, event), the webhooks function posting each,
 * signed; a failed one comes back by its visibility (up to 12 hours) until three days have passed.
 * A message received `MAX_RECEIVES` times (retries and put-backs) is dead-lettered, with an alarm.
 */
export class Webhooks extends Construct {
  readonly queue: Queue;
  readonly deliveryFunction: HouseFunction;
  readonly deadLetters: WatchedDeadLetters[];

  constructor(scope: Construct, id: string, props: WebhooksProps) {
    super(scope, id);
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'webhook events were not delivered');
    this.queue = encryptedQueue(this, 'Queue', {
      visibilityTimeout: Duration.seconds(DELIVERY_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: deadLetters,
      maxReceiveCount: MAX_RECEIVES,
    });
    this.deadLetters = [
      {
        name: 'webhooks',
        what: 'Événements non livrés aux webhooks',
        queue: deadLetters,
        source: this.queue,
      },
    ];
    this.deliveryFunction = new HouseFunction(this, 'Deliver', {
      entry: join(import.meta.dirname, '..', '..', 'functions', 'webhooks', 'handler.ts'),
      description: "Posts signed events to customers' webhook endpoints, retrying for three days",
      timeout: DELIVERY_TIMEOUT,
      memorySize: 256,
      settings: { webhookQueueUrl: this.queue.queueUrl },
    }).useTable(props.table, 'readWrite', []);
    this.deliveryFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: props.concurrency,
      }),
    );
  }

  /** Lets a function hand events to the webhook queue. */
  allowRaising(fn: HouseFunction): void {
    this.queue.grantSendMessages(fn);
    fn.configure({ webhookQueueUrl: this.queue.queueUrl });
  }
}
