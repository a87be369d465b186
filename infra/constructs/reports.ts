import { join } from 'node:path';
import { Aws, Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { CfnConfigurationSet } from 'aws-cdk-lib/aws-smsvoice';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { REPORTS_PER_BATCH } from '../../shared/reports/apply';
import { CARRIER_DATA_FOLDER, carrierDataPath } from '../../shared/text/networks';
import { HouseFunction } from './house-function';
import { stackScopedName } from './names';
import { deadLetterQueue, encryptedQueue, type WatchedDeadLetters } from './queues';
import { endUserMessagingTopic } from './topics';

/** The redirect hands the clicks it counts to the reports queue, beside End User Messaging's events. */
export function allowClicks(reports: Reports, fn: HouseFunction) {
  reports.queue.grantSendMessages(fn);
  fn.configure({ reportsQueueUrl: reports.queue.queueUrl });
}

export interface ReportsProps {
  table: ITable;
  /** How many reports functions may run at once: each batch updates its campaigns' stats in a transaction. */
  concurrency: number;
}

const REPORTS_TIMEOUT = Duration.minutes(1);

/**
 * Delivery reports: the configuration set every SMS is sent with, whose event destination publishes
 * End User Messaging's SMS events to an SNS topic; the topic delivers them raw to the reports queue,
 * and the reports function applies them to messages and stats, a batch at a time.
 * (SNS rather than EventBridge's own `aws.sms-voice` events: those come best effort, for every
 * message of the AWS account; these are retried until the queue has them, and only for our sends.)
 */
export class Reports extends Construct {
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly reportsFunction: HouseFunction;
  readonly deadLetters: WatchedDeadLetters[];
  readonly queue: Queue;

  constructor(scope: Construct, id: string, props: ReportsProps) {
    super(scope, id);
    this.configurationSetName = stackScopedName(this, 'messages');
    this.configurationSetArn = `arn:${Aws.PARTITION}:sms-voice:${Aws.REGION}:${Aws.ACCOUNT_ID}:configuration-set/${this.configurationSetName}`;

    const topic = endUserMessagingTopic(
      this,
      'Topic',
      'the delivery reports End User Messaging publishes',
      this.configurationSetArn,
    );

    const configurationSet = new CfnConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: this.configurationSetName,
      eventDestinations: [
        {
          eventDestinationName: 'delivery-reports',
          enabled: true,
          matchingEventTypes: ['TEXT_ALL'],
          snsDestination: { topicArn: topic.topicArn },
        },
      ],
    });
    configurationSet.node.addDependency(topic);

    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'delivery reports were not applied');
    const queue = encryptedQueue(this, 'Queue', {
      visibilityTimeout: Duration.seconds(REPORTS_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: deadLetters,
    });
    this.queue = queue;
    topic.addSubscription(new SqsSubscription(queue, { rawMessageDelivery: true }));
    this.deadLetters = [
      { name: 'reports', what: 'Accusés de réception non appliqués', queue: deadLetters, source: queue },
    ];

    this.reportsFunction = new HouseFunction(this, 'Apply', {
      entry: join(import.meta.dirname, '..', '..', 'functions', 'reports', 'handler.ts'),
      description: "Applies End User Messaging's delivery reports to messages and campaign stats",
      timeout: REPORTS_TIMEOUT,
      memorySize: 512,
      assets: { [CARRIER_DATA_FOLDER]: carrierDataPath() },
    }).useTable(props.table, 'readWrite', []);
    this.reportsFunction.addEventSource(
      new SqsEventSource(queue, {
        batchSize: REPORTS_PER_BATCH,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.concurrency,
      }),
    );
  }
}
