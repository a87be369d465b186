/**
 * `npm run bench -- balance`: one account's balance item under rivals. Every hold, chunk charge and
 * occurrence end of an account changes the same item, on condition it is still as read; a burst of
 * campaigns in one account makes them meet. N changes at once, against DynamoDB Local: how long they
 * take, and how many gave up after `changeBalance`'s attempts (the queue would hand them over again).
 */
import { startDynamoLocal } from '../local/dynamo';
import { ensureTable } from '../local/table';
import { createAccount } from '../shared/accounts/repository';
import { systemClock } from '../shared/clock';
import { createDocumentClient, createDynamoClient, type Db } from '../shared/db/client';
import { getBalance, moneyDeps } from '../shared/money/balance';
import { recordMovement } from '../shared/money/repository';
import { timed } from './support';

const RIVALS = [8, 32, 64];

export async function benchBalance(): Promise<void> {
  const dynamo = await startDynamoLocal();
  try {
    const base = createDynamoClient({ endpoint: dynamo.endpoint });
    await ensureTable(base, 'bench-balance');
    const db: Db = { client: createDocumentClient(base), tableName: 'bench-balance' };
    console.log("\nOne account's balance, N changes at once (DynamoDB Local)\n");
    console.log('  rivals   seconds   changes/s   gave up   balance exact');
    for (const rivals of RIVALS) {
      const { account } = await createAccount(db, {
        name: 'B',
        plan: { senderLimit: 1 },
        now: systemClock.now(),
      });
      let gaveUp = 0;
      const run = await timed(() =>
        Promise.all(
          Array.from({ length: rivals }, (_, index) =>
            recordMovement(
              moneyDeps({ db }),
              account.id,
              { id: `rival-${index}`, type: 'TOP_UP', units: 1 },
              systemClock.now(),
            ).catch(() => {
              gaveUp++;
            }),
          ),
        ),
      );
      const balance = (await getBalance(db, account.id)).balance;
      console.log(
        `  ${String(rivals).padStart(6)} ${run.seconds.toFixed(2).padStart(9)} ${Math.round(
          (rivals - gaveUp) / run.seconds,
        )
          .toLocaleString('en')
          .padStart(
            11,
          )} ${String(gaveUp).padStart(9)}   ${balance === rivals - gaveUp ? 'yes' : `NO (${balance})`}`,
      );
    }
    db.client.destroy();
  } finally {
    await dynamo.stop();
  }
}
