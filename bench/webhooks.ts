/**
 * Webhook deliveries: 10,000 events raised for one endpoint on 127.0.0.1, through the outbox, the
 * local webhook queue and the very handler the deployed function runs. Events/s and the lag from
 * raise to receipt; then the same with the receiver failing 30% of requests at random, retried on a
 * clock moved to each retry's time, until all succeed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoLocal } from '../local/dynamo';
import { ensureTable } from '../local/table';
import { LocalWebhookQueue } from '../local/webhooks';
import { createAccount } from '../shared/accounts/repository';
import { ManualClock } from '../shared/clock';
import { chunk } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { createLogger } from '../shared/logger';
import type { WebhookEvent } from '../shared/ports';
import { configureRuntime } from '../shared/runtime';
import { randomEventId } from '../shared/webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../shared/webhooks/outbox';
import { createWebhook } from '../shared/webhooks/repository';
import { timed } from './support';

const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 10_000);
const log = createLogger({ level: 'silent' });

/** A receiver that answers 500 to `failureRate` of requests at random, and counts what it accepted. */
async function startBenchReceiver() {
  const state = {
    failureRate: 0,
    requests: 0,
    refused: 0,
    accepted: new Map<string, number>(),
    lags: [] as number[],
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (piece: Buffer) => chunks.push(piece));
    request.on('end', () => {
      state.requests++;
      if (Math.random() < state.failureRate) {
        state.refused++;
        response.writeHead(500).end();
        return;
      }
      const id = String(request.headers['webhook-id']);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { raisedAtMs: number } };
      state.accepted.set(id, (state.accepted.get(id) ?? 0) + 1);
      state.lags.push(Date.now() - body.data.raisedAtMs);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, state, server };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

export async function benchWebhooks(): Promise<void> {
  const dynamo = await startDynamoLocal();
  const receiver = await startBenchReceiver();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-webhooks');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-webhooks' };
    const clock = new ManualClock(new Date());
    const queue = new LocalWebhookQueue(clock, log);
    configureRuntime({ db, clock, log, ports: { webhookQueue: queue }, webhookAllowLoopback: true });
    const { handler } = await import('../functions/webhooks/handler');
    queue.connect(handler);
    console.log(
      `\nWebhooks, ${EVENTS.toLocaleString('en')} events to one endpoint on 127.0.0.1, against DynamoDB Local\n`,
    );

    const run = async (label: string, failureRate: number) => {
      const { account } = await createAccount(db, {
        name: label,
        plan: { senderLimit: 1 },
        now: clock.now(),
      });
      await createWebhook(
        db,
        account.id,
        { url: receiver.url, events: ['*'], description: label },
        clock.now(),
      );
      receiver.state.failureRate = failureRate;
      receiver.state.requests = 0;
      receiver.state.refused = 0;
      receiver.state.accepted.clear();
      receiver.state.lags = [];
      let clockMoves = 0;
      const measured = await timed(async () => {
        // As the reports raise them: 96 events per outbox item, written, then relayed to the queue.
        const endpoints = await enabledWebhooks(db, account.id);
        for (const some of chunk(
          Array.from({ length: EVENTS }, (_, index) => index),
          96,
        )) {
          const events: WebhookEvent[] = some.map((index) => ({
            id: randomEventId(),
            type: 'message.delivered',
            timestamp: clock.now().toISOString(),
            data: { phone: `22507${String(index).padStart(8, '0')}`, raisedAtMs: Date.now() },
          }));
          const raised = eventsToRaise(db, { accountId: account.id, endpoints }, events, clock.now());
          if (!raised) throw new Error('the endpoint wants every event');
          await db.client.send(new PutCommand(raised.put.Put));
          await relay({ db, log, webhookQueue: queue }, raised);
        }
        await queue.drain();
        // Retries wait on the clock: move it to each one's time rather than wait for it.
        for (let next = queue.nextVisibleAt(); next; next = queue.nextVisibleAt()) {
          clock.set(next);
          clockMoves++;
          queue.deliverDue();
          await queue.drain();
        }
      });
      const { state } = receiver;
      const duplicates = [...state.accepted.values()].filter((count) => count > 1).length;
      console.log(
        `  ${label}: ${state.accepted.size.toLocaleString('en')} of ${EVENTS.toLocaleString('en')} events accepted in ${measured.seconds.toFixed(1)} s = ${Math.round(EVENTS / measured.seconds).toLocaleString('en')} events/s; ${state.requests.toLocaleString('en')} requests (${state.refused.toLocaleString('en')} answered 500), accepted twice: ${duplicates}, dead-lettered: ${queue.deadLetters.length}`,
      );
      console.log(
        `    lag from raise to receipt: p50 ${percentile(state.lags, 50)} ms, p99 ${percentile(state.lags, 99)} ms${clockMoves ? ` (retries: the clock moved ${clockMoves} times, up to ${Math.round((clock.now().getTime() - Date.parse(new Date().toISOString())) / 60_000)} min ahead)` : ''}`,
      );
    };
    await run('receiver answering 2xx', 0);
    await run('receiver failing 30% at random', 0.3);
  } finally {
    receiver.server.closeAllConnections();
    receiver.server.close();
    await dynamo.stop();
  }
}
