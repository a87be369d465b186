import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError, type SendTask } from '../../shared/ports';
import { EventBridgeScheduler } from '../../shared/sending/aws/scheduler';
import { EndUserMessagingSms } from '../../shared/sending/aws/sms';
import { SqsDispatchQueue, SqsSendQueue } from '../../shared/sending/aws/sqs';
import { timeToLiveOf } from '../../shared/sending/send';

const schedulerMock = mockClient(SchedulerClient);
const sqsMock = mockClient(SQSClient);
const smsMock = mockClient(PinpointSMSVoiceV2Client);

afterEach(() => {
  schedulerMock.reset();
  sqsMock.reset();
  smsMock.reset();
});

const config = {
  groupName: 'sms-platform',
  dispatchFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:dispatch',
  roleArn: 'arn:aws:iam::111122223333:role/scheduler',
  deadLetterQueueArn: 'arn:aws:sqs:eu-west-1:111122223333:scheduler-dlq',
};
const request = { accountId: 'a1', campaignId: 'c1' };

const named = (name: string) => Object.assign(new Error(name), { name });

describe('the EventBridge Scheduler adapter', () => {
  it('creates an at() schedule deleted after it fires, and a weekly cron() in the campaign time zone', async () => {
    schedulerMock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });
    await new EventBridgeScheduler(new SchedulerClient({}), config).create([
      { name: 'campaign-c1-once', expression: 'at(2026-06-20T10:00:00)', timezone: 'UTC', request },
      { name: 'campaign-c1-monday', expression: 'cron(0 9 ? * MON *)', timezone: 'Africa/Abidjan', request },
    ]);
    const calls = schedulerMock.commandCalls(CreateScheduleCommand).map((call) => call.args[0].input);
    expect(calls).toEqual([
      {
        Name: 'campaign-c1-once',
        GroupName: 'sms-platform',
        ScheduleExpression: 'at(2026-06-20T10:00:00)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: config.dispatchFunctionArn,
          RoleArn: config.roleArn,
          Input: '{"slot":"<aws.scheduler.scheduled-time>","accountId":"a1","campaignId":"c1"}',
          RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 20 },
          DeadLetterConfig: { Arn: config.deadLetterQueueArn },
        },
      },
      expect.objectContaining({
        Name: 'campaign-c1-monday',
        ScheduleExpression: 'cron(0 9 ? * MON *)',
        ScheduleExpressionTimezone: 'Africa/Abidjan',
        ActionAfterCompletion: 'NONE',
      }),
    ]);
  });

  it('takes a conflict on create and a missing schedule on delete as done, and passes other errors on', async () => {
    schedulerMock.on(CreateScheduleCommand).rejects(named('ConflictException'));
    schedulerMock.on(DeleteScheduleCommand).rejects(named('ResourceNotFoundException'));
    const scheduler = new EventBridgeScheduler(new SchedulerClient({}), config);
    await scheduler.create([{ name: 'n', expression: 'at(2026-06-20T10:00:00)', timezone: 'UTC', request }]);
    await scheduler.delete(['n']);
    expect(schedulerMock.commandCalls(DeleteScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'n',
      GroupName: 'sms-platform',
    });
    schedulerMock.on(DeleteScheduleCommand).rejects(named('AccessDeniedException'));
    await expect(scheduler.delete(['n'])).rejects.toThrow('AccessDeniedException');
  });
});

describe('the SQS adapter', () => {
  const task = (chunk: number, recipients = 1): SendTask => ({
    ...request,
    slot: '2026-06-20T10:00:00Z',
    chunk,
    senderName: 'SMSInfo',
    text: 'Bonjour',
    recipients: Array.from({ length: recipients }, (_, i) => ({
      id: `id${i}`,
      phone: `2250700${String(i).padStart(6, '0')}`,
      name: 'N'.repeat(60),
    })),
  });

  it('sends chunks in batches of at most 10 messages and 256 KB, retrying refused entries', async () => {
    sqsMock
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: 'chunk-1', SenderFault: false, Code: 'x' }] })
      .resolves({});
    await new SqsSendQueue(new SQSClient({}), 'sq').send(Array.from({ length: 12 }, (_, i) => task(i, 250)));
    const batches = sqsMock.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input);
    for (const batch of batches) {
      expect(batch.QueueUrl).toBe('sq');
      expect((batch.Entries ?? []).length).toBeLessThanOrEqual(10);
      expect(
        (batch.Entries ?? []).reduce((sum, entry) => sum + Buffer.byteLength(entry.MessageBody ?? ''), 0),
      ).toBeLessThanOrEqual(256 * 1024);
    }
    const sent = batches.flatMap((batch) => (batch.Entries ?? []).map((entry) => entry.Id));
    expect(sent.filter((id) => id === 'chunk-1')).toHaveLength(2);
    expect(new Set(sent).size).toBe(12);
  });

  it('queues a dispatch as one message', async () => {
    sqsMock.on(SendMessageCommand).resolves({});
    await new SqsDispatchQueue(new SQSClient({}), 'dq').dispatch({
      ...request,
      slot: 's',
    });
    expect(sqsMock.commandCalls(SendMessageCommand)[0]?.args[0].input).toEqual({
      QueueUrl: 'dq',
      MessageBody: '{"accountId":"a1","campaignId":"c1","slot":"s"}',
    });
  });
});

describe('the End User Messaging SMS adapter', () => {
  const message = {
    to: '2250101010101',
    from: 'MySender',
    text: 'Bonjour',
    accountId: 'a1',
    campaignId: 'c1',
    occurrence: 's1',
  };
  const provider = () =>
    new EndUserMessagingSms(new PinpointSMSVoiceV2Client({}), {
      messageType: 'TRANSACTIONAL',
      configurationSetName: 'SmsPlatform-messages',
    });

  it('sends with the sender name as origination identity, the configuration set, and the message named in the context', async () => {
    smsMock.on(SendTextMessageCommand).resolves({ MessageId: 'm-1' });
    expect(await provider().send(message)).toEqual({ messageId: 'm-1' });
    expect(smsMock.commandCalls(SendTextMessageCommand)[0]?.args[0].input).toEqual({
      DestinationPhoneNumber: '+2250101010101',
      OriginationIdentity: 'MySender',
      MessageBody: 'Bonjour',
      MessageType: 'TRANSACTIONAL',
      ConfigurationSetName: 'SmsPlatform-messages',
      Context: { accountId: 'a1', campaignId: 'c1', occurrence: 's1', phone: '2250101010101' },
    });
  });

  it('tells End User Messaging how long the message stays worth delivering (TimeToLive), when the campaign says', async () => {
    smsMock.on(SendTextMessageCommand).resolves({ MessageId: 'm-2' });
    await provider().send({ ...message, timeToLive: 900 });
    expect(smsMock.commandCalls(SendTextMessageCommand)[0]?.args[0].input).toMatchObject({ TimeToLive: 900 });
    expect(timeToLiveOf(900_400)).toBe(900);
    // Its bounds: 5 seconds to 72 hours.
    expect(timeToLiveOf(1_000)).toBe(5);
    expect(timeToLiveOf(4 * 86_400_000)).toBe(259_200);
  });

  it.each([
    ['ThrottlingException', true],
    ['InternalServerException', true],
    ['ValidationException', false],
    ['ResourceNotFoundException', false],
  ])('sorts %s as retryable: %s', async (name, retryable) => {
    smsMock.on(SendTextMessageCommand).rejects(named(name));
    const error = await provider()
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).retryable).toBe(retryable);
  });

  it.each([
    ['TimeoutError', ''],
    ['Error', 'ECONNRESET'],
  ])('leaves a call with no answer (%s %s) unknown, not refused nor retryable', async (name, code) => {
    smsMock.on(SendTextMessageCommand).rejects(Object.assign(named(name), { code }));
    const error = await provider()
      .send(message)
      .catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ name });
  });

  it('sends a reply confirmation from the two-way number, transactional, without the configuration set or a context', async () => {
    smsMock.on(SendTextMessageCommand).resolves({ MessageId: 'm-2' });
    const reply = { to: '2250101010101', from: '+2250000000000', text: 'Désinscrit' };
    expect(await provider().sendReply(reply)).toEqual({ messageId: 'm-2' });
    expect(smsMock.commandCalls(SendTextMessageCommand)[0]?.args[0].input).toEqual({
      DestinationPhoneNumber: '+2250101010101',
      OriginationIdentity: '+2250000000000',
      MessageBody: 'Désinscrit',
      MessageType: 'TRANSACTIONAL',
    });
    smsMock.on(SendTextMessageCommand).rejects(named('ThrottlingException'));
    await expect(provider().sendReply(reply)).rejects.toMatchObject({ retryable: true });
  });

  it('retries a call that never connected', async () => {
    smsMock.on(SendTextMessageCommand).rejects(Object.assign(named('Error'), { code: 'ECONNREFUSED' }));
    await expect(provider().send(message)).rejects.toMatchObject({ retryable: true });
  });

  it("names a final refusal by the contract's reason, keeping the provider's own words", async () => {
    const refusals = [
      ['ConflictException', 'DESTINATION_PHONE_NUMBER_OPTED_OUT', 'opted-out'],
      ['ValidationException', 'INVALID_DESTINATION_PHONE_NUMBER', 'invalid-number'],
      ['ValidationException', 'DESTINATION_PHONE_NUMBER_NOT_VERIFIED', 'provider-refused'],
      ['ValidationException', 'INVALID_PARAMETER', 'provider-refused'],
    ] as const;
    for (const [name, reason, expected] of refusals) {
      smsMock.on(SendTextMessageCommand).rejects(Object.assign(named(name), { Reason: reason }));
      await expect(provider().send(message)).rejects.toMatchObject({
        reason: expected,
        providerStatus: `${name}: ${reason}`,
        retryable: false,
      });
    }
  });
});
