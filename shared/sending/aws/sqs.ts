/** The AWS adapters of the queue ports: SQS. */
import {
  ChangeMessageVisibilityCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { type Env, requiredSetting } from '../../config';
import type {
  ClickQueue,
  DispatchQueue,
  DispatchRequest,
  ExportQueue,
  ExportRequest,
  ImportRequest,
  LinkClick,
  SendQueue,
  SendTask,
  WebhookDelivery,
  WebhookQueue,
} from '../../ports';

const SQS_BATCH_BYTES = 250_000;
/** SQS's longest visibility timeout: 12 hours. */
const MAX_VISIBILITY_SECONDS = 12 * 3600;

/** A queue that takes one JSON message at a time. */
class SqsOneByOne {
  constructor(
    private readonly client: SQSClient,
    private readonly url: string,
  ) {}

  protected async sendOne(body: unknown): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.url, MessageBody: JSON.stringify(body) }));
  }
}

/** SQS: the dispatch queue, one message per immediate campaign. */
export class SqsDispatchQueue extends SqsOneByOne implements DispatchQueue {
  dispatch(request: DispatchRequest): Promise<void> {
    return this.sendOne(request);
  }
}

/** SQS: the files queue, one message per export to write or import to read further. */
export class SqsExportQueue extends SqsOneByOne implements ExportQueue {
  queueExport(request: ExportRequest): Promise<void> {
    return this.sendOne(request);
  }

  continueImport(request: ImportRequest): Promise<void> {
    return this.sendOne(request);
  }
}

/** SQS: the reports queue, which takes the clicks the redirect counts beside End User Messaging's events. */
export class SqsClickQueue extends SqsOneByOne implements ClickQueue {
  recordClick(click: LinkClick): Promise<void> {
    return this.sendOne({ linkClick: click });
  }
}

/** SQS: the send queue, one message per chunk of recipients. */
export class SqsSendQueue implements SendQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly url: string,
  ) {}

  async send(tasks: readonly SendTask[]): Promise<void> {
    await sendInBatches(
      this.client,
      this.url,
      tasks.map((task) => ({ Id: `chunk-${task.chunk}`, MessageBody: JSON.stringify(task) })),
      'send tasks',
    );
  }
}

/** SQS: the webhook queue, one message per (endpoint, event); a failed one waits by its visibility. */
export class SqsWebhookQueue implements WebhookQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly url: string,
  ) {}

  async enqueue(deliveries: readonly WebhookDelivery[]): Promise<void> {
    await sendInBatches(
      this.client,
      this.url,
      deliveries.map((delivery, index) => ({ Id: `d${index}`, MessageBody: JSON.stringify(delivery) })),
      'webhook deliveries',
    );
  }

  async retryLater(receiptHandle: string, seconds: number): Promise<void> {
    await this.client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.url,
        ReceiptHandle: receiptHandle,
        VisibilityTimeout: Math.min(seconds, MAX_VISIBILITY_SECONDS),
      }),
    );
  }
}

/** Batches of at most 10 messages and 256 KB; entries SQS refuses are sent again, then reported. */
async function sendInBatches(
  client: SQSClient,
  url: string,
  entries: readonly { Id: string; MessageBody: string }[],
  what: string,
): Promise<void> {
  const batches: { Id: string; MessageBody: string }[][] = [];
  let current: { Id: string; MessageBody: string }[] = [];
  let size = 0;
  for (const entry of entries) {
    const bytes = Buffer.byteLength(entry.MessageBody);
    if (current.length === 10 || (current.length > 0 && size + bytes > SQS_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += bytes;
  }
  if (current.length) batches.push(current);
  for (const batch of batches) {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === 3) throw new Error(`SQS refused ${pending.length} ${what}`);
      const result = await client.send(new SendMessageBatchCommand({ QueueUrl: url, Entries: pending }));
      const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
      pending = pending.filter((entry) => failed.has(entry.Id));
    }
  }
}

export const dispatchQueueFromEnv = (env: Env): DispatchQueue =>
  new SqsDispatchQueue(new SQSClient({}), requiredSetting(env, 'dispatchQueueUrl'));

export const sendQueueFromEnv = (env: Env): SendQueue =>
  new SqsSendQueue(new SQSClient({}), requiredSetting(env, 'sendQueueUrl'));

export const webhookQueueFromEnv = (env: Env): WebhookQueue =>
  new SqsWebhookQueue(new SQSClient({}), requiredSetting(env, 'webhookQueueUrl'));

export const exportQueueFromEnv = (env: Env): ExportQueue =>
  new SqsExportQueue(new SQSClient({}), requiredSetting(env, 'exportQueueUrl'));

export const clickQueueFromEnv = (env: Env): ClickQueue =>
  new SqsClickQueue(new SQSClient({}), requiredSetting(env, 'reportsQueueUrl'));
