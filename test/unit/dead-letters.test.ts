import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SqsDeadLetters } from '../../shared/operators/aws/dead-letters';

const sqs = mockClient(SQSClient);
const queues = [
  {
    name: 'send',
    what: 'Lots',
    url: 'https://sqs/send-dlq',
    arn: 'arn:aws:sqs:eu-west-1:1:send-dlq',
    redrivable: true,
  },
  {
    name: 'scheduler',
    what: 'Déclenchements',
    url: 'https://sqs/sch-dlq',
    arn: 'arn:aws:sqs:eu-west-1:1:sch-dlq',
    redrivable: false,
  },
];

beforeEach(() => sqs.reset());

describe('the dead-letter queues on SQS', () => {
  it('reads the depth, and the oldest message among ten peeked at without hiding them', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } });
    sqs.on(ReceiveMessageCommand).resolves({
      Messages: [
        { Attributes: { SentTimestamp: '1764900000000' } },
        { Attributes: { SentTimestamp: '1764800000000' } },
      ],
    });
    const listed = await new SqsDeadLetters(new SQSClient({}), queues).list();
    expect(listed[0]).toEqual({
      name: 'send',
      what: 'Lots',
      depth: 3,
      oldestAt: new Date(1764800000000).toISOString(),
      redrivable: true,
    });
    expect(sqs.commandCalls(ReceiveMessageCommand)[0]?.args[0].input).toEqual({
      QueueUrl: 'https://sqs/send-dlq',
      MaxNumberOfMessages: 10,
      VisibilityTimeout: 0,
      WaitTimeSeconds: 0,
      MessageSystemAttributeNames: ['SentTimestamp'],
    });
  });

  it('redrives with a message move task from the dead-letter queue, never one whose messages came from no queue', async () => {
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task' });
    const deadLetters = new SqsDeadLetters(new SQSClient({}), queues);
    expect(await deadLetters.redrive('send')).toEqual({ found: true, redrivable: true });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand).map((call) => call.args[0].input)).toEqual([
      { SourceArn: 'arn:aws:sqs:eu-west-1:1:send-dlq' },
    ]);
    expect(await deadLetters.redrive('scheduler')).toEqual({ found: true, redrivable: false });
    expect(await deadLetters.redrive('nowhere')).toEqual({ found: false, redrivable: false });
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(1);
  });
});
