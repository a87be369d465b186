/**
 * The one endpoint every AWS call of the rehearsed functions goes to (`AWS_ENDPOINT_URL`). It tells the
 * calling function by its access key id (each function's is its logical id), checks the call against
 * that function's role as the template writes it, then serves it: DynamoDB by DynamoDB Local, SQS,
 * EventBridge Scheduler and End User Messaging SMS by small twins kept here.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FailureRule, ReportFate } from '../local/sending';
import type { Clock } from '../shared/clock';
import { s3Notification } from '../shared/imports/aws/s3-events';
import { dynamoDbCalls } from './dynamodb-calls';
import { REHEARSAL_SECRET } from './functions';
import { type AwsCall, authorize, authorizeService, policiesOfRole, type RolePolicy } from './iam';
import { type CorsRule, S3Twin } from './s3';
import { ACCOUNT, REGION, type TemplateReader } from './template';

export interface Denial {
  function: string;
  action: string;
  resource: string;
  reason: string;
}

export interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  /** Set by ChangeMessageVisibility: the message is not received again before (ms since the epoch). */
  visibleAt?: number;
  /** When it was first queued (SQS's SentTimestamp, ms since the epoch). */
  sentAt?: number;
  /** Dead-lettered: the queue it came from, where a message move task sends it back. */
  source?: string;
}

export interface StoredSchedule {
  name: string;
  groupName: string;
  expression: string;
  timezone: string;
  input: string;
  targetArn: string;
  roleArn: string;
}

export interface SentSms {
  from: string;
  to: string;
  text: string;
  context: Record<string, string>;
  messageId: string;
  sentAt: string;
  /** End User Messaging's `TimeToLive`, when the call gave one. */
  timeToLive?: number;
}

/** What the twins keep, for the rehearsal to drive and the tests to read. */
export interface AwsState {
  queues: Map<string, QueuedMessage[]>;
  /** Messages received and not yet settled, by receipt handle. */
  inFlight: Map<string, QueuedMessage>;
  schedules: Map<string, StoredSchedule>;
  outbox: SentSms[];
  denials: Denial[];
}

interface SendTextMessageInput {
  OriginationIdentity: string;
  DestinationPhoneNumber: string;
  MessageBody: string;
  ConfigurationSetName?: string;
  Context?: Record<string, string>;
  TimeToLive?: number;
}

/** How the carrier answers when no fate was set: at once and at a price, unless the rehearsal says. */
export interface CarrierDefaults {
  /** The final report's delay (`npm start`'s carrier waits 2 s). */
  delaySeconds: number;
  /** What End User Messaging reports a part cost (USD), or null to report no price, as `npm start`'s. */
  pricePerPart: number | null;
}
const DEFAULT_CARRIER: CarrierDefaults = { delaySeconds: 0, pricePerPart: 0.0375 };
const FINAL_STATUS: Record<ReportFate['outcome'], string> = {
  DELIVERED: 'TEXT_DELIVERED',
  UNDELIVERED: 'TEXT_CARRIER_UNREACHABLE',
  UNKNOWN: 'TEXT_UNKNOWN',
};
/** A refusal as `/_local/outbox/failures` names it (the contract's reason), in End User Messaging's words. */
const PROVIDER_REASONS: Record<string, string> = {
  'opted-out': 'DESTINATION_PHONE_NUMBER_OPTED_OUT',
  'invalid-number': 'INVALID_DESTINATION_NUMBER',
};

/**
 * The carrier's words on a rehearsed message, at a price: accepted at once, then its fate (delivered
 * unless `/_local/outbox/reports` said otherwise) after the fate's delay on the rehearsal's clock,
 * repeated or preceded by a late pending word when the fate asks.
 */
function carrierEvents(
  messageId: string,
  input: SendTextMessageInput,
  now: number,
  fate: ReportFate,
  price: number | null,
): { at: number; event: object }[] {
  const finalAt = now + (fate.delaySeconds ?? 0) * 1000;
  const finalStatus = fate.providerStatus ?? FINAL_STATUS[fate.outcome];
  const accepted = { at: now, event: wordOf('TEXT_SUCCESSFUL', false, now) };
  const final = { at: finalAt, event: wordOf(finalStatus, true, finalAt + (fate.delaySeconds ? 0 : 1)) };
  return [
    ...(fate.outOfOrder ? [] : [accepted]),
    ...Array.from({ length: 1 + (fate.duplicates ?? 0) }, () => final),
    ...(fate.outOfOrder ? [{ ...accepted, at: finalAt }] : []),
  ];
  function wordOf(eventType: string, isFinal: boolean, at: number) {
    return carrierEvent(messageId, input, eventType, isFinal, at, price);
  }
}

function carrierEvent(
  messageId: string,
  input: SendTextMessageInput,
  eventType: string,
  isFinal: boolean,
  at: number,
  price: number | null,
): object {
  return {
    eventType,
    eventVersion: '1.0',
    eventTimestamp: at,
    isFinal,
    originationPhoneNumber: input.OriginationIdentity,
    destinationPhoneNumber: input.DestinationPhoneNumber,
    messageId,
    messageStatus: eventType.replace(/^TEXT_/, ''),
    context: input.Context ?? {},
    totalMessageParts: 1,
    ...(price === null ? {} : { totalMessagePrice: price, totalCarrierFee: 0 }),
  };
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

/** `Credential=<key id>/<date>/<region>/<service>/aws4_request`, in the header or a presigned link's query. */
function signer(request: IncomingMessage): { caller: string; service: string } {
  const presigned = new URL(request.url ?? '/', 'http://gateway').searchParams.get('X-Amz-Credential');
  const credential = request.headers.authorization ?? `Credential=${presigned ?? ''}`;
  const match = /Credential=([^/]+)\/\d+\/[^/]+\/([^/]+)\//.exec(credential);
  return { caller: match?.[1] ?? '', service: match?.[2] ?? '' };
}

export class AwsGateway {
  readonly state: AwsState = {
    queues: new Map(),
    inFlight: new Map(),
    schedules: new Map(),
    outbox: [],
    denials: [],
  };
  #server: Server | undefined;
  #roles = new Map<string, { role: string; policies: RolePolicy[] }>();
  /** The account's phone numbers, E.164 → ARN (the two-way number the rehearsal plays). */
  readonly phoneNumbers = new Map<string, string>();
  /** Called when a queue receives messages (the event source mappings deliver them). */
  onQueued: (queueName: string) => void = () => {};
  /** Numbers the SMS twin refuses (`/_local/outbox/failures`), as `npm start`'s outbox does. */
  readonly failures = new Map<string, FailureRule>();
  /** What the carrier says of later messages (`/_local/outbox/reports`), by phone or `*`. */
  readonly fates = new Map<string, ReportFate>();
  /** How many of the next hand-offs each queue refuses (`/_local/queues/outage`), by queue name. */
  readonly outages = new Map<string, number>();
  /** The template's buckets and what is written in them. */
  readonly s3: S3Twin;
  /** The carrier's words not yet due on the rehearsal's clock. */
  #laterWords: { at: number; event: object; configurationSet: string }[] = [];

  constructor(
    private readonly reader: TemplateReader,
    private readonly dynamoEndpoint: string,
    private readonly clock: Clock,
    private readonly carrier: CarrierDefaults = DEFAULT_CARRIER,
    /** The user pool's twin: Cognito's calls are checked here, then served there. */
    private readonly cognitoEndpoint?: string,
  ) {
    this.s3 = new S3Twin(
      new Map(
        reader
          .ofType('AWS::S3::Bucket')
          .map(([id, bucket]) => [
            reader.nameOf(id),
            ((reader.resolve(bucket.Properties?.CorsConfiguration) as { CorsRules?: CorsRule[] } | undefined)
              ?.CorsRules ?? []) as CorsRule[],
          ]),
      ),
      clock,
      REHEARSAL_SECRET,
    );
    this.s3.onCreated = (bucket, key, bytes) => this.#announceObject(bucket, key, bytes);
    for (const [logicalId, fn] of reader.ofType('AWS::Lambda::Function')) {
      const roleArn = reader.resolve(fn.Properties?.Role) as string;
      const role = reader.ofType('AWS::IAM::Role').find(([id]) => reader.arnOf(id) === roleArn)?.[0];
      if (!role) throw new Error(`function ${logicalId} has no role in the template`);
      this.#roles.set(logicalId, { role, policies: policiesOfRole(reader, role) });
    }
  }

  /**
   * The resource a send from this origination identity is authorized on: an ARN as given, a phone number
   * by the ARN it was registered with (`phoneNumbers`), a sender ID as registered for Côte d'Ivoire.
   */
  #originationArn(identity: string): string | undefined {
    if (identity.startsWith('arn:')) return identity;
    if (identity.startsWith('+')) return this.phoneNumbers.get(identity);
    return `arn:aws:sms-voice:${REGION}:${ACCOUNT}:sender-id/${identity}/CI`;
  }

  /** Replaces a role's policies (a test that removes a statement). */
  setPolicies(functionId: string, policies: RolePolicy[]): void {
    const entry = this.#roles.get(functionId);
    if (!entry) throw new Error(`no function ${functionId}`);
    entry.policies = policies;
  }

  policiesOf(functionId: string): RolePolicy[] {
    return this.#roles.get(functionId)?.policies ?? [];
  }

  /** Publishes the carrier's words that fell due by now; how many. */
  async publishDueReports(): Promise<number> {
    const now = this.clock.now().getTime();
    const due = this.#laterWords.filter((word) => word.at <= now).sort((a, b) => a.at - b.at);
    this.#laterWords = this.#laterWords.filter((word) => word.at > now);
    for (const word of due) await this.#publishEvents(word.configurationSet, [word.event]);
    return due.length;
  }

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      this.#serve(request, response).catch((error: Error) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ __type: 'InternalFailure', message: error.message }));
      });
    });
    await new Promise<void>((done) => this.#server?.listen(0, '127.0.0.1', () => done()));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => {
      if (!this.#server) return done();
      this.#server.close(() => done());
      this.#server.closeAllConnections();
    });
  }

  /** Checks every call; the first denial answers as AWS would, and is kept for the report. */
  async #allowed(caller: string, calls: AwsCall[]): Promise<Denial | undefined> {
    const entry = this.#roles.get(caller);
    if (!entry)
      return { function: caller, action: calls[0]?.action ?? '', resource: '', reason: 'unknown caller' };
    for (const call of calls) {
      const decision = await authorize(this.reader, entry.role, entry.policies, call);
      if (!decision.allowed) return this.#recordDenial(caller, call, decision.reason);
    }
    return undefined;
  }

  async #serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // AWS answers on the time the functions read: an SDK that finds the server's clock far from its own
    // corrects for the skew and retries the call once, which would repeat every refusal.
    response.setHeader('date', this.clock.now().toUTCString());
    const raw = await readBody(request);
    const body = raw.toString('utf8');
    // The pool's public keys, which anyone may read (the functions check tokens with them).
    if (request.method === 'GET' && /^\/[\w-]+\/\.well-known\/jwks\.json$/.test(request.url ?? '')) {
      const keys = this.cognitoEndpoint
        ? await fetch(this.cognitoEndpoint + request.url)
        : new Response('{"message":"no user pool"}', { status: 404 });
      response.writeHead(keys.status, { 'content-type': 'application/json' });
      response.end(await keys.text());
      return;
    }
    // A browser's preflight before it uploads to a bucket, answered as the bucket's CORS rules say.
    if (this.s3.isPreflight(request)) return this.s3.preflight(request, response);
    // The console's own calls to the user pool (sign-in, a new password, TOTP), from the browser: public
    // calls, unsigned, across origins, as Cognito answers them.
    const cognitoTarget = String(request.headers['x-amz-target'] ?? '').startsWith(
      'AWSCognitoIdentityProviderService.',
    );
    const fromBrowser = !request.headers.authorization && this.cognitoEndpoint;
    if (fromBrowser && (request.method === 'OPTIONS' || cognitoTarget)) {
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type, x-amz-target, x-amz-user-agent',
        'access-control-allow-methods': 'POST',
      };
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors);
        response.end();
        return;
      }
      const forwarded = await fetch(this.cognitoEndpoint as string, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': String(request.headers['x-amz-target']),
        },
        body,
      });
      response.writeHead(forwarded.status, { 'content-type': 'application/x-amz-json-1.1', ...cors });
      response.end(await forwarded.text());
      return;
    }
    const { caller, service } = signer(request);
    const target = String(request.headers['x-amz-target'] ?? '');
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
      response.end(JSON.stringify(value));
    };
    const deny = (denial: Denial, rest: boolean) =>
      rest
        ? json(403, { message: denial.reason }, { 'x-amzn-errortype': 'AccessDeniedException' })
        : json(400, { __type: 'com.amazon.coral.service#AccessDeniedException', message: denial.reason });

    if (service === 's3') {
      return this.s3.serve(request, raw, response, async (call) => {
        const denial = await this.#allowed(caller, [call]);
        return denial ? denial.reason || 'denied' : undefined;
      });
    }

    if (service === 'dynamodb') {
      const operation = target.split('.')[1] ?? '';
      const calls = dynamoDbCalls(operation, JSON.parse(body || '{}'), (table, index) =>
        this.#partitionOf(table, index),
      );
      const denial = await this.#allowed(caller, calls);
      if (denial) return deny(denial, false);
      const forwarded = await fetch(this.dynamoEndpoint, {
        method: 'POST',
        headers: {
          'content-type': String(request.headers['content-type'] ?? 'application/x-amz-json-1.0'),
          'x-amz-target': target,
          authorization: String(request.headers.authorization ?? ''),
          'x-amz-date': String(request.headers['x-amz-date'] ?? ''),
        },
        body,
      });
      response.writeHead(forwarded.status, { 'content-type': forwarded.headers.get('content-type') ?? '' });
      response.end(await forwarded.text());
      return;
    }

    if (service === 'sqs') {
      const input = JSON.parse(body || '{}') as {
        QueueUrl?: string;
        MessageBody?: string;
        Entries?: { Id: string; MessageBody: string }[];
      };
      // A message move task names ARNs, not a queue URL.
      const queueName = (input.QueueUrl ?? '').split('/').pop() ?? '';
      const queueArn = `arn:aws:sqs:${REGION}:${ACCOUNT}:${queueName}`;
      if (target.endsWith('.ChangeMessageVisibility')) {
        const change = input as unknown as { ReceiptHandle: string; VisibilityTimeout: number };
        const denial = await this.#allowed(caller, [
          { action: 'sqs:ChangeMessageVisibility', resource: queueArn },
        ]);
        if (denial) return deny(denial, false);
        const message = this.state.inFlight.get(change.ReceiptHandle);
        if (!message) {
          return json(
            400,
            { message: 'receipt handle not in flight' },
            { 'x-amzn-errortype': 'ReceiptHandleIsInvalid' },
          );
        }
        message.visibleAt = this.clock.now().getTime() + change.VisibilityTimeout * 1000;
        return json(200, {});
      }
      // What the back office asks of a dead-letter queue: its depth, a peek, and a message move task.
      if (target.endsWith('.GetQueueAttributes')) {
        const denial = await this.#allowed(caller, [
          { action: 'sqs:GetQueueAttributes', resource: queueArn },
        ]);
        if (denial) return deny(denial, false);
        const depth = (this.state.queues.get(queueName) ?? []).length;
        return json(200, { Attributes: { ApproximateNumberOfMessages: String(depth) } });
      }
      if (target.endsWith('.ReceiveMessage')) {
        const peek = input as unknown as { VisibilityTimeout?: number; MaxNumberOfMessages?: number };
        const denial = await this.#allowed(caller, [{ action: 'sqs:ReceiveMessage', resource: queueArn }]);
        if (denial) return deny(denial, false);
        // Only peeks are played (what the back office does): a receive that hides messages is not.
        if (peek.VisibilityTimeout !== 0)
          return json(400, {
            __type: 'InvalidParameterValue',
            message: 'only peeks (VisibilityTimeout 0) are played here',
          });
        const messages = (this.state.queues.get(queueName) ?? []).slice(0, peek.MaxNumberOfMessages ?? 1);
        return json(200, {
          Messages: messages.map((message) => ({
            MessageId: message.messageId,
            ReceiptHandle: `${message.messageId}#peek`,
            Body: message.body,
            MD5OfBody: md5(message.body),
            Attributes: { SentTimestamp: String(message.sentAt ?? this.clock.now().getTime()) },
          })),
        });
      }
      if (target.endsWith('.StartMessageMoveTask')) {
        const task = input as unknown as { SourceArn: string };
        const dlqName = task.SourceArn.split(':').pop() ?? '';
        const dlqArn = `arn:aws:sqs:${REGION}:${ACCOUNT}:${dlqName}`;
        const letters = this.state.queues.get(dlqName) ?? [];
        const sources = [...new Set(letters.map((letter) => letter.source ?? ''))];
        const denial = await this.#allowed(caller, [
          { action: 'sqs:StartMessageMoveTask', resource: dlqArn },
          { action: 'sqs:ReceiveMessage', resource: dlqArn },
          { action: 'sqs:DeleteMessage', resource: dlqArn },
          { action: 'sqs:GetQueueAttributes', resource: dlqArn },
          ...sources.map((source) => ({
            action: 'sqs:SendMessage',
            resource: `arn:aws:sqs:${REGION}:${ACCOUNT}:${source}`,
          })),
        ]);
        if (denial) return deny(denial, false);
        if (sources.includes('')) {
          return json(400, {
            __type: 'InvalidParameterValue',
            message: 'some messages came from no queue: give a DestinationArn',
          });
        }
        this.state.queues.set(dlqName, []);
        for (const letter of letters) this.#enqueue(letter.source as string, [letter.body], letter.sentAt);
        return json(200, { TaskHandle: `move-${randomUUID()}` });
      }
      const denial = await this.#allowed(caller, [{ action: 'sqs:SendMessage', resource: queueArn }]);
      if (denial) return deny(denial, false);
      const refusals = this.outages.get(queueName) ?? 0;
      if (refusals > 0) {
        this.outages.set(queueName, refusals - 1);
        // A 400: the SDK would retry a 5xx by itself, and the outage counts hand-offs, not attempts.
        return json(400, { __type: 'ServiceUnavailable', message: 'the queue refused the message (outage)' });
      }
      if (target.endsWith('.SendMessageBatch')) {
        const entries = input.Entries ?? [];
        const ids = this.#enqueue(
          queueName,
          entries.map((entry) => entry.MessageBody),
        );
        const successful = entries.map((entry, i) => ({
          Id: entry.Id,
          MessageId: ids[i],
          MD5OfMessageBody: md5(entry.MessageBody),
        }));
        return json(200, { Successful: successful, Failed: [] });
      }
      const [messageId] = this.#enqueue(queueName, [input.MessageBody ?? '']);
      return json(200, { MessageId: messageId, MD5OfMessageBody: md5(input.MessageBody ?? '') });
    }

    if (service === 'scheduler') {
      const url = new URL(request.url ?? '/', 'http://gateway');
      const name = decodeURIComponent(url.pathname.replace(/^\/schedules\//, ''));
      if (request.method === 'DELETE') {
        const groupName = url.searchParams.get('groupName') ?? 'default';
        const arn = `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${groupName}/${name}`;
        const denial = await this.#allowed(caller, [{ action: 'scheduler:DeleteSchedule', resource: arn }]);
        if (denial) return deny(denial, true);
        if (!this.state.schedules.delete(`${groupName}/${name}`)) {
          return json(
            404,
            { message: `no schedule ${name}` },
            { 'x-amzn-errortype': 'ResourceNotFoundException' },
          );
        }
        return json(200, {});
      }
      const input = JSON.parse(body || '{}') as {
        GroupName?: string;
        ScheduleExpression: string;
        ScheduleExpressionTimezone?: string;
        Target: { Arn: string; RoleArn: string; Input?: string };
      };
      const groupName = input.GroupName ?? 'default';
      const arn = `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${groupName}/${name}`;
      const denial = await this.#allowed(caller, [
        { action: 'scheduler:CreateSchedule', resource: arn },
        // Scheduler checks that the caller may hand it the target's role.
        { action: 'iam:PassRole', resource: input.Target.RoleArn },
      ]);
      if (denial) return deny(denial, true);
      if (this.state.schedules.has(`${groupName}/${name}`)) {
        return json(409, { message: `schedule ${name} exists` }, { 'x-amzn-errortype': 'ConflictException' });
      }
      this.state.schedules.set(`${groupName}/${name}`, {
        name,
        groupName,
        expression: input.ScheduleExpression,
        timezone: input.ScheduleExpressionTimezone ?? 'UTC',
        input: input.Target.Input ?? '{}',
        targetArn: input.Target.Arn,
        roleArn: input.Target.RoleArn,
      });
      return json(200, { ScheduleArn: arn });
    }

    if (service === 'sms-voice') {
      const input = JSON.parse(body || '{}') as SendTextMessageInput;
      const origination = this.#originationArn(input.OriginationIdentity);
      if (!origination) {
        return json(
          404,
          { message: `no phone number ${input.OriginationIdentity} in this account` },
          { 'x-amzn-errortype': 'ResourceNotFoundException' },
        );
      }
      const calls: AwsCall[] = [{ action: 'sms-voice:SendTextMessage', resource: origination }];
      const configurationSet = input.ConfigurationSetName
        ? this.reader
            .ofType('AWS::SMSVOICE::ConfigurationSet')
            .find(([id]) => this.reader.nameOf(id) === input.ConfigurationSetName)?.[0]
        : undefined;
      if (input.ConfigurationSetName && !configurationSet) {
        return json(
          404,
          { message: `no configuration set ${input.ConfigurationSetName}` },
          { 'x-amzn-errortype': 'ResourceNotFoundException' },
        );
      }
      if (configurationSet) {
        calls.push({ action: 'sms-voice:SendTextMessage', resource: this.reader.arnOf(configurationSet) });
      }
      const denial = await this.#allowed(caller, calls);
      if (denial) return deny(denial, false);
      const phone = input.DestinationPhoneNumber.replace(/^\+/, '');
      const rule = this.failures.get(phone);
      if (rule?.kind === 'final') {
        const reason = PROVIDER_REASONS[rule.reason] ?? rule.reason;
        return json(400, { __type: 'ValidationException', message: `refused: ${reason}`, Reason: reason });
      }
      if (rule?.kind === 'transient' && rule.times > 0) {
        rule.times--;
        return json(400, {
          __type: 'ThrottlingException',
          message: 'throttled by the rehearsal (on request)',
        });
      }
      const messageId = randomUUID();
      const now = this.clock.now().getTime();
      this.state.outbox.push({
        from: input.OriginationIdentity,
        to: input.DestinationPhoneNumber,
        text: input.MessageBody,
        context: input.Context ?? {},
        messageId,
        sentAt: new Date(now).toISOString(),
        ...(input.TimeToLive !== undefined ? { timeToLive: input.TimeToLive } : {}),
      });
      if (configurationSet) {
        const fate = this.fates.get(phone) ??
          this.fates.get('*') ?? { outcome: 'DELIVERED', delaySeconds: this.carrier.delaySeconds };
        const words = carrierEvents(messageId, input, now, fate, this.carrier.pricePerPart);
        const due = words.filter((word) => word.at <= now).map((word) => word.event);
        if (due.length) await this.#publishEvents(configurationSet, due);
        for (const word of words.filter((later) => later.at > now)) {
          this.#laterWords.push({ ...word, configurationSet });
        }
      }
      return json(200, { MessageId: messageId });
    }

    if (service === 'cognito-idp' && this.cognitoEndpoint) {
      const { UserPoolId } = JSON.parse(body || '{}') as { UserPoolId?: string };
      const denial = await this.#allowed(caller, [
        {
          action: `cognito-idp:${target.split('.')[1] ?? ''}`,
          resource: `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${UserPoolId ?? ''}`,
        },
      ]);
      if (denial) return deny(denial, false);
      const forwarded = await fetch(this.cognitoEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
        body,
      });
      response.writeHead(forwarded.status, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(await forwarded.text());
      return;
    }

    json(400, {
      __type: 'UnknownOperationException',
      message: `the rehearsal does not serve ${service} ${target}`,
    });
  }

  /**
   * What End User Messaging does with a message's events: each enabled SNS destination of the
   * configuration set gets those it matches, if the topic's policy (and its key's) lets the service
   * publish; SNS then delivers them to each SQS subscription its queue's policy accepts, raw or in
   * SNS's envelope as the subscription says. Whatever a policy refuses is lost, and kept as a denial.
   */
  async #publishEvents(configurationSet: string, events: object[]): Promise<void> {
    const reader = this.reader;
    const { EventDestinations = [] } = reader.resolve(reader.resource(configurationSet).Properties) as {
      EventDestinations?: {
        Enabled: boolean;
        MatchingEventTypes: string[];
        SnsDestination?: { TopicArn: string };
      }[];
    };
    for (const destination of EventDestinations) {
      const topicArn = destination.SnsDestination?.TopicArn;
      if (!destination.Enabled || !topicArn) continue;
      const matching = events.filter((event) =>
        destination.MatchingEventTypes.some(
          (type) => type === 'TEXT_ALL' || type === (event as { eventType: string }).eventType,
        ),
      );
      await this.publishAsEndUserMessaging(
        topicArn,
        reader.arnOf(configurationSet),
        matching.map((event) => JSON.stringify(event)),
      );
    }
  }

  /**
   * What End User Messaging does to publish to a topic (a configuration set's destination, a two-way
   * number's channel), and SNS after it: if the topic's policy and its key's let the service publish,
   * each SQS subscription whose queue's policy accepts SNS gets the messages, raw or in SNS's envelope
   * as the subscription says. A refusal loses the messages and is kept as a denial.
   */
  async publishAsEndUserMessaging(topicArn: string, sourceArn: string, messages: string[]): Promise<void> {
    const reader = this.reader;
    const topic = reader.ofType('AWS::SNS::Topic').find(([id]) => reader.arnOf(id) === topicArn);
    if (!topic) throw new Error(`no topic ${topicArn} in the template`);
    const publish = {
      action: 'sns:Publish',
      resource: topicArn,
      context: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn, 'aws:SecureTransport': 'true' },
    };
    const keyArn = reader.resolve(topic[1].Properties?.KmsMasterKeyId) as string | undefined;
    const key = keyArn
      ? reader.ofType('AWS::KMS::Key').find(([id]) => reader.arnOf(id) === keyArn)
      : undefined;
    const refused =
      (await this.#serviceDenial(
        'sms-voice.amazonaws.com',
        this.#policyNaming('AWS::SNS::TopicPolicy', 'Topics', topicArn),
        publish,
      )) ??
      (key
        ? await this.#serviceDenial('sms-voice.amazonaws.com', reader.resolve(key[1].Properties?.KeyPolicy), {
            action: 'kms:GenerateDataKey',
            resource: reader.arnOf(key[0]),
            context: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn },
          })
        : undefined);
    if (refused) return;
    for (const [, subscription] of reader.ofType('AWS::SNS::Subscription')) {
      const properties = reader.resolve(subscription.Properties) as {
        TopicArn: string;
        Protocol: string;
        Endpoint: string;
        RawMessageDelivery?: boolean | string;
      };
      if (properties.TopicArn !== topicArn || properties.Protocol !== 'sqs') continue;
      const queue = reader.ofType('AWS::SQS::Queue').find(([id]) => reader.arnOf(id) === properties.Endpoint);
      if (!queue)
        throw new Error(`subscription of ${topicArn}: no queue ${properties.Endpoint} in the template`);
      const deliver = {
        action: 'sqs:SendMessage',
        resource: properties.Endpoint,
        context: { 'aws:SourceArn': topicArn, 'aws:SecureTransport': 'true' },
      };
      const queuePolicy = this.#policyNaming('AWS::SQS::QueuePolicy', 'Queues', reader.ref(queue[0]));
      if (await this.#serviceDenial('sns.amazonaws.com', queuePolicy, deliver)) continue;
      const raw = String(properties.RawMessageDelivery) === 'true';
      this.#enqueue(
        reader.nameOf(queue[0]),
        messages.map((message) =>
          raw
            ? message
            : JSON.stringify({
                Type: 'Notification',
                MessageId: randomUUID(),
                TopicArn: topicArn,
                Message: message,
              }),
        ),
      );
    }
  }

  /** The resolved document of the `type` policy whose `listKey` names `target` (a topic's, a queue's). */
  #policyNaming(type: string, listKey: string, target: string): unknown {
    const found = this.reader
      .ofType(type)
      .find(([, policy]) => (this.reader.resolve(policy.Properties?.[listKey]) as string[]).includes(target));
    return found ? this.reader.resolve(found[1].Properties?.PolicyDocument) : undefined;
  }

  /**
   * What S3 does once an object is whole: each queue the bucket's notification configuration names for
   * that key gets S3's notification, if the queue's policy lets S3 send it (a refusal is kept as a denial).
   */
  async #announceObject(bucketName: string, key: string, bytes: number): Promise<void> {
    const reader = this.reader;
    const bucket = reader.ofType('AWS::S3::Bucket').find(([id]) => reader.nameOf(id) === bucketName);
    const configuration = reader.resolve(bucket?.[1].Properties?.NotificationConfiguration) as
      | {
          QueueConfigurations?: {
            Event: string;
            Queue: string;
            Filter?: { S3Key?: { Rules?: { Name: string; Value: string }[] } };
          }[];
        }
      | undefined;
    for (const target of configuration?.QueueConfigurations ?? []) {
      if (!target.Event.startsWith('s3:ObjectCreated:')) continue;
      const rules = target.Filter?.S3Key?.Rules ?? [];
      const matches = rules.every((rule) =>
        rule.Name.toLowerCase() === 'prefix' ? key.startsWith(rule.Value) : key.endsWith(rule.Value),
      );
      if (!matches) continue;
      const queue = reader.ofType('AWS::SQS::Queue').find(([id]) => reader.arnOf(id) === target.Queue);
      if (!queue) throw new Error(`bucket ${bucketName} notifies ${target.Queue}, not in the template`);
      const policy = this.#policyNaming('AWS::SQS::QueuePolicy', 'Queues', reader.ref(queue[0]));
      const denied = await this.#serviceDenial('s3.amazonaws.com', policy, {
        action: 'sqs:SendMessage',
        resource: target.Queue,
        context: {
          'aws:SourceAccount': ACCOUNT,
          'aws:SourceArn': `arn:aws:s3:::${bucketName}`,
          'aws:SecureTransport': 'true',
        },
      });
      if (denied) continue;
      this.#enqueue(reader.nameOf(queue[0]), [
        JSON.stringify(s3Notification({ bucket: bucketName, key, bytes }, this.clock.now())),
      ]);
    }
  }

  /** Puts messages on a twin queue (first sent at `sentAt`, now by default) and wakes its consumer: their ids. */
  #enqueue(queueName: string, bodies: readonly string[], sentAt = this.clock.now().getTime()): string[] {
    const queue = this.state.queues.get(queueName) ?? [];
    this.state.queues.set(queueName, queue);
    const ids = bodies.map((body) => {
      const messageId = randomUUID();
      queue.push({ messageId, body, receiveCount: 0, sentAt });
      return messageId;
    });
    this.onQueued(queueName);
    return ids;
  }

  async #serviceDenial(service: string, policy: unknown, call: AwsCall): Promise<Denial | undefined> {
    const decision = await authorizeService(service, policy, call);
    return decision.allowed ? undefined : this.#recordDenial(service, call, decision.reason);
  }

  /** A refused call, kept for the report; `who` is the calling function, or the AWS service. */
  #recordDenial(who: string, call: AwsCall, reason = ''): Denial {
    const denial = { function: who, action: call.action, resource: call.resource, reason };
    this.state.denials.push(denial);
    return denial;
  }

  /** The partition key attribute of a table or of one of its indexes, as the template declares it. */
  #partitionOf(table: string, index?: string): string {
    const [, resource] =
      this.reader.ofType('AWS::DynamoDB::Table').find(([id]) => this.reader.nameOf(id) === table) ?? [];
    const properties = (resource?.Properties ?? {}) as {
      KeySchema?: { AttributeName: string; KeyType: string }[];
      GlobalSecondaryIndexes?: {
        IndexName: string;
        KeySchema: { AttributeName: string; KeyType: string }[];
      }[];
    };
    const schema = index
      ? properties.GlobalSecondaryIndexes?.find((candidate) => candidate.IndexName === index)?.KeySchema
      : properties.KeySchema;
    return schema?.find((key) => key.KeyType === 'HASH')?.AttributeName ?? 'pk';
  }
}
