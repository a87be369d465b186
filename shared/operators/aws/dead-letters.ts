/**
 * The dead-letter queues on SQS: depth from `GetQueueAttributes`, the oldest message among the first ten
 * a peek reads (`ReceiveMessage` with no visibility: nothing is taken), and the redrive as SQS's own
 * message move task, which sends each message back to the queue it was dead-lettered from.
 */
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { type Env, requiredSetting } from '../../config';
import type { DeadLetterQueue, DeadLetters } from '../../ports';

const queuesSchema = z.array(
  z.object({ name: z.string(), what: z.string(), url: z.string(), arn: z.string(), redrivable: z.boolean() }),
);
export type DeadLetterQueueConfig = z.infer<typeof queuesSchema>[number];

export class SqsDeadLetters implements DeadLetters {
  constructor(
    private readonly client: SQSClient,
    private readonly queues: readonly DeadLetterQueueConfig[],
  ) {}

  async list(): Promise<DeadLetterQueue[]> {
    return Promise.all(
      this.queues.map(async (queue) => {
        const [attributes, peek] = await Promise.all([
          this.client.send(
            new GetQueueAttributesCommand({
              QueueUrl: queue.url,
              AttributeNames: ['ApproximateNumberOfMessages'],
            }),
          ),
          this.client.send(
            new ReceiveMessageCommand({
              QueueUrl: queue.url,
              MaxNumberOfMessages: 10,
              VisibilityTimeout: 0,
              WaitTimeSeconds: 0,
              MessageSystemAttributeNames: ['SentTimestamp'],
            }),
          ),
        ]);
        const sent = (peek.Messages ?? [])
          .map((message) => Number(message.Attributes?.SentTimestamp))
          .filter((at) => Number.isFinite(at));
        return {
          name: queue.name,
          what: queue.what,
          depth: Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0),
          ...(sent.length ? { oldestAt: new Date(Math.min(...sent)).toISOString() } : {}),
          redrivable: queue.redrivable,
        };
      }),
    );
  }

  async redrive(name: string) {
    const queue = this.queues.find((candidate) => candidate.name === name);
    if (!queue) return { found: false, redrivable: false };
    if (!queue.redrivable) return { found: true, redrivable: false };
    await this.client.send(new StartMessageMoveTaskCommand({ SourceArn: queue.arn }));
    return { found: true, redrivable: true };
  }
}

export const deadLettersFromEnv = (env: Env): DeadLetters =>
  new SqsDeadLetters(
    new SQSClient({}),
    queuesSchema.parse(JSON.parse(requiredSetting(env, 'deadLetterQueues'))),
  );
