import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { buildConsole } from '../console/build';
import { CognitoUserDirectory, cognitoUserTokens } from '../shared/accounts/aws/cognito';
import { OffsetClock, type SettableClock } from '../shared/clock';
import { environmentOf, FILES_TIMEOUT_SECONDS } from '../shared/config';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import type { Logger } from '../shared/logger';
import { inboundEvent } from '../shared/opt-outs/inbound';
import { configureRuntime, runtime } from '../shared/runtime';
import { SEND_TIMEOUT_SECONDS } from '../shared/sending/send';
import type { Resolver } from '../shared/webhooks/url-safety';
import { type CognitoTwin, startCognitoTwin } from './cognito';
import { LocalDeadLetters } from './dead-letters';
import { DEMO_PEOPLE, seedDemoAccount, seedDemoPeople, seedDemoPrices } from './demo';
import { type DynamoLocal, startDynamoLocal } from './dynamo';
import { lambdaContext } from './lambda-context';
import { localRoutes } from './local-routes';
import { FileObjectStore } from './object-store';
import { LocalQueues, LocalScheduler, Outbox } from './sending';
import { createLocalServer } from './server';
import { ensureTable } from './table';
import { LocalWebhookQueue } from './webhooks';

export const LOCAL_TABLE_NAME = 'sms-platform';
/** The number replies are sent to on the local stack. */
const LOCAL_TWO_WAY_NUMBER = '+2250000000000';

export interface LocalStackOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  dynamoPort?: number;
  /** Use this running DynamoDB (Local) instead of starting one; tests share one this way. */
  dynamoEndpoint?: string;
  tableName?: string;
  /** Keep DynamoDB Local's data in this folder instead of memory. */
  dataDir?: string;
  /** Seed (or find) the demo account with this key; otherwise a new key is generated. */
  demoApiKey?: string;
  clock?: SettableClock;
  log?: Logger;
  /** How often scheduled campaigns are checked against the clock; 0 fires them only when the clock is moved. */
  tickMs?: number;
  /** How long the outbox takes to accept a message, as a real provider's call would (ms, ± half). */
  providerLatencyMs?: number;
  /** Otherwise `REQUESTS_PER_SECOND_PER_KEY`, or the default. */
  requestsPerSecondPerKey?: number;
  /** How webhook hosts resolve (a test's names); the system's otherwise. */
  resolver?: Resolver;
}

export interface LocalStack {
  url: string;
  port: number;
  dynamo: { endpoint: string; process?: DynamoLocal['process'] };
  db: Db;
  demo: { accountId: string; apiKey: string; created: boolean };
  /** The user pool's twin, and who may sign in to the console at once. */
  cognito: Pick<CognitoTwin, 'endpoint' | 'userPoolId' | 'clientId' | 'emails' | 'client' | 'giveTotp'>;
  people: typeof DEMO_PEOPLE;
  clock: SettableClock;
  outbox: Outbox;
  queues: LocalQueues;
  webhookQueue: LocalWebhookQueue;
  scheduler: LocalScheduler;
  /** Where exports are written (S3's twin), and served from (`/_local/files/…`). */
  objectStore: FileObjectStore;
  /**
   * Fires the schedules that fell due, recovers lost hand-offs and hands the carrier's due reports to
   * the reports function, as the ticker does every `tickMs`.
   */
  tick(): Promise<Tick>;
  stop(): Promise<void>;
}

export interface Tick {
  fired: number;
  recovered: number;
  reported: number;
  /** Events left in the outbox, relayed by the sweeper. */
  relayed: number;
  /** Webhook deliveries whose time came (first attempts and retries). */
  webhooks: number;
}

export class PortInUseError extends Error {}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use. Stop what runs there or choose another: PORT=3001 npm start`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => done((server.address() as AddressInfo).port));
  });
}

let messageCount = 0;
/** What the files queue's notifications name as the bucket. */
const LOCAL_BUCKET = 'local-files';

const renamed = ({ requeued, relayed }: { requeued: number; relayed: number }) => ({
  recovered: requeued,
  relayed,
});

/** An SQS event of one message, as the event source mapping would deliver it. */
function sqsEvent(body: unknown): SQSEvent {
  return sqsBatch([JSON.stringify(body)]);
}

function sqsBatch(bodies: readonly string[]): SQSEvent {
  return { Records: bodies.map((body) => ({ messageId: `local-${++messageCount}`, body }) as SQSRecord) };
}

/** Fails fast, before DynamoDB Local's JVM starts, when the API's port is taken. */
async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise<void>((done) => probe.close(() => done()));
}

/** DynamoDB Local, the table, the runtime the handlers use, a demo account and the HTTP server. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  await checkPortFree(options.port ?? 3000, host);
  const dynamo: Pick<DynamoLocal, 'endpoint' | 'stop'> & Partial<DynamoLocal> = options.dynamoEndpoint
    ? { endpoint: options.dynamoEndpoint, stop: async () => {} }
    : await startDynamoLocal({ port: options.dynamoPort, dataDir: options.dataDir });
  let cognito: CognitoTwin | undefined;
  try {
    cognito = await startCognitoTwin({
      host,
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'cognito') } : {}),
    });
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, tableName);
    const db: Db = { client: createDocumentClient(base), tableName };
    const clock = options.clock ?? new OffsetClock();
    const log = options.log ?? runtime().log;
    const queues = new LocalQueues(log, undefined, clock);
    const outbox = new Outbox(clock, { ms: options.providerLatencyMs ?? 0 });
    const scheduler = new LocalScheduler(db, clock, queues);
    const webhookQueue = new LocalWebhookQueue(clock, log);
    // Exports are files: kept with the data when it is kept, in a folder of the run's own otherwise.
    const filesFolder = options.dataDir
      ? join(options.dataDir, 'files')
      : await mkdtemp(join(tmpdir(), 'sms-platform-files-'));
    const address = { url: '' };
    // An upload announces itself on the files queue, as the bucket's notification does deployed.
    const objectStore = new FileObjectStore(
      filesFolder,
      () => address.url,
      clock,
      (file) => queues.fileUploaded({ bucket: LOCAL_BUCKET, ...file }),
    );
    // Configured before any handler module loads: each checks, as it loads, that it has what it needs.
    configureRuntime({
      db,
      clock,
      log,
      ports: {
        scheduler,
        dispatchQueue: queues,
        sendQueue: queues,
        smsProvider: outbox,
        webhookQueue,
        userTokens: cognitoUserTokens(
          environmentOf({
            userPoolId: cognito.userPoolId,
            userPoolClientId: cognito.clientId,
            cognitoEndpoint: cognito.endpoint,
          }),
          cognito.client,
        ),
        userDirectory: new CognitoUserDirectory(cognito.client, cognito.userPoolId),
        deadLetters: new LocalDeadLetters(queues, webhookQueue, outbox),
        exportQueue: queues,
        objectStore,
        clickQueue: outbox,
      },
      userPool: {
        userPoolId: cognito.userPoolId,
        clientId: cognito.clientId,
        endpoint: cognito.endpoint,
        issuer: `${cognito.endpoint}/${cognito.userPoolId}`,
      },
      stopNumber: LOCAL_TWO_WAY_NUMBER,
      replyConfirmations: true,
      // Receivers on this machine: the local stack only.
      webhookAllowLoopback: true,
      ...(options.resolver ? { resolver: options.resolver } : {}),
      ...(options.requestsPerSecondPerKey
        ? { requestsPerSecondPerKey: options.requestsPerSecondPerKey }
        : {}),
    });
    // The queue hands its messages to the very handler modules the deployed functions run, as SQS would.
    const { handler: dispatchHandler } = await import('../functions/dispatch/handler');
    const { handler: sendHandler } = await import('../functions/send/handler');
    const { handler: recoverHandler } = await import('../functions/recover/handler');
    const { handler: reportsHandler } = await import('../functions/reports/handler');
    const { handler: inboundHandler } = await import('../functions/inbound/handler');
    const { handler: webhooksHandler } = await import('../functions/webhooks/handler');
    const { handler: exportsHandler } = await import('../functions/exports/handler');
    webhookQueue.connect(webhooksHandler);
    // The two-way number: a reply goes to the inbound function as its queue would hand it over; a
    // reply given the id of an earlier one plays a redelivery.
    const inbound = async (reply: { from: string; text: string; id?: string }) =>
      (
        await inboundHandler(
          sqsBatch([inboundEvent({ id: randomUUID(), ...reply, to: LOCAL_TWO_WAY_NUMBER })]),
        )
      ).batchItemFailures.length === 0;
    queues.connect({
      dispatch: async (request) => {
        const answer = await dispatchHandler(sqsEvent(request));
        if (answer?.batchItemFailures.length) throw new Error('the dispatch function asked for a retry');
      },
      send: async (task) => {
        const context = lambdaContext(`local-send-${++messageCount}`, 'send', SEND_TIMEOUT_SECONDS);
        return { retry: (await sendHandler(sqsEvent(task), context)).batchItemFailures.length };
      },
      export: async (work) => {
        const context = lambdaContext(`local-files-${++messageCount}`, 'files', FILES_TIMEOUT_SECONDS);
        const answer = await exportsHandler(sqsEvent(work), context);
        if (answer.batchItemFailures.length) throw new Error('the files function asked for a retry');
      },
    });
    const demo = await seedDemoAccount(db, clock, options.demoApiKey);
    await seedDemoPrices(db, clock);
    await seedDemoPeople(db, clock, cognito, demo.accountId);
    // What runs on a timer on AWS (the schedules that fall due, the recovery of lost hand-offs), and the
    // carrier's reports, handed to the reports function as their queue would.
    const tick = async (): Promise<Tick> => ({
      fired: await scheduler.fire(clock.now()),
      ...renamed(await recoverHandler()),
      reported: await outbox.deliverDueReports(clock.now(), async (bodies) => {
        const event = sqsBatch(bodies);
        const { batchItemFailures } = await reportsHandler(event);
        const failed = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
        return new Set(
          event.Records.flatMap((record, index) => (failed.has(record.messageId) ? [index] : [])),
        );
      }),
      webhooks: webhookQueue.deliverDue(),
    });
    // The console is served from its build, as the deployed function serves the copy made at synth.
    buildConsole();
    const server = await createLocalServer({
      localRoutes: localRoutes({ clock, tick, queues, outbox, inbound, emails: cognito.emails }),
      streamingRoutes: [objectStore.route],
    });
    const port = await listen(server, options.port ?? 3000, host);
    address.url = `http://${host}:${port}`;
    // Short links are served by this server, as the deployed API serves them under its own address.
    configureRuntime({ shortLinkBase: `${address.url}/l` });
    const tickMs = options.tickMs ?? 5000;
    const ticker =
      tickMs > 0
        ? setInterval(
            () => void tick().catch((error: unknown) => log.error('local tick failed', { error })),
            tickMs,
          )
        : undefined;
    const stop = async () => {
      if (ticker) clearInterval(ticker);
      await queues.drain();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      db.client.destroy();
      await cognito?.stop();
      await dynamo.stop();
      if (!options.dataDir) await rm(filesFolder, { recursive: true, force: true });
    };
    return {
      url: `http://${host}:${port}`,
      port,
      dynamo: { endpoint: dynamo.endpoint, process: dynamo.process },
      db,
      demo,
      cognito,
      people: DEMO_PEOPLE,
      clock,
      outbox,
      queues,
      webhookQueue,
      scheduler,
      objectStore,
      tick,
      stop,
    };
  } catch (error) {
    await cognito?.stop();
    await dynamo.stop();
    throw error;
  }
}
