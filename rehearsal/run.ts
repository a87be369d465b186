/**
 * `npm run rehearse`: synthesizes the app, runs what it ships (template, bundles, IAM), and takes a
 * campaign through it as a customer would: an API key, a sender, an immediate and a scheduled campaign.
 * Prints what happened, and any call a role denied; exits non-zero when anything failed. With `--hold`
 * it then keeps what ships running (the API's URL is printed) until Ctrl-C.
 */
import { join, relative } from 'node:path';
import { banner } from '../local/banner';
import { giveOpeningBalance, seedDemoAccount, seedDemoPeople, seedDemoPrices } from '../local/demo';
import { createAccount } from '../shared/accounts/repository';
import { lintTemplate } from './cfn-lint';
import { startRehearsal, synthesize } from './stack';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** The part of the API's envelope this run reads. */
interface Envelope {
  data?: { id?: string; status?: string };
  error?: string;
  totalCount?: number;
}

const HELD_STATE_FILE = join(import.meta.dirname, '..', '.local', 'rehearsal', 'stack.json');
const started = Date.now();
console.log('rehearsal: cdk synth …');
const cdkOut = await synthesize();
console.log(
  `rehearsal: synthesized in ${((Date.now() - started) / 1000).toFixed(1)} s; starting what it ships …`,
);
const lint = await lintTemplate(join(cdkOut, 'SmsPlatform.template.json'));
if (!lint.ran) console.log('rehearsal: cfn-lint is not installed here: the template is not linted');
else if (lint.ok) console.log('rehearsal: cfn-lint: no error, no warning (.cfnlintrc.yaml)');
else {
  console.error(`rehearsal: cfn-lint found what .cfnlintrc.yaml does not allow:\n${lint.findings}`);
  process.exit(1);
}
const rehearsal = await startRehearsal({ cdkOut });
const stops: (() => Promise<void>)[] = [];
const stopAll = async () => {
  for (const step of stops) await step();
  await rehearsal.stop();
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
process.once('SIGTERM', () => void stopAll().then(() => process.exit(143)));

let failed = false;
const check = (what: string, ok: boolean, detail = '') => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failed = true;
};
try {
  console.log(
    `rehearsal: ${rehearsal.functions.size} functions running from their bundles; API at ${rehearsal.url}`,
  );
  console.log(`rehearsal: DynamoDB Local at ${rehearsal.dynamoEndpoint}\n`);
  const { account, apiKey } = await createAccount(rehearsal.db, {
    name: 'Rehearsal',
    plan: { senderLimit: 3 },
    now: new Date(),
  });
  // Funded as the demo account is: its campaigns are held, charged and released on what ships.
  await seedDemoPrices(rehearsal.db, rehearsal.clock);
  await giveOpeningBalance(rehearsal.db, rehearsal.clock, account.id);
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(rehearsal.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Envelope };
  };

  const sender = await post('/v1/sender/create', { name: 'Rehearsal', description: 'A rehearsal sender' });
  check('sender/create', sender.status === 201, `${sender.status}`);
  check('sender/list', (await post('/v1/sender/list', {})).body.totalCount === 1);
  const now = await post('/v1/campaign/create', {
    contacts: [{ phone: '2250700000001', name: 'Awa Koné' }, { phone: '2250700000002' }],
    text: 'Bonjour @nom_complet',
  });
  check('campaign/create (now)', now.status === 201, `${now.status} ${now.body.error ?? ''}`);
  await rehearsal.settle();
  const sent = rehearsal.gateway.state.outbox.filter((sms) => sms.context.campaignId === now.body.data?.id);
  check(
    'the immediate campaign went out through dispatch, send and the SMS provider',
    sent.length === 2,
    `${sent.length} SMS`,
  );
  const scheduledDate = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 20, 10, 0, 0));
  const later = await post('/v1/campaign/create', {
    contacts: [{ phone: '2250700000003' }],
    text: 'Rappel',
    type: 'SCHEDULED',
    scheduledDate: scheduledDate.toISOString(),
  });
  check('campaign/create (scheduled)', later.status === 201, `${later.status} ${later.body.error ?? ''}`);
  await rehearsal.fireSchedules(new Date(scheduledDate.getTime() + 1000));
  const laterSent = rehearsal.gateway.state.outbox.filter(
    (sms) => sms.context.campaignId === later.body.data?.id,
  );
  check(
    'the scheduled campaign went out when its schedule fired',
    laterSent.length === 1,
    `${laterSent.length} SMS`,
  );
  const details = await post(`/v1/campaign/${now.body.data?.id}`, {});
  check(
    'campaign/{id} shows it SENT',
    details.body.data?.status === 'SENT',
    String(details.body.data?.status),
  );
  // biome-ignore lint/suspicious/noExplicitAny: read field by field
  const stats = (details.body.data as any)?.stats;
  check(
    "the carrier's reports came back through the configuration set, SNS and the reports queue",
    stats?.delivered === 2,
    JSON.stringify({ delivered: stats?.delivered }),
  );
  // Two messages of one segment to Côte d'Ivoire at the demonstration price (25) each.
  check(
    'the campaign was charged what it handed over',
    stats?.cost?.amount === 50,
    JSON.stringify(stats?.cost),
  );
  // biome-ignore lint/suspicious/noExplicitAny: read field by field
  const balance = (await post('/v1/account/balance', {})).body.data as any;
  check(
    'the balance moved by its charges, and nothing stays held once both occurrences ended',
    balance?.balance?.amount === 100_000 - 75 && balance?.reserved?.amount === 0,
    JSON.stringify({ balance: balance?.balance, reserved: balance?.reserved }),
  );
  const log = await post(`/v1/campaign/${now.body.data?.id}/messages`, { status: 'DELIVERED' });
  check('campaign/{id}/messages lists both DELIVERED', log.body.totalCount === 2, `${log.body.totalCount}`);
  // A bulk import: the file uploaded to the link the API signs, announced by the bucket to the files
  // queue, read by the files function (one row refused, one repeated).
  const started = await post('/v1/contact/import', { groupName: 'Import rehearsal' });
  const upload = started.body.data as { id: string; uploadUrl: string; groupId: string } | undefined;
  const csv = 'Téléphone;Prénom\n2250701000001;Awa\n2250701000002;Yao\nabc;Moussa\n2250701000001;Awa\n';
  const put = upload ? await fetch(upload.uploadUrl, { method: 'PUT', body: csv }) : undefined;
  check('contact/import signs an upload link that takes the file', put?.status === 200, `${put?.status}`);
  await rehearsal.settle();
  const imported = (await post(`/v1/import/${upload?.id}`, {})).body.data as
    | { status: string; imported: number; duplicates: number; refused: number; errorsUrl?: string }
    | undefined;
  check(
    'the import read the file: 2 contacts, 1 repeat, 1 row refused',
    imported?.status === 'COMPLETED' &&
      imported.imported === 2 &&
      imported.duplicates === 1 &&
      imported.refused === 1 &&
      typeof imported.errorsUrl === 'string',
    JSON.stringify(imported),
  );
  const consolePage = await fetch(`${rehearsal.url}/`);
  const consoleScript = (await consolePage.text()).match(/src="(\/console\/app\.js\?v=\w+)"/)?.[1];
  const script = consoleScript ? await fetch(rehearsal.url + consoleScript) : undefined;
  check(
    'the web console is served at /, with the script built at synth',
    consolePage.status === 200 && script?.status === 200,
    `${consolePage.status} ${script?.status ?? 'no script named'}`,
  );
  const denials = rehearsal.gateway.state.denials;
  check(
    'no call was denied by a role or a resource policy',
    denials.length === 0,
    denials.map((d) => `${d.function} ${d.action} ${d.resource}`).join('; '),
  );
} catch (error) {
  check('the rehearsal ran', false, (error as Error).message);
}
console.log(
  `\nrehearsal: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (process.argv.includes('--hold') && !failed) {
  // The operators' command line finds the held rehearsal as it finds `npm start`.
  const { writeState, clearState } = await import('../local/state-file');
  writeState(
    {
      pid: process.pid,
      url: rehearsal.url,
      dynamoEndpoint: rehearsal.dynamoEndpoint,
      tableName: rehearsal.db.tableName,
      userPool: { endpoint: rehearsal.cognito.endpoint, userPoolId: rehearsal.cognito.userPoolId },
    },
    HELD_STATE_FILE,
  );
  stops.push(async () => clearState(HELD_STATE_FILE));
  const demo = await seedDemoAccount(rehearsal.db, rehearsal.clock, process.env.DEMO_API_KEY);
  await seedDemoPrices(rehearsal.db, rehearsal.clock);
  const people = await seedDemoPeople(rehearsal.db, rehearsal.clock, rehearsal.cognito, demo.accountId);
  console.log(`rehearsal: holding; the API stays at ${rehearsal.url}. Ctrl-C stops everything.`);
  console.log(
    banner({
      title: 'rehearsal of what cdk deploy ships (held)',
      url: rehearsal.url,
      dynamo: { endpoint: rehearsal.dynamoEndpoint, note: 'in memory: gone when you stop' },
      demo,
      people,
      admin: `LOCAL_STATE_FILE=${relative(process.cwd(), HELD_STATE_FILE)} npm run admin --`,
    }),
  );
} else {
  await stopAll();
  process.exit(failed ? 1 : 0);
}
