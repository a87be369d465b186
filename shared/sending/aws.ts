/** The AWS adapters of the sending ports: EventBridge Scheduler, SQS and End User Messaging SMS. */
import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import {
  ActionAfterCompletion,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  FlexibleTimeWindowMode,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { hasPortSettings, requiredSetting, type Setting, settingOf } from '../config';
import {
  type DispatchQueue,
  type DispatchRequest,
  type OutgoingSms,
  type Ports,
  ProviderError,
  type Scheduler,
  type ScheduleSpec,
  type SendQueue,
  type SendTask,
  type SmsProvider,
} from './ports';

export interface AwsSchedulerConfig {
  groupName: string;
  dispatchFunctionArn: string;
  /** The role EventBridge Scheduler assumes to invoke the dispatch function, and nothing else. */
  roleArn: string;
  deadLetterQueueArn: string;
}

/** One schedule per slot, named after the campaign: creating one again is harmless, deleting a gone one too. */
export class EventBridgeScheduler implements Scheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly config: AwsSchedulerConfig,
  ) {}

  async create(schedules: readonly ScheduleSpec[]): Promise<void> {
    for (const schedule of schedules) {
      try {
        await this.client.send(
          new CreateScheduleCommand({
            Name: schedule.name,
            GroupName: this.config.groupName,
            ScheduleExpression: schedule.expression,
            ScheduleExpressionTimezone: schedule.timezone,
            FlexibleTimeWindow: { Mode: FlexibleTimeWindowMode.OFF },
            ActionAfterCompletion: schedule.expression.startsWith('at(')
              ? ActionAfterCompletion.DELETE
              : ActionAfterCompletion.NONE,
            Target: {
              Arn: this.config.dispatchFunctionArn,
              RoleArn: this.config.roleArn,
              // The occurrence is named by the instant it was scheduled for.
              Input: JSON.stringify({ ...schedule.request, slot: '<aws.scheduler.scheduled-time>' }),
              RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 20 },
              DeadLetterConfig: { Arn: this.config.deadLetterQueueArn },
            },
          }),
        );
      } catch (error) {
        if ((error as Error).name !== 'ConflictException') throw error;
      }
    }
  }

  async delete(names: readonly string[]): Promise<void> {
    for (const name of names) {
      try {
        await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.config.groupName }));
      } catch (error) {
        if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      }
    }
  }
}

const SQS_BATCH_BYTES = 250_000;
/** Well inside the send function's reserve (`send.ts`), so a slow call never runs past its deadline. */
const PROVIDER_CALL_TIMEOUT_MS = 5_000;

/** SQS: the dispatch queue, one message per immediate campaign. */
export class SqsDispatchQueue implements DispatchQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly url: string,
  ) {}

  async dispatch(request: DispatchRequest): Promise<void> {
    await this.client.send(
      new SendMessageCommand({ QueueUrl: this.url, MessageBody: JSON.stringify(request) }),
    );
  }
}

/** SQS: the send queue, one message per chunk of recipients. */
export class SqsSendQueue implements SendQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly url: string,
  ) {}

  /** Batches of at most 10 messages and 256 KB; entries SQS refuses are sent again, then reported. */
  async send(tasks: readonly SendTask[]): Promise<void> {
    const entries = tasks.map((task) => ({ Id: `chunk-${task.chunk}`, MessageBody: JSON.stringify(task) }));
    const batches: (typeof entries)[] = [];
    let current: typeof entries = [];
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
        if (attempt === 3) throw new Error(`SQS refused ${pending.length} send tasks`);
        const result = await this.client.send(
          new SendMessageBatchCommand({ QueueUrl: this.url, Entries: pending }),
        );
        const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
        pending = pending.filter((entry) => failed.has(entry.Id));
      }
    }
  }
}

const RETRYABLE = new Set([
  'ThrottlingException',
  'InternalServerException',
  'ServiceUnavailableException',
  // Never connected: nothing reached the provider.
  'ECONNREFUSED',
  'EAI_AGAIN',
]);
/** The call may have reached the provider and its answer was lost: neither sent nor refused for sure. */
const NO_ANSWER = new Set([
  'TimeoutError',
  'RequestTimeout',
  'AbortError',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** AWS End User Messaging SMS: the sender name is the origination identity; errors sorted into retryable and final. */
export class EndUserMessagingSms implements SmsProvider {
  constructor(
    private readonly client: PinpointSMSVoiceV2Client,
    private readonly options: { messageType: 'TRANSACTIONAL' | 'PROMOTIONAL'; configurationSetName?: string },
  ) {}

  async send(message: OutgoingSms): Promise<{ messageId: string }> {
    try {
      const result = await this.client.send(
        new SendTextMessageCommand({
          DestinationPhoneNumber: `+${message.to}`,
          OriginationIdentity: message.from,
          MessageBody: message.text,
          MessageType: this.options.messageType,
          ...(this.options.configurationSetName
            ? { ConfigurationSetName: this.options.configurationSetName }
            : {}),
          Context: { campaignId: message.campaignId, occurrence: message.occurrence },
        }),
      );
      return { messageId: result.MessageId ?? '' };
    } catch (error) {
      const name = (error as Error).name;
      const code = (error as { code?: string }).code ?? '';
      // Left as it is: the send path lets the message's claim lease decide, and never sends it blindly again.
      if (NO_ANSWER.has(name) || NO_ANSWER.has(code)) throw error;
      const reason = (error as { Reason?: string }).Reason;
      if (
        RETRYABLE.has(name) ||
        RETRYABLE.has(code) ||
        ((error as { $retryable?: unknown }).$retryable ?? false)
      ) {
        throw new ProviderError(name, true);
      }
      throw new ProviderError(reason ? `${name}: ${reason}` : name, false);
    }
  }
}

/** The ports a deployed function has: those whose settings the CDK app gave it (`config.ts`). */
export function portsFromEnv(env: Record<string, string | undefined> = process.env): Partial<Ports> {
  const setting = (name: Setting) => requiredSetting(env, name);
  const ports: Partial<Ports> = {};
  if (hasPortSettings(env, 'scheduler')) {
    ports.scheduler = new EventBridgeScheduler(new SchedulerClient({}), {
      groupName: setting('scheduleGroup'),
      dispatchFunctionArn: setting('dispatchFunctionArn'),
      roleArn: setting('schedulerRoleArn'),
      deadLetterQueueArn: setting('schedulerDeadLetterQueueArn'),
    });
  }
  if (hasPortSettings(env, 'dispatchQueue')) {
    ports.dispatchQueue = new SqsDispatchQueue(sqs(), setting('dispatchQueueUrl'));
  }
  if (hasPortSettings(env, 'sendQueue')) ports.sendQueue = new SqsSendQueue(sqs(), setting('sendQueueUrl'));
  if (hasPortSettings(env, 'smsProvider')) {
    const configurationSetName = settingOf(env, 'smsConfigurationSet');
    // A call that hangs would outlive the function's deadline; one that times out counts as unknown.
    const client = new PinpointSMSVoiceV2Client({
      requestHandler: { connectionTimeout: 2_000, requestTimeout: PROVIDER_CALL_TIMEOUT_MS },
    });
    ports.smsProvider = new EndUserMessagingSms(client, {
      messageType: setting('smsMessageType') === 'PROMOTIONAL' ? 'PROMOTIONAL' : 'TRANSACTIONAL',
      ...(configurationSetName ? { configurationSetName } : {}),
    });
  }
  return ports;
}

let sqsClient: SQSClient | undefined;
const sqs = () => {
  sqsClient ??= new SQSClient({});
  return sqsClient;
};
