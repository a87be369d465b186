import { join } from 'node:path';
import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { CfnSchedule, ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { capSettings, type ThroughputCaps } from '../../shared/sending/caps';
import { SEND_TIMEOUT_SECONDS } from '../../shared/sending/send';
import { CARRIER_DATA_FOLDER, carrierDataPath } from '../../shared/text/networks';
import { HouseFunction } from './house-function';
import { stackScopedName } from './names';
import { deadLetterQueue, encryptedQueue, type WatchedDeadLetters } from './queues';

export interface SendingProps {
  table: ITable;
  /** End User Messaging SMS message type for every send. */
  messageType: 'TRANSACTIONAL' | 'PROMOTIONAL';
  /** How many send functions may run at once. */
  sendConcurrency: number;
  dispatchConcurrency: number;
  /** Message parts per second each running send function may hand the provider (0: no limit). */
  partsPerSecond: number;
  /** Messages each running send function hands the provider at once. */
  messagesInFlight: number;
  /** Parts per second per country and per origination, across every send function (held in the table). */
  throughputCaps: ThroughputCaps;
  /** The End User Messaging configuration set every SMS is sent with (its events are the delivery reports). */
  configurationSet: { name: string; arn: string };
}

// Written with pseudo-parameters so the ARNs (and cdk-nag's findings on them) do not depend on the region.
const ORIGINATION_KINDS = ['sender-id', 'phone-number'];
const SMS_ORIGINATION_IDENTITIES = ORIGINATION_KINDS.map(
  (kind) => `arn:${Aws.PARTITION}:sms-voice:${Aws.REGION}:${Aws.ACCOUNT_ID}:${kind}/*`,
);

const FUNCTIONS_DIR = join(import.meta.dirname, '..', '..', 'functions');

/**
 * Scheduling and sending: the schedule group and the role EventBridge Scheduler uses, the dispatch and
 * send functions, their queues and dead-letter queues, and alarms on anything dead-lettered.
 */
export class Sending extends Construct {
  readonly scheduleGroup: ScheduleGroup;
  readonly schedulerRole: Role;
  readonly dispatchFunction: HouseFunction;
  readonly dispatchFunctionArn: string;
  readonly sendFunction: HouseFunction;
  readonly recoverFunction: HouseFunction;
  readonly dispatchQueue: Queue;
  readonly sendQueue: Queue;
  readonly schedulerDeadLetters: Queue;
  readonly deadLetters: WatchedDeadLetters[];

  constructor(scope: Construct, id: string, props: SendingProps) {
    super(scope, id);
    const stack = Stack.of(this);

    const lost = 'campaigns or messages did not go out';
    const dispatchDeadLetters = deadLetterQueue(this, 'DispatchDeadLetters', lost);
    const sendDeadLetters = deadLetterQueue(this, 'SendDeadLetters', lost);
    this.schedulerDeadLetters = deadLetterQueue(this, 'SchedulerDeadLetters', lost);
    this.dispatchQueue = encryptedQueue(this, 'DispatchQueue', {
      visibilityTimeout: Duration.minutes(6),
      deadLetterQueue: dispatchDeadLetters,
    });
    this.sendQueue = encryptedQueue(this, 'SendQueue', {
      visibilityTimeout: Duration.minutes(6),
      deadLetterQueue: sendDeadLetters,
    });
    this.deadLetters = [
      {
        name: 'dispatch',
        what: 'Envois planifiés qui n’ont pas pu être préparés',
        queue: dispatchDeadLetters,
        source: this.dispatchQueue,
      },
      {
        name: 'send',
        what: 'Lots de messages qui n’ont pas pu être envoyés',
        queue: sendDeadLetters,
        source: this.sendQueue,
      },
      // The scheduler's failed invocations come from no queue: nothing to send them back to.
      {
        name: 'scheduler',
        what: 'Déclenchements que le planificateur n’a pas pu remettre',
        queue: this.schedulerDeadLetters,
      },
    ];
    // Named, and so deleted with the stack (or a rolled-back first deploy), or the next deploy would meet
    // the name; its schedules fire this stack's dispatch function, which goes with it too.
    this.scheduleGroup = new ScheduleGroup(this, 'ScheduleGroup', {
      scheduleGroupName: stackScopedName(this, 'campaigns'),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Named, so that its ARN is known to the functions (itself included) that schedule it.
    const dispatchName = stackScopedName(this, 'dispatch');
    this.dispatchFunctionArn = `arn:${Aws.PARTITION}:lambda:${Aws.REGION}:${Aws.ACCOUNT_ID}:function:${dispatchName}`;
    this.dispatchFunction = new HouseFunction(this, 'Dispatch', {
      entry: join(FUNCTIONS_DIR, 'dispatch', 'handler.ts'),
      functionName: dispatchName,
      description: 'Plans one occurrence of a campaign: recipients in chunks onto the send queue',
      // A million recipients: read (a large audience is read here), priced and queued in a few minutes.
      // Within the dispatch queue's 6 minutes, and the preparation's claim (PREPARATION_CLAIM_MS).
      timeout: Duration.minutes(5),
      settings: { sendQueueUrl: this.sendQueue.queueUrl },
      // Scheduler invokes it asynchronously: an occurrence that fails Lambda's retries is kept, not dropped.
      deadLetterQueue: dispatchDeadLetters,
    }).useTable(props.table, 'readWrite', []);
    this.sendQueue.grantSendMessages(this.dispatchFunction);
    this.dispatchFunction.addEventSource(
      new SqsEventSource(this.dispatchQueue, {
        batchSize: 5,
        reportBatchItemFailures: true,
        maxConcurrency: props.dispatchConcurrency,
      }),
    );

    this.sendFunction = new HouseFunction(this, 'Send', {
      entry: join(FUNCTIONS_DIR, 'send', 'handler.ts'),
      description: 'Sends one chunk of recipients, each message once',
      timeout: Duration.seconds(SEND_TIMEOUT_SECONDS),
      // The usage counters name each number's network from libphonenumber's carrier data.
      assets: { [CARRIER_DATA_FOLDER]: carrierDataPath() },
      settings: {
        smsMessageType: props.messageType,
        smsConfigurationSet: props.configurationSet.name,
        sendPartsPerSecond: String(props.partsPerSecond),
        sendMessagesInFlight: String(props.messagesInFlight),
        ...capSettings(props.throughputCaps),
        // What the time limit did not allow is queued again at once.
        sendQueueUrl: this.sendQueue.queueUrl,
      },
    }).useTable(props.table, 'readWrite', []);
    this.sendQueue.grantSendMessages(this.sendFunction);
    this.sendFunction.addEventSource(
      new SqsEventSource(this.sendQueue, {
        batchSize: 4,
        reportBatchItemFailures: true,
        maxConcurrency: props.sendConcurrency,
      }),
    );
    this.#texting = { messageType: props.messageType, configurationSet: props.configurationSet };
    this.#allowTexting(this.sendFunction);

    // Every minute: immediate campaigns whose hand-off to the dispatch queue was lost are handed over
    // again, and events a stopped process left in the outbox are relayed.
    this.recoverFunction = new HouseFunction(this, 'Recover', {
      entry: join(FUNCTIONS_DIR, 'recover', 'handler.ts'),
      description: 'Hands immediate campaigns whose dispatch was lost to the dispatch queue again',
      timeout: Duration.minutes(1),
      memorySize: 256,
      settings: { dispatchQueueUrl: this.dispatchQueue.queueUrl },
      // gsi2: campaigns awaiting dispatch; gsi3: events left in the outbox.
    }).useTable(props.table, 'readWrite', ['gsi2', 'gsi3']);
    this.dispatchQueue.grantSendMessages(this.recoverFunction);
    const recoverInvoker = new Role(this, 'RecoverSchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'EventBridge Scheduler invokes the recovery function with this role',
    });
    recoverInvoker.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.recoverFunction.functionArn],
      }),
    );
    // L1: the L2 target would also allow invoking every version (`:*`), which nothing here needs.
    new CfnSchedule(this, 'RecoverEveryMinute', {
      description: 'Recovers lost hand-offs of immediate campaigns',
      scheduleExpression: 'rate(1 minute)',
      flexibleTimeWindow: { mode: 'OFF' },
      target: {
        arn: this.recoverFunction.functionArn,
        roleArn: recoverInvoker.roleArn,
        // A missed run is no loss: the next one, a minute later, looks again.
        retryPolicy: { maximumRetryAttempts: 0 },
      },
    });

    // Scheduler invokes the dispatch function, and nothing else.
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'EventBridge Scheduler invokes the dispatch function with this role',
    });
    this.schedulerRole.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.dispatchFunction.functionArn],
      }),
    );
    this.schedulerDeadLetters.grantSendMessages(this.schedulerRole);
    // Quiet hours: the dispatch function schedules the release of what they hold back (and never deletes).
    this.#allowSchedules(this.dispatchFunction, ['scheduler:CreateSchedule']);
  }

  /** How messages are handed to End User Messaging: by the send function, and by the test send's. */
  readonly #texting: Pick<SendingProps, 'messageType' | 'configurationSet'>;

  /** What an API function needs to hand messages to End User Messaging itself (a test send). */
  allowSending(fn: HouseFunction): void {
    fn.configure({
      smsMessageType: this.#texting.messageType,
      smsConfigurationSet: this.#texting.configurationSet.name,
    });
    this.#allowTexting(fn);
  }

  /** SendTextMessage with this account's origination identities and the stack's configuration set. */
  #allowTexting(fn: HouseFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['sms-voice:SendTextMessage'],
        resources: [...SMS_ORIGINATION_IDENTITIES, this.#texting.configurationSet.arn],
      }),
    );
    for (const kind of ORIGINATION_KINDS) {
      Validations.of(fn.role as Role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:${kind}/*]`,
        reason:
          "Customers' sender IDs are registered by operators after deploy: the send function (and the test send's) may use this account's origination identities, and only to SendTextMessage.",
      });
    }
  }

  /** What an API function needs to schedule, unschedule and queue campaigns. */
  allowScheduling(fn: HouseFunction): void {
    this.#allowSchedules(fn, ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
    this.dispatchQueue.grantSendMessages(fn);
    fn.configure({ dispatchQueueUrl: this.dispatchQueue.queueUrl });
  }

  /** Schedules in this stack's group, invoking the dispatch function with the scheduler's role. */
  #allowSchedules(fn: HouseFunction, actions: string[]): void {
    const group = this.scheduleGroup.scheduleGroupName;
    fn.addToRolePolicy(
      new PolicyStatement({
        actions,
        resources: [`arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule/${group}/*`],
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['iam:PassRole'], resources: [this.schedulerRole.roleArn] }),
    );
    fn.configure({
      scheduleGroup: group,
      dispatchFunctionArn: this.dispatchFunctionArn,
      schedulerRoleArn: this.schedulerRole.roleArn,
      schedulerDeadLetterQueueArn: this.schedulerDeadLetters.queueArn,
    });
    Validations.of(fn.role as Role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${group}/*]`,
      reason:
        "Schedules are named per campaign at run time: creating (and for the API, deleting) them is allowed inside this stack's schedule group only.",
    });
  }
}
