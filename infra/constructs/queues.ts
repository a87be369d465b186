import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { QUEUE_RECEIVES, THROTTLED_SECONDS } from '../../shared/config';

/** Every queue of the stack: encrypted, TLS only, messages kept 14 days; enough receives (unless told) to last `THROTTLED_SECONDS` of throttling before its dead-letter queue. */
export function encryptedQueue(
  scope: Construct,
  id: string,
  props: { visibilityTimeout?: Duration; deadLetterQueue?: Queue; maxReceiveCount?: number } = {},
): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    ...(props.visibilityTimeout ? { visibilityTimeout: props.visibilityTimeout } : {}),
    ...(props.deadLetterQueue
      ? {
          deadLetterQueue: {
            queue: props.deadLetterQueue,
            maxReceiveCount: props.maxReceiveCount ?? receivesFor(props.visibilityTimeout),
          },
        }
      : {}),
  });
}

/** Receives enough to last `THROTTLED_SECONDS` of throttling at this visibility (SQS's default: 30 s). */
const receivesFor = (visibility = Duration.seconds(30)) =>
  Math.max(QUEUE_RECEIVES, Math.ceil(THROTTLED_SECONDS / visibility.toSeconds()));

/** A dead-letter queue, with an alarm as soon as anything lands in it; `what` says what was lost. */
export function deadLetterQueue(scope: Construct, id: string, what: string): Queue {
  const queue = encryptedQueue(scope, id);
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This is a dead-letter queue; an alarm watches its depth.',
  });
  new Alarm(scope, `${id}Alarm`, {
    alarmDescription: `Messages are dead-lettered in ${id}: ${what}.`,
    metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  return queue;
}

/** A dead-letter queue operators watch: what its messages are, and the queue they came from (if one). */
export interface WatchedDeadLetters {
  name: string;
  what: string;
  queue: Queue;
  /** The queue whose redrive policy sends here: a redrive sends the messages back to it. */
  source?: Queue;
}
