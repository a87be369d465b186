/**
 * One part of the scale bench, alone in its process (`bench/scale.ts` starts it) so its peak memory is
 * its own: `import` reads an uploaded file into contacts and a group, as the files function does;
 * `plan` dispatches a campaign's occurrence into chunks, as the dispatch function does (reading its large
 * audience first, timed apart), keeping the
 * first `keep` recipients' chunks in a file for the sending that follows. Prints JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FileObjectStore } from '../local/object-store';
import { prepareRecipients } from '../shared/campaigns/prepare';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { createDocumentClient, createDynamoClient } from '../shared/db/client';
import { fileArrived, runImport } from '../shared/imports/use-cases';
import { createLogger } from '../shared/logger';
import type { SendTask } from '../shared/ports';
import { dispatchOccurrence } from '../shared/sending/dispatch';

/** The resident set's high-water mark (Linux), in MB. */
const peakMb = () =>
  Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);

const [mode, endpoint, tableName, accountId, id, ...rest] = process.argv.slice(2) as string[];
const db = { client: createDocumentClient(createDynamoClient({ endpoint })), tableName: tableName as string };
const log = createLogger({ level: 'error' });
const started = process.hrtime.bigint();
const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;

if (mode === 'import') {
  const [folder, key, bytes] = rest as [string, string, string];
  const deps = {
    db,
    clock: systemClock,
    log,
    objectStore: new FileObjectStore(folder, () => 'http://127.0.0.1', systemClock),
    exportQueue: { continueImport: async () => {} },
  };
  // As Lambda would, in invocations of 15 minutes: each hands over to the next.
  let outcome = await fileArrived(deps, { key, bytes: Number(bytes) }, () => 15 * 60_000);
  while (outcome === 'continued') {
    outcome = await runImport(
      deps,
      { accountId: accountId as string, importId: id as string },
      () => 15 * 60_000,
    );
  }
  console.log(JSON.stringify({ outcome, seconds: seconds(), peakMb: peakMb() }));
} else {
  const [keep, tasksFile, slot] = rest as [string, string, string];
  const kept: SendTask[] = [];
  let recipients = 0;
  let chunks = 0;
  // A large audience is read by the dispatch before it plans: timed apart (the plan then reads it again).
  const campaign = await getCampaign(db, accountId as string, id as string);
  if (campaign?.preparing) await prepareRecipients({ db, clock: systemClock }, campaign);
  const prepareSeconds = seconds();
  const preparePeakMb = peakMb();
  await dispatchOccurrence(
    {
      db,
      clock: systemClock,
      log,
      scheduler: { create: async () => {}, delete: async () => {} },
      // The queue takes the chunks; only the first ones are kept, for the sending that follows.
      sendQueue: {
        send: async (tasks) => {
          for (const task of tasks) {
            chunks++;
            if (recipients < Number(keep)) kept.push(task);
            recipients += task.recipients.length;
          }
        },
      },
    },
    { accountId: accountId as string, campaignId: id as string, slot },
  );
  const planSeconds = seconds() - prepareSeconds;
  const peak = peakMb();
  writeFileSync(tasksFile, JSON.stringify(kept));
  console.log(
    JSON.stringify({ recipients, chunks, prepareSeconds, preparePeakMb, seconds: planSeconds, peakMb: peak }),
  );
}
db.client.destroy();
