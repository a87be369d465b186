import { join } from 'node:path';
import { Aws, Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { HouseFunction } from './house-function';
import { deadLetterQueue, encryptedQueue, type WatchedDeadLetters } from './queues';
import { endUserMessagingTopic } from './topics';

export interface RepliesProps {
  table: ITable;
  /** The two-way number (bought outside the stack) whose replies come here; any of the account's if unset. */
  twoWayPhoneNumberArn?: string;
  /** Whether the number answers stop and start keywords with a confirmation SMS. */
  confirmReplies: boolean;
  /** How the SMS provider port is configured (the confirmation itself goes without the configuration set). */
  sms: { messageType: 'TRANSACTIONAL' | 'PROMOTIONAL'; configurationSetName: string };
}

// Written with pseudo-parameters so the ARN (and cdk-nag's finding on it) does not depend on the region.
const ANY_PHONE_NUMBER = `arn:${Aws.PARTITION}:sms-voice:${Aws.REGION}:${Aws.ACCOUNT_ID}:phone-number/*`;

const INBOUND_TIMEOUT = Duration.seconds(30);

/**
 * Replies to the two-way number: its two-way channel (set on the number to `topic`) publishes each
 * inbound SMS to an SNS topic, which delivers it raw to the inbound queue; the inbound function moves
 * the opt-out lists on stop and start keywords, and confirms them from the number.
 */
export class Replies extends Construct {
  readonly topic: Topic;
  readonly inboundFunction: HouseFunction;
  readonly deadLetters: WatchedDeadLetters[];

  constructor(scope: Construct, id: string, props: RepliesProps) {
    super(scope, id);
    this.topic = endUserMessagingTopic(
      this,
      'Topic',
      'the replies End User Messaging receives on the two-way number',
      props.twoWayPhoneNumberArn,
    );
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'replies were not handled');
    const queue = encryptedQueue(this, 'Queue', {
      visibilityTimeout: Duration.seconds(INBOUND_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: deadLetters,
    });
    this.topic.addSubscription(new SqsSubscription(queue, { rawMessageDelivery: true }));
    this.deadLetters = [
      { name: 'replies', what: 'Réponses (STOP…) non traitées', queue: deadLetters, source: queue },
    ];
    this.inboundFunction = new HouseFunction(this, 'Inbound', {
      entry: join(import.meta.dirname, '..', '..', 'functions', 'inbound', 'handler.ts'),
      description: 'Moves opt-out lists on the stop and start keywords replied to the two-way number',
      timeout: INBOUND_TIMEOUT,
      memorySize: 256,
      settings: props.confirmReplies
        ? {
            replyConfirmations: 'on',
            smsMessageType: props.sms.messageType,
            smsConfigurationSet: props.sms.configurationSetName,
          }
        : { replyConfirmations: 'off' },
      // gsi3: which accounts reached the replying phone.
    }).useTable(props.table, 'readWrite', ['gsi3']);
    if (props.confirmReplies) {
      // The confirmation goes from the number the reply came to.
      this.inboundFunction.addToRolePolicy(
        new PolicyStatement({
          actions: ['sms-voice:SendTextMessage'],
          resources: [props.twoWayPhoneNumberArn ?? ANY_PHONE_NUMBER],
        }),
      );
      if (!props.twoWayPhoneNumberArn) {
        Validations.of(this.inboundFunction.role as Role).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sms-voice:<AWS::Region>:<AWS::AccountId>:phone-number/*]',
          reason:
            "No two-way number was named at synth (-c twoWayPhoneNumberArn): confirmations may go from any of this account's numbers, and only by SendTextMessage.",
        });
      }
    }
    this.inboundFunction.addEventSource(
      new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 2 }),
    );
  }
}
