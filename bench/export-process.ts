/**
 * One export, alone in its process (`bench/exports.ts` starts it): writes the campaign's log into a
 * folder and prints its rows, bytes, seconds and the process's peak memory as JSON.
 */
import { readFileSync } from 'node:fs';
import { FileObjectStore } from '../local/object-store';
import { getCampaign } from '../shared/campaigns/repository';
import { systemClock } from '../shared/clock';
import { createDocumentClient, createDynamoClient } from '../shared/db/client';
import { exportParts } from '../shared/exports/csv';

/** The resident set's high-water mark (Linux), in MB. */
const peakMb = () =>
  Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);

const [endpoint, tableName, accountId, campaignId, folder] = process.argv.slice(2) as string[];
const db = { client: createDocumentClient(createDynamoClient({ endpoint })), tableName: tableName as string };
const campaign = await getCampaign(db, accountId as string, campaignId as string);
if (!campaign) throw new Error('no campaign');
const startMb = peakMb();
const store = new FileObjectStore(folder as string, () => 'http://127.0.0.1', systemClock);
let rows = 0;
const started = process.hrtime.bigint();
const { bytes } = await store.write(
  'bench.csv',
  exportParts(db, campaign, {}, (count) => {
    rows += count;
  }),
  'text/csv',
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
db.client.destroy();
console.log(JSON.stringify({ rows, bytes, seconds, peakMb: peakMb(), startMb }));
