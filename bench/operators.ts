/**
 * The operators' overview, read from the usage counters: 1,000,000 messages recorded over 30 days, for
 * a few accounts and for many (its cost grows with the accounts that sent each day, not the messages).
 */
import { startDynamoLocal } from '../local/dynamo';
import { ensureTable } from '../local/table';
import { ManualClock } from '../shared/clock';
import { batchWrite } from '../shared/db/batch';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { keys } from '../shared/db/keys';
import { platformOverview } from '../shared/operators/overview';
import { lastDays } from '../shared/usage/usage';
import { timed } from './support';

const MESSAGES = Number(process.env.BENCH_OVERVIEW_MESSAGES ?? 1_000_000);
const DESTINATIONS = [
  ['CI', 'Orange'],
  ['CI', 'MTN'],
  ['CI', 'Moov'],
  ['SN', 'Orange'],
] as const;

/** Usage items as the send and reports paths leave them, `accounts` of them each day. */
async function record(db: Db, now: Date, accounts: number): Promise<void> {
  const days = lastDays(now, 30);
  const perItem = Math.ceil(MESSAGES / (days.length * accounts));
  const items = days.flatMap((day) =>
    Array.from({ length: accounts }, (_, index) => {
      const accountId = index.toString(16).padStart(24, '0');
      const counts: Record<string, number> = {};
      for (const [country, network] of DESTINATIONS) {
        const sent = Math.round(perItem / DESTINATIONS.length);
        counts[`d|${country}|${network}|sent`] = sent;
        counts[`d|${country}|${network}|segments`] = sent;
        counts[`d|${country}|${network}|charged`] = sent * 250_000;
        counts[`d|${country}|${network}|delivered`] = Math.round(sent * 0.9);
        counts[`d|${country}|${network}|undelivered`] = Math.round(sent * 0.07);
      }
      return {
        ...keys.usageDay(accountId, day),
        ...keys.usageListing(day, accountId),
        accountId,
        day,
        ...counts,
      };
    }),
  );
  await batchWrite(
    db,
    items.map((item) => ({ PutRequest: { Item: item } })),
  );
}

export async function benchOperators(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    const now = new ManualClock('2026-12-05T12:00:00.000Z').now();
    console.log(
      `\nOperators' overview: ${MESSAGES.toLocaleString('en')} messages recorded over 30 days, against DynamoDB Local\n`,
    );
    for (const accounts of [50, 1000]) {
      const tableName = `bench-overview-${accounts}`;
      await ensureTable(base, tableName);
      const db: Db = { client: createDocumentClient(base), tableName };
      await record(db, now, accounts);
      await platformOverview(db, now); // warm: the first read pays for connections
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < 7; run++) {
        const read = await timed(() => platformOverview(db, now));
        times.push(read.seconds * 1000);
        total = read.result.total.sent;
      }
      const median = times.sort((a, b) => a - b)[3] as number;
      console.log(
        `  ${accounts.toLocaleString('en')} accounts sending every day (${(accounts * 30).toLocaleString('en')} counter items, ${total.toLocaleString('en')} messages): the overview in ${median.toFixed(0)} ms (median of 7)   (goal: under 200 ms)`,
      );
    }
  } finally {
    await dynamo.stop();
  }
}
