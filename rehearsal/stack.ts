/**
 * The rehearsal: what `cdk deploy` would ship, run here. It synthesizes the app, then reads only the
 * template and the bundled assets: the table is made from the template, every function runs from its
 * bundle with the template's environment, HTTP requests are routed by the template's routes, queues
 * feed functions by the template's event source mappings, schedules fire the targets the code gave
 * them with the roles the template names, and every AWS call is checked against the caller's role.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { matchPath } from '../functions/api/routes';
import { type CognitoTwin, startCognitoTwin } from '../local/cognito';
import { type DynamoLocal, startDynamoLocal } from '../local/dynamo';
import { type LocalControls, localRoutes } from '../local/local-routes';
import { type LocalRoute, toApiGatewayEvent } from '../local/server';
import { ENVIRONMENT } from '../shared/config';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { inboundEvent } from '../shared/opt-outs/inbound';
import { nextFiring } from '../shared/sending/schedules';
import { measureText } from '../shared/text/segments';
import { RehearsalClock } from './clock';
import { type RehearsedFunction, startFunctions } from './functions';
import { AwsGateway, type CarrierDefaults, type QueuedMessage } from './gateway';
import { authorize, policiesOfRole } from './iam';
import { createTablesFromTemplate } from './table';
import { ACCOUNT, REGION, type Template, TemplateReader } from './template';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
/** The two-way number recipients reply to, as bought outside the stack. */
export const TWO_WAY_NUMBER = {
  e164: '+2250000000000',
  arn: `arn:aws:sms-voice:${REGION}:${ACCOUNT}:phone-number/phone-rehearsal`,
};

export interface Rehearsal {
  url: string;
  /** The time every function and twin reads. */
  clock: RehearsalClock;
  dynamoEndpoint: string;
  db: Db;
  /** The user pool's twin (the template's pool and client), reached by the functions through the gateway. */
  cognito: CognitoTwin;
  gateway: AwsGateway;
  reader: TemplateReader;
  functions: Map<string, RehearsedFunction>;
  /** Fires every schedule whose slots fall before `until`, each once, and waits for what they queue. */
  fireSchedules(until: Date): Promise<number>;
  /** Resolves once no queue holds a message and no function runs. */
  settle(): Promise<void>;
  /**
   * A reply from a phone to the two-way number, published as End User Messaging would to the topic the
   * stack names for it (`InboundTopicArn`); resolves once it is handled.
   */
  reply(from: string, text: string): Promise<void>;
  stop(): Promise<void>;
}

/** `cdk synth` into a folder of the rehearsal's own; its template and assets are all that is used after. */
export async function synthesize(
  outDir = join(ROOT, '.local', 'rehearsal', 'cdk.out'),
  /** `-c name=value` settings, as an operator gives them to `cdk deploy`. */
  context: Record<string, string> = {},
): Promise<string> {
  const settings = Object.entries(context).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  await run(
    process.execPath,
    [join(ROOT, 'node_modules', 'aws-cdk', 'bin', 'cdk'), 'synth', '--quiet', '-o', outDir, ...settings],
    {
      cwd: ROOT,
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return outDir;
}

export function readTemplate(cdkOut: string, stackName = 'SmsPlatform'): Template {
  return JSON.parse(readFileSync(join(cdkOut, `${stackName}.template.json`), 'utf8')) as Template;
}

interface Mapping {
  functionId: string;
  queueName: string;
  batchSize: number;
  reportsItemFailures: boolean;
  concurrency: number;
}

export async function startRehearsal(
  options: {
    cdkOut: string;
    template?: Template;
    dynamoEndpoint?: string;
    /** Where the rehearsal's time begins (the real time unless given); `/_local/clock` moves it on. */
    start?: Date | string;
    /** The carrier's answer when no fate is set (by default: at once, priced as the documentation shows). */
    carrier?: CarrierDefaults;
    /**
     * Each function loaded at its first invocation rather than all at the start (which also proves
     * that every one loads): for runs that call a few of them, such as each end-to-end file.
     */
    functionsOnFirstCall?: boolean;
  } = { cdkOut: '' },
): Promise<Rehearsal> {
  const template = options.template ?? readTemplate(options.cdkOut);
  const dynamo: Pick<DynamoLocal, 'endpoint' | 'stop'> = options.dynamoEndpoint
    ? { endpoint: options.dynamoEndpoint, stop: async () => {} }
    : await startDynamoLocal({});
  const stops: (() => Promise<unknown>)[] = [() => dynamo.stop()];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    // Every table is named after its logical id and a run of its own, so runs never share data.
    const suffix = randomBytes(4).toString('hex');
    const renamed: Template = {
      ...template,
      Resources: Object.fromEntries(
        Object.entries(template.Resources).map(([id, resource]) => [
          id,
          resource.Type === 'AWS::DynamoDB::Table'
            ? { ...resource, Properties: { ...resource.Properties, TableName: `${id}-${suffix}` } }
            : resource,
        ]),
      ),
    };
    // The user pool's twin: the template's pool and client are the ones it makes.
    const clock = new RehearsalClock(options.start);
    const cognito = await startCognitoTwin({ clock });
    stops.push(() => cognito.stop());
    // Queue URLs name the gateway, whose port is known only once it listens.
    const gatewayHolder: { url: string } = { url: '' };
    // The API's address is in the functions' settings (where short links point): it listens first.
    const api = await openApiServer();
    stops.push(() => new Promise<void>((done) => api.server.close(() => done())));
    const reader = new TemplateReader(renamed, {
      get sqs() {
        return gatewayHolder.url;
      },
      api: api.url,
      userPool: { id: cognito.userPoolId, clientId: cognito.clientId },
    });
    const client = createDynamoClient({ endpoint: dynamo.endpoint });
    const [tableName] = await createTablesFromTemplate(client, reader);
    const db: Db = { client: createDocumentClient(client), tableName: tableName ?? '' };
    stops.push(async () => db.client.destroy());

    const gateway = new AwsGateway(reader, dynamo.endpoint, clock, options.carrier, cognito.endpoint);
    gateway.phoneNumbers.set(TWO_WAY_NUMBER.e164, TWO_WAY_NUMBER.arn);
    gatewayHolder.url = await gateway.start();
    // The functions reach Cognito through the gateway: its address is their tokens' issuer.
    cognito.issueAs(gatewayHolder.url);
    stops.push(() => gateway.stop());
    const { functions, stop: stopFunctions } = await startFunctions(
      reader,
      options.cdkOut,
      gatewayHolder.url,
      clock,
      { onFirstCall: options.functionsOnFirstCall },
    );
    stops.push(stopFunctions);

    const delivery = deliverQueues(reader, gateway, functions, clock);
    gateway.onQueued = delivery.wake;

    const firedUntil = new Map<string, Date>();
    const started = clock.now();
    /** Fires what fell due by `until`: the code's schedules (counted) and the template's own (the recovery, once). */
    const fire = async (until: Date) => {
      let fired = 0;
      let recovery: unknown;
      const schedules = [
        ...gateway.state.schedules.values(),
        ...reader.ofType('AWS::Scheduler::Schedule').map(([id, resource]) => {
          const properties = reader.resolve(resource.Properties) as {
            ScheduleExpression: string;
            ScheduleExpressionTimezone?: string;
            Target: { Arn: string; RoleArn: string; Input?: string };
          };
          return {
            name: id,
            groupName: 'default',
            expression: properties.ScheduleExpression,
            timezone: properties.ScheduleExpressionTimezone ?? 'UTC',
            input: properties.Target.Input ?? '{}',
            targetArn: properties.Target.Arn,
            roleArn: properties.Target.RoleArn,
          };
        }),
      ];
      for (const schedule of schedules) {
        const key = `${schedule.groupName}/${schedule.name}`;
        let from = firedUntil.get(key) ?? started;
        for (
          let slot = slotAfter(schedule, from);
          slot && slot.getTime() <= until.getTime();
          slot = slotAfter(schedule, from)
        ) {
          const answer = await invokeAsScheduler(reader, functions, schedule, slot);
          from = slot;
          if (schedule.expression.startsWith('rate(')) {
            recovery = answer;
            break;
          }
          fired++;
        }
        firedUntil.set(key, from);
      }
      await delivery.settle();
      return { fired, recovery: recovery as { requeued?: number; relayed?: number } | undefined };
    };
    const fireSchedules = async (until: Date) => (await fire(until)).fired;
    const reply = async (from: string, text: string, id: string = randomUUID()) => {
      const output = template.Outputs?.InboundTopicArn;
      if (!output) throw new Error('the template has no InboundTopicArn output: where would replies go?');
      const message = inboundEvent({ id, from, text, to: TWO_WAY_NUMBER.e164 });
      await gateway.publishAsEndUserMessaging(String(reader.resolve(output.Value)), TWO_WAY_NUMBER.arn, [
        message,
      ]);
      await delivery.settle();
    };
    const controls = {
      ...localControls({ reader, gateway, clock, fire, settle: delivery.settle, reply }),
      emails: cognito.emails,
    };
    api.serve(apiRoutes(reader, functions, clock, localRoutes(controls)));
    return {
      url: api.url,
      clock,
      dynamoEndpoint: dynamo.endpoint,
      db,
      cognito,
      gateway,
      reader,
      functions,
      fireSchedules,
      settle: delivery.settle,
      reply: (from, text) => reply(from, text),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The next slot of a schedule after `from`: its `at()`/`cron()` read as Scheduler reads them; `rate()` once a call. */
function slotAfter(schedule: { expression: string; timezone: string }, from: Date): Date | undefined {
  if (schedule.expression.startsWith('rate(')) return new Date(from.getTime() + 1);
  return nextFiring(schedule, from);
}

/**
 * The held rehearsal's answers to `npm start`'s own routes (`/_local/*`, CONTRACT.md "Local stack"),
 * with the same meaning, played on the twins of what ships: the clock every function reads, the SMS
 * twin's outbox, refusals and carrier's fates, a reply through the two-way number's topic, a queue's outage.
 */
function localControls(parts: {
  reader: TemplateReader;
  gateway: AwsGateway;
  clock: RehearsalClock;
  fire: (until: Date) => Promise<{ fired: number; recovery?: { requeued?: number; relayed?: number } }>;
  settle: () => Promise<void>;
  reply: (from: string, text: string, id?: string) => Promise<void>;
}): Omit<LocalControls, 'emails'> {
  const { reader, gateway, clock } = parts;
  // The queue immediate campaigns are handed to: the one the campaign-create function is told to use.
  const dispatchQueue = reader
    .ofType('AWS::Lambda::Function')
    .map(([, fn]) => reader.resolve((fn.Properties?.Environment as { Variables?: unknown })?.Variables ?? {}))
    .map((variables) => (variables as Record<string, string>)[ENVIRONMENT.dispatchQueueUrl])
    .find(Boolean)
    ?.split('/')
    .pop();
  const sent = () =>
    gateway.state.outbox.map((sms) => {
      const { encoding, segments } = measureText(sms.text);
      return {
        to: sms.to.replace(/^\+/, ''),
        from: sms.from,
        text: sms.text,
        encoding,
        segments,
        campaignId: sms.context.campaignId ?? '',
        occurrence: sms.context.occurrence ?? '',
        messageId: sms.messageId,
        sentAt: sms.sentAt,
        ...(sms.timeToLive !== undefined ? { timeToLive: sms.timeToLive } : {}),
      };
    });
  return {
    clock,
    tick: async () => {
      const { fired, recovery } = await parts.fire(clock.now());
      const reported = await gateway.publishDueReports();
      await parts.settle();
      return {
        fired,
        recovered: recovery?.requeued ?? 0,
        relayed: recovery?.relayed ?? 0,
        reported,
        // Webhook retries wait out their visibility in the queue on this clock: the settle delivers them.
        webhooks: 0,
      };
    },
    queues: {
      drain: parts.settle,
      get refuseDispatches() {
        return gateway.outages.get(dispatchQueue ?? '') ?? 0;
      },
      set refuseDispatches(count: number) {
        gateway.outages.set(dispatchQueue ?? '', count);
      },
    },
    outbox: {
      forCampaign: (campaignId) =>
        sent().filter((sms) => sms.campaignId && (!campaignId || sms.campaignId === campaignId)),
      failures: gateway.failures,
      fates: gateway.fates,
      // Answers of the two-way number: sent with no campaign's context.
      get replies() {
        return sent()
          .filter((sms) => !sms.campaignId)
          .map((sms) => ({
            to: sms.to,
            from: sms.from,
            text: sms.text,
            messageId: sms.messageId,
            sentAt: sms.sentAt,
          }));
      },
    },
    inbound: async ({ from, text, id }) => {
      try {
        await parts.reply(from, text, id);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Scheduler invokes the target with the schedule's role: the role must allow it, then the input names the slot. */
async function invokeAsScheduler(
  reader: TemplateReader,
  functions: Map<string, RehearsedFunction>,
  schedule: { name: string; input: string; targetArn: string; roleArn: string },
  slot: Date,
): Promise<unknown> {
  const role = reader.ofType('AWS::IAM::Role').find(([id]) => reader.arnOf(id) === schedule.roleArn)?.[0];
  if (!role)
    throw new Error(`schedule ${schedule.name}: its role ${schedule.roleArn} is not in the template`);
  const decision = await authorize(reader, role, policiesOfRole(reader, role), {
    action: 'lambda:InvokeFunction',
    resource: schedule.targetArn,
  });
  if (!decision.allowed) throw new Error(`schedule ${schedule.name}: ${decision.reason}`);
  const target = [...functions.values()].find((fn) => reader.arnOf(fn.id) === schedule.targetArn);
  if (!target) throw new Error(`schedule ${schedule.name}: no function ${schedule.targetArn}`);
  const scheduledTime = slot.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return target.invoke(
    JSON.parse(schedule.input.replaceAll('<aws.scheduler.scheduled-time>', scheduledTime)),
  );
}

/** SQS's side of the event source mappings: batches of the template's size, partial failures, redrive. */
function deliverQueues(
  reader: TemplateReader,
  gateway: AwsGateway,
  functions: Map<string, RehearsedFunction>,
  clock: RehearsalClock,
) {
  const mappings: Mapping[] = reader.ofType('AWS::Lambda::EventSourceMapping').map(([, resource]) => {
    const properties = reader.resolve(resource.Properties) as {
      EventSourceArn: string;
      FunctionName: string;
      BatchSize?: number;
      FunctionResponseTypes?: string[];
      ScalingConfig?: { MaximumConcurrency?: number };
    };
    const functionId =
      [...functions.keys()].find((id) => reader.nameOf(id) === properties.FunctionName) ?? '';
    return {
      functionId,
      queueName: properties.EventSourceArn.split(':').pop() ?? '',
      batchSize: properties.BatchSize ?? 10,
      reportsItemFailures: (properties.FunctionResponseTypes ?? []).includes('ReportBatchItemFailures'),
      concurrency: properties.ScalingConfig?.MaximumConcurrency ?? 5,
    };
  });
  const redrive = new Map(
    reader.ofType('AWS::SQS::Queue').map(([id, resource]) => {
      const policy = reader.resolve(resource.Properties?.RedrivePolicy) as
        | { deadLetterTargetArn: string; maxReceiveCount: number }
        | undefined;
      return [reader.nameOf(id), policy] as const;
    }),
  );
  const running = new Map<string, number>();
  let busy = 0;
  const idle: (() => void)[] = [];
  // A message waiting out its visibility (a webhook's retry) is not due: it keeps nothing busy.
  const due = (message: QueuedMessage) => (message.visibleAt ?? 0) <= clock.nowMs();
  const quiet = () =>
    busy === 0 && mappings.every((mapping) => !(gateway.state.queues.get(mapping.queueName) ?? []).some(due));
  const finish = () => {
    if (quiet()) for (const done of idle.splice(0)) done();
  };
  const wake = () => {
    for (const mapping of mappings) {
      const queue = gateway.state.queues.get(mapping.queueName) ?? [];
      while (queue.some(due) && (running.get(mapping.queueName) ?? 0) < mapping.concurrency) {
        const batch = queue.filter(due).slice(0, mapping.batchSize);
        const rest = queue.filter((message) => !batch.includes(message));
        queue.splice(0, queue.length, ...rest);
        running.set(mapping.queueName, (running.get(mapping.queueName) ?? 0) + 1);
        busy++;
        void deliver(mapping, batch).finally(() => {
          running.set(mapping.queueName, (running.get(mapping.queueName) ?? 1) - 1);
          busy--;
          wake();
          finish();
        });
      }
    }
  };
  const deliver = async (mapping: Mapping, batch: QueuedMessage[]) => {
    const handles = batch.map((message) => {
      message.receiveCount++;
      message.visibleAt = undefined;
      const handle = `${message.messageId}#${message.receiveCount}`;
      gateway.state.inFlight.set(handle, message);
      return handle;
    });
    const event: SQSEvent = {
      Records: batch.map(
        (message, index) =>
          ({
            messageId: message.messageId,
            receiptHandle: handles[index],
            body: message.body,
            attributes: { ApproximateReceiveCount: String(message.receiveCount) },
          }) as SQSEvent['Records'][number],
      ),
    };
    let failed: Set<string>;
    try {
      const answer = (await functions.get(mapping.functionId)?.invoke(event)) as SQSBatchResponse | undefined;
      failed = new Set(
        mapping.reportsItemFailures
          ? (answer?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier)
          : [],
      );
    } catch {
      failed = new Set(batch.map((message) => message.messageId));
    }
    for (const handle of handles) gateway.state.inFlight.delete(handle);
    const policy = redrive.get(mapping.queueName);
    for (const message of batch.filter((candidate) => failed.has(candidate.messageId))) {
      if (policy && message.receiveCount >= policy.maxReceiveCount) {
        const dlq = policy.deadLetterTargetArn.split(':').pop() ?? '';
        gateway.state.queues.set(dlq, [
          ...(gateway.state.queues.get(dlq) ?? []),
          { ...message, source: mapping.queueName },
        ]);
      } else {
        gateway.state.queues.get(mapping.queueName)?.push(message);
        // Received again once its visibility runs out, as SQS would.
        if (message.visibleAt) setTimeout(wake, message.visibleAt - clock.nowMs()).unref();
      }
    }
  };
  const settle = () =>
    new Promise<void>((done) => {
      idle.push(done);
      wake();
      finish();
    });
  return { wake, settle };
}

/**
 * API Gateway's side: the template's routes, each to the function its integration names; before them,
 * the local stack's own routes (`/health`, `/_local/*`), which are not in the template.
 */
function apiRoutes(
  reader: TemplateReader,
  functions: Map<string, RehearsedFunction>,
  clock: RehearsalClock,
  controls: LocalRoute[],
): RequestListener {
  const routes = reader.ofType('AWS::ApiGatewayV2::Route').map(([, route]) => {
    const target = String(reader.resolve(route.Properties?.Target)).replace(/^integrations\//, '');
    const integration = reader.resource(target);
    const uri = String(reader.resolve(integration.Properties?.IntegrationUri));
    const functionId = [...functions.keys()].find((id) => reader.arnOf(id) === uri);
    if (!functionId) throw new Error(`route ${String(route.Properties?.RouteKey)}: no function for ${uri}`);
    const [method, path] = String(route.Properties?.RouteKey).split(' ') as [string, string | undefined];
    return { routeKey: String(route.Properties?.RouteKey), method, path, functionId };
  });
  return async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    for (const control of controls) {
      const answer = await control(request, body);
      if (!answer) continue;
      response.writeHead(answer.statusCode ?? 200, answer.headers as Record<string, string>);
      response.end(answer.body ?? '');
      return;
    }
    const path = new URL(request.url ?? '/', 'http://rehearsal').pathname;
    // Like API Gateway: a literal segment wins over a parameter; `$default` takes the rest.
    const candidates = routes
      .filter((route) => (route.method === request.method || route.method === 'ANY') && route.path)
      .map((route) => ({ route, parameters: matchPath(route.path as string, path) }))
      .filter((fit) => fit.parameters)
      .sort((a, b) => Object.keys(a.parameters ?? {}).length - Object.keys(b.parameters ?? {}).length);
    const chosen = candidates[0] ?? {
      route: routes.find((route) => route.routeKey === '$default'),
      parameters: undefined,
    };
    if (!chosen.route) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"message":"Not Found"}');
      return;
    }
    const event = toApiGatewayEvent(
      request,
      body,
      {
        routeKey: chosen.route.routeKey,
        ...(chosen.parameters ? { pathParameters: chosen.parameters } : {}),
      },
      randomBytes(8).toString('hex'),
      clock.now(),
    );
    try {
      const result = (await functions.get(chosen.route.functionId)?.invoke(event)) as {
        statusCode?: number;
        headers?: Record<string, string>;
        body?: string;
        isBase64Encoded?: boolean;
      };
      response.writeHead(result.statusCode ?? 200, result.headers ?? {});
      response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
    } catch {
      // What API Gateway answers when the function itself fails.
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"message":"Internal Server Error"}');
    }
  };
}

/** API Gateway's address, listening before its routes are known: they answer once `serve` is given them. */
async function openApiServer(): Promise<{
  url: string;
  server: Server;
  serve(routes: RequestListener): void;
}> {
  let routes: RequestListener | undefined;
  const server = createServer((request, response) => {
    if (routes) return routes(request, response);
    response.writeHead(503, { 'content-type': 'application/json' });
    response.end('{"message":"Service Unavailable"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    serve: (given) => {
      routes = given;
    },
  };
}
