import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_PLAN } from '../shared/accounts/account';
import { createAccount, findAccountIdByApiKey } from '../shared/accounts/repository';
import type { Clock } from '../shared/clock';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import type { Logger } from '../shared/logger';
import { configureRuntime } from '../shared/runtime';
import { type DynamoLocal, startDynamoLocal } from './dynamo';
import { createLocalServer } from './server';
import { ensureTable } from './table';

export const LOCAL_TABLE_NAME = 'sms-platform';

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
  clock?: Clock;
  log?: Logger;
}

export interface LocalStack {
  url: string;
  port: number;
  dynamo: { endpoint: string; process?: DynamoLocal['process'] };
  db: Db;
  demo: { accountId: string; apiKey: string; created: boolean };
  stop(): Promise<void>;
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

/** Fails fast, before DynamoDB Local's JVM starts, when the API's port is taken. */
async function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise<void>((done) => probe.close(() => done()));
}

async function seedDemoAccount(db: Db, clock: Clock, demoApiKey: string | undefined) {
  if (demoApiKey) {
    const existing = await findAccountIdByApiKey(db, demoApiKey);
    if (existing) return { accountId: existing, apiKey: demoApiKey, created: false };
  }
  const { account, apiKey } = await createAccount(db, {
    name: 'Demo',
    plan: DEFAULT_PLAN,
    now: clock.now(),
    ...(demoApiKey ? { apiKey: demoApiKey } : {}),
  });
  return { accountId: account.id, apiKey, created: true };
}

/** DynamoDB Local, the table, the runtime the handlers use, a demo account and the HTTP server. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const host = options.host ?? '127.0.0.1';
  const tableName = options.tableName ?? LOCAL_TABLE_NAME;
  await checkPortFree(options.port ?? 3000, host);
  const dynamo: Pick<DynamoLocal, 'endpoint' | 'stop'> & Partial<DynamoLocal> = options.dynamoEndpoint
    ? { endpoint: options.dynamoEndpoint, stop: async () => {} }
    : await startDynamoLocal({ port: options.dynamoPort, dataDir: options.dataDir });
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, tableName);
    const db: Db = { client: createDocumentClient(base), tableName };
    const rt = configureRuntime({
      db,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.log ? { log: options.log } : {}),
    });
    const demo = await seedDemoAccount(db, rt.clock, options.demoApiKey);
    const server = await createLocalServer();
    const port = await listen(server, options.port ?? 3000, host);
    const stop = async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      db.client.destroy();
      await dynamo.stop();
    };
    return {
      url: `http://${host}:${port}`,
      port,
      dynamo: { endpoint: dynamo.endpoint, process: dynamo.process },
      db,
      demo,
      stop,
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
