/**
 * `npm run bench -- load`: the API on the local stack under 8, 32 and 64 connections at once (autocannon):
 * a text preview, the campaign list, and a campaign created with 100 contacts (sent by the local stack
 * as it goes). Requests a second, p50 and p99 latency, and the count of 5xx answers (the goal: none).
 */
import autocannon from 'autocannon';
import { startDynamoLocal } from '../local/dynamo';
import { startLocalStack } from '../local/stack';
import { systemClock } from '../shared/clock';
import { createLogger } from '../shared/logger';
import { moneyDeps } from '../shared/money/balance';
import { recordMovement } from '../shared/money/repository';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = [8, 32, 64];
const API_KEY = 'bench-load-key';

const contacts = Array.from({ length: 100 }, (_, i) => ({
  phone: `22507${String(i).padStart(8, '0')}`,
  firstName: `Awa ${i}`,
}));

const ROUTES: { name: string; path: string; body: object }[] = [
  {
    name: 'sms/preview',
    path: '/v1/sms/preview',
    body: { text: 'Bonjour @prenom, vos soldes vous attendent : -20 % !' },
  },
  { name: 'campaign/list', path: '/v1/campaign/list', body: { limit: 20 } },
  {
    name: 'campaign/create (100 contacts)',
    path: '/v1/campaign/create',
    body: { contacts, text: 'Bonjour @prenom, votre commande est prête.' },
  },
];

export async function benchLoad(): Promise<void> {
  const dynamo = await startDynamoLocal();
  const stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: dynamo.endpoint,
    demoApiKey: API_KEY,
    log: createLogger({ level: 'error' }),
    // Measured here is the API, not one key's allowance.
    requestsPerSecondPerKey: 1_000_000,
    tickMs: 0,
  });
  try {
    await recordMovement(
      moneyDeps({ db: stack.db }),
      stack.demo.accountId,
      { id: 'bench-load-top-up', type: 'TOP_UP', units: 1e15 },
      systemClock.now(),
    );
    console.log(`\nThe API under load, local stack, ${SECONDS} s a run (autocannon)\n`);
    console.log(
      '  route                            connections   requests/s   p50 ms   p99 ms   5xx   other non-2xx',
    );
    for (const route of ROUTES) {
      for (const connections of CONNECTIONS) {
        const result = await autocannon({
          url: stack.url + route.path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
          body: JSON.stringify(route.body),
          connections,
          duration: SECONDS,
        });
        // Unanswered (errors, timeouts) counts as a server's failure; a 4xx would mean the bench asks wrongly.
        const failures = result['5xx'] + result.errors + result.timeouts;
        const refused = result.non2xx - result['5xx'];
        console.log(
          `  ${route.name.padEnd(32)} ${String(connections).padStart(11)} ${Math.round(result.requests.average).toLocaleString('en').padStart(12)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p99).padStart(8)} ${String(failures).padStart(5)} ${String(refused).padStart(15)}${failures || refused ? '  (goal: 0) NOT MET' : ''}`,
        );
        // What the run queued (a created campaign is sent as it goes) is sent before the next run starts.
        const draining = process.hrtime.bigint();
        await stack.queues.drain();
        const drained = Number(process.hrtime.bigint() - draining) / 1e9;
        if (drained >= 1)
          console.log(`${' '.repeat(34)}then ${drained.toFixed(0)} s for the stack to send what it queued`);
      }
    }
  } finally {
    await stack.stop();
    await dynamo.stop();
  }
}
