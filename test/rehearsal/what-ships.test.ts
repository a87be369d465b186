import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoPrices } from '../../local/demo';
import { type Rehearsal, readTemplate, startRehearsal, synthesize } from '../../rehearsal/stack';
import type { Template } from '../../rehearsal/template';
import { createAccount } from '../../shared/accounts/repository';
import { keys } from '../../shared/db/keys';
import { CONFIRMATION_TEXTS } from '../../shared/opt-outs/confirmations';
import { setSenderStatus } from '../../shared/senders/use-cases';
import { createFundedAccount } from '../support/accounts';
import { TEST_ACTOR } from '../support/actors';
import { checkAnswer } from '../support/answers-check';
import { isListening, run, runToEnd } from '../support/process';

/**
 * The product's flows, run against what `cdk deploy` ships: the synthesized template and the bundles,
 * every AWS call checked against its function's role. Slow to start (a synth), so one file.
 */
let cdkOut: string;
let template: Template;
let rehearsal: Rehearsal;
let apiKey: string;
let accountId: string;
const FLOWS_REQUESTS_PER_SECOND = 10_000;

beforeAll(async () => {
  cdkOut = await synthesize();
  template = readTemplate(cdkOut);
  rehearsal = await startRehearsal({ cdkOut, template, dynamoEndpoint: inject('dynamoEndpoint') });
  // The flows run at machine speed on the real clock: their key may make far more than 20 requests a
  // second (the limit itself is rehearsed with an account of its own).
  await seedDemoPrices(rehearsal.db, rehearsal.clock);
  const created = await createFundedAccount(rehearsal.db, {
    name: 'R',
    plan: { senderLimit: 3, requestsPerSecond: FLOWS_REQUESTS_PER_SECOND },
    now: new Date(),
  });
  apiKey = created.apiKey;
  accountId = created.account.id;
}, 240_000);

afterAll(async () => {
  await rehearsal?.stop();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field
type Answer = { status: number; headers: Headers; body: any };
async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(rehearsal.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : undefined;
  // What ships answers as the OpenAPI document says, too.
  checkAnswer('POST', path, response.status, answer);
  return { status: response.status, headers: response.headers, body: answer };
}

/** What ships with a template broken on purpose, each function loaded at its first call. */
const startBroken = (broken: Template) =>
  startRehearsal({
    cdkOut,
    template: broken,
    dynamoEndpoint: inject('dynamoEndpoint'),
    functionsOnFirstCall: true,
  });

const outboxOf = (campaignId: string) =>
  rehearsal.gateway.state.outbox.filter((sms) => sms.context.campaignId === campaignId);
const nextYear = (month: number, day: number, hour: number) =>
  new Date(Date.UTC(new Date().getUTCFullYear() + 1, month - 1, day, hour, 0, 0));

/**
 * Runs `work` while the function whose id starts with `prefix` has each statement of its role replaced by
 * what `change` makes of it (dropped when undefined), then gives the role its statements back.
 */
async function withStatements(
  prefix: string,
  change: (statement: unknown) => unknown,
  work: (fn: string) => Promise<void>,
): Promise<void> {
  const [fn] = [...rehearsal.functions.keys()].filter((id) => id.startsWith(prefix));
  if (!fn) throw new Error(`no function ${prefix}`);
  const policies = rehearsal.gateway.policiesOf(fn);
  rehearsal.gateway.setPolicies(
    fn,
    policies.map((entry) => ({
      ...entry,
      policy: {
        ...entry.policy,
        Statement: entry.policy.Statement.map(change).filter((statement) => statement !== undefined),
      },
    })),
  );
  try {
    await work(fn);
  } finally {
    rehearsal.gateway.setPolicies(fn, policies);
  }
}

describe('what cdk deploy ships, rehearsed', () => {
  it("runs the docs' standard campaign: saved and new contacts, a group, an accepted sender", async () => {
    const sender = await post('/v1/sender/create', { name: 'MySender', description: 'Rehearsal' });
    expect(sender.status).toBe(201);
    await setSenderStatus(
      { db: rehearsal.db, clock: { now: () => new Date() } },
      { actor: TEST_ACTOR, senderId: sender.body.data.id, to: 'ACCEPTED' },
    );
    const contact = await post('/v1/contact/create', { phone: '2250700000001', firstName: 'Awa' });
    const group = await post('/v1/group/create', { name: 'VIP' });
    const added = await post(`/v1/group/${group.body.data.id}/add`, {
      contacts: [{ phone: '2250700000002' }],
    });
    expect([contact.status, group.status, added.status]).toEqual([201, 201, 200]);
    const created = await post('/v1/campaign/create', {
      contacts: [
        { id: contact.body.data.id, phone: '2250700000001' },
        { phone: '2250700000003', name: 'John Doe' },
      ],
      groupsIds: [group.body.data.id],
      text: 'Bonjour @nom_complet bon début de semaine.',
      senderId: 'MySender',
    });
    expect(created.body.error ?? created.status, JSON.stringify(created.body.details)).toBe(201);
    await rehearsal.settle();
    const sent = outboxOf(created.body.data.id);
    expect(sent.map((sms) => sms.to).sort()).toEqual(['+2250700000001', '+2250700000002', '+2250700000003']);
    expect(new Set(sent.map((sms) => sms.from))).toEqual(new Set(['MySender']));
    expect((await post(`/v1/campaign/${created.body.data.id}`, {})).body.data).toMatchObject({
      status: 'SENT',
      // Three segments to Côte d'Ivoire at the demonstration price: what the account was charged.
      stats: { sent: 3, failed: 0, delivered: 3, parts: 3, cost: { amount: 75, currency: 'XOF' } },
    });
    const log = await post(`/v1/campaign/${created.body.data.id}/messages`, { phone: '2250700000003' });
    expect(log.body.data).toEqual([
      expect.objectContaining({
        text: 'Bonjour John Doe bon début de semaine.',
        status: 'DELIVERED',
        providerStatus: 'TEXT_DELIVERED',
      }),
    ]);

    // The recipient replies STOP to the two-way number: through SNS and the inbound queue, off the list.
    await rehearsal.reply('+2250700000003', 'STOP svp');
    const optOuts = await post('/v1/opt-out/list', { phone: '2250700000003' });
    expect(optOuts.body.data).toEqual([expect.objectContaining({ source: 'reply', keyword: 'STOP' })]);
    // Confirmed from the two-way number, with no campaign's context: its role allows that number.
    expect(rehearsal.gateway.state.outbox.filter((sms) => sms.to === '+2250700000003').at(-1)).toMatchObject({
      from: '+2250000000000',
      to: '+2250700000003',
      text: CONFIRMATION_TEXTS.stop,
      context: {},
    });
    const again = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000003' }, { phone: '2250700000004' }],
      text: 'Encore',
    });
    await rehearsal.settle();
    expect(outboxOf(again.body.data.id).map((sms) => sms.to)).toEqual(['+2250700000004']);
    expect((await post(`/v1/campaign/${again.body.data.id}`, {})).body.data.stats).toMatchObject({
      sent: 1,
      failed: 1,
      optedOut: 1,
    });
  });

  it('sends a scheduled campaign when its schedule fires, and a cancelled one never', async () => {
    const at = nextYear(3, 20, 10);
    const scheduled = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000011' }],
      text: 'Rappel',
      type: 'SCHEDULED',
      scheduledDate: at.toISOString(),
    });
    const cancelled = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000012' }],
      text: 'Annulé',
      type: 'SCHEDULED',
      scheduledDate: at.toISOString(),
    });
    expect((await post(`/v1/campaign/${cancelled.body.data.id}/cancel`, {})).status).toBe(200);
    await rehearsal.fireSchedules(new Date(at.getTime() + 1000));
    expect(outboxOf(scheduled.body.data.id)).toHaveLength(1);
    expect(outboxOf(cancelled.body.data.id)).toHaveLength(0);
  });

  it('holds a recipient back through quiet hours with a release schedule the dispatch function makes', async () => {
    const at = nextYear(4, 20, 10);
    const created = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000021' }],
      text: 'Plus tard',
      type: 'SCHEDULED',
      scheduledDate: at.toISOString(),
      quietHours: { start: '09:00', end: '11:00' },
    });
    expect(created.status).toBe(201);
    await rehearsal.fireSchedules(new Date(at.getTime() + 1000));
    expect(outboxOf(created.body.data.id)).toHaveLength(0);
    expect((await post(`/v1/campaign/${created.body.data.id}`, {})).body.data.stats).toMatchObject({
      deferred: 1,
    });
    await rehearsal.fireSchedules(new Date(at.getTime() + 3_600_000 + 1000));
    expect(outboxOf(created.body.data.id)).toHaveLength(1);
    expect((await post(`/v1/campaign/${created.body.data.id}`, {})).body.data.stats).toMatchObject({
      deferred: 0,
      sent: 1,
    });
  });

  it('sends a recurring campaign every week for two weeks', async () => {
    const monday = nextYear(6, 1, 9);
    while (monday.getUTCDay() !== 1) monday.setUTCDate(monday.getUTCDate() + 1);
    const recurring = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000021' }],
      text: 'Hebdo',
      type: 'RECURRING',
      recurring: { monday: monday.toISOString() },
    });
    expect(recurring.status).toBe(201);
    await rehearsal.fireSchedules(new Date(monday.getTime() + 14 * 86_400_000 + 1000));
    expect(outboxOf(recurring.body.data.id).length).toBeGreaterThanOrEqual(2);
  });

  it("answers a retried create once (Idempotency-Key), previews a text, and counts a read-only route's requests", async () => {
    const body = { contacts: [{ phone: '2250700000031' }], text: 'Une fois' };
    const key = { 'idempotency-key': 'rehearsal-1' };
    const first = await post('/v1/campaign/create', body, key);
    const again = await post('/v1/campaign/create', body, key);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const preview = await post('/v1/sms/preview', { text: 'Bonjour é' });
    expect(preview.status).toBe(200);
    // A read-only route may still count its key's requests (an update its role allows in that partition only).
    const listed = await post('/v1/sender/list', {});
    expect(listed.status).toBe(200);
    expect(listed.headers.get('x-ratelimit-limit')).toBe(String(FLOWS_REQUESTS_PER_SECOND));
  });

  it("refuses a key's requests beyond its allowance with 429 in the envelope", async () => {
    const limited = await createAccount(rehearsal.db, {
      name: 'One a second',
      plan: { senderLimit: 1, requestsPerSecond: 1 },
      now: new Date(),
    });
    // Fifty requests one after another take far less than the 49 s it would need for each to fall in a
    // second of its own: at least two share a second, and the second of them is refused.
    const statuses: number[] = [];
    let refused: Answer | undefined;
    for (let i = 0; i < 50 && !refused; i++) {
      const answer = await post('/v1/sender/list', {}, { 'x-api-key': limited.apiKey });
      statuses.push(answer.status);
      if (answer.status === 429) refused = answer;
    }
    expect(refused?.body.error, statuses.join(',')).toBe('rate-limited');
    expect(refused?.headers.get('retry-after')).toBe('1');
  });

  it('serves every route, with every listing filter, within what its role allows', async () => {
    const ok = async (path: string, body: Record<string, unknown> = {}) => {
      const answer = await post(path, body);
      expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBeLessThan(300);
      return answer.body;
    };
    const denialsBefore = rehearsal.gateway.state.denials.length;
    const contact = (await ok('/v1/contact/create', { phone: '2250700000041', name: 'Aïcha Traoré' })).data;
    for (const filter of [{}, { phone: '22507' }, { search: 'aich' }, { page: 2, count: 1 }]) {
      await ok('/v1/contact/list', filter);
    }
    await ok(`/v1/contact/${contact.id}`);
    const group = (await ok('/v1/group/create', { name: 'Filtres' })).data;
    await ok('/v1/group/list');
    await ok(`/v1/group/${group.id}/add`, {
      contacts: [{ phone: '2250700000042' }],
      contactIds: [contact.id],
    });
    await ok(`/v1/group/${group.id}`);
    await ok(`/v1/group/${group.id}/remove`, { contactIds: [contact.id] });
    const sender = (await ok('/v1/sender/create', { name: 'Filtres', description: 'all routes' })).data;
    for (const order of [{}, { orderBy: 'name', sort: 'desc' }]) await ok('/v1/sender/list', order);
    await ok('/v1/sms/preview', { text: 'Bonjour @prenom' });
    const campaign = (
      await ok('/v1/campaign/create', {
        contacts: [{ phone: '2250700000043' }],
        groupsIds: [group.id],
        text: 'Bonjour',
        senderId: sender.id,
        type: 'SCHEDULED',
        scheduledDate: nextYear(7, 1, 9).toISOString(),
      })
    ).data;
    for (const filter of [{}, { status: 'PENDING' }, { page: 2, limit: 1 }])
      await ok('/v1/campaign/list', filter);
    await ok(`/v1/campaign/${campaign.id}`);
    await ok(`/v1/sender/${sender.id}/campaign`);
    await ok(`/v1/campaign/${campaign.id}/cancel`);
    // An address literal needs no DNS: this endpoint is created, listed, rotated and deleted, never called.
    const webhook = (
      await ok('/v1/webhook/create', { url: 'https://93.184.216.34/hooks', events: ['campaign.sent'] })
    ).data;
    await ok('/v1/webhook/list');
    await ok(`/v1/webhook/${webhook.id}`);
    await ok(`/v1/webhook/${webhook.id}/rotate-secret`);
    await ok(`/v1/webhook/${webhook.id}/deliveries`);
    await ok(`/v1/webhook/${webhook.id}/delete`);
    expect((await post('/v1/nothing/here', {})).status).toBe(404);
    const described = await fetch(`${rehearsal.url}/v1/openapi.json`);
    expect(described.status).toBe(200);
    expect(((await described.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const page = await fetch(`${rehearsal.url}/docs`);
    expect([page.status, await page.text()]).toEqual([
      200,
      expect.stringContaining('/docs/swagger-ui-bundle.js'),
    ]);
    const script = await fetch(`${rehearsal.url}/docs/swagger-ui-bundle.js`);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect((await script.text()).length).toBeGreaterThan(1_000_000);
    // Served from beside the bundle, where the bundling copied it (Lambda has no node_modules).
    const [, docsAsset] =
      Object.entries(template.Resources).find(
        ([id, resource]) => id.startsWith('ApiDocsAsset') && resource.Type === 'AWS::Lambda::Function',
      ) ?? [];
    const assetPath = String(docsAsset?.Metadata?.['aws:asset:path']);
    expect(existsSync(join(cdkOut, assetPath, 'swagger-ui-bundle.js')), assetPath).toBe(true);
    // The console: its page, and the script and style sheet built at synth and copied beside the bundle.
    const consolePage = await fetch(`${rehearsal.url}/`);
    const consoleHtml = await consolePage.text();
    expect([consolePage.status, consolePage.headers.get('content-security-policy')]).toEqual([
      200,
      expect.stringContaining("connect-src 'self'"),
    ]);
    const consoleScript = consoleHtml.match(/src="(\/console\/app\.js\?v=[0-9a-f]+)"/)?.[1];
    const served = await fetch(`${rehearsal.url}${consoleScript}`);
    expect([served.status, served.headers.get('content-encoding')]).toEqual([200, 'gzip']);
    expect((await served.text()).length).toBeGreaterThan(50_000);
    const [, consoleAsset] =
      Object.entries(template.Resources).find(
        ([id, resource]) => id.startsWith('ApiConsole') && resource.Type === 'AWS::Lambda::Function',
      ) ?? [];
    const consoleAssetPath = String(consoleAsset?.Metadata?.['aws:asset:path']);
    for (const file of ['app.js', 'app.css', 'operators.js', 'operators.css'])
      expect(existsSync(join(cdkOut, consoleAssetPath, file)), `${consoleAssetPath}/${file}`).toBe(true);
    // The send and reports functions name each number's network from the carrier data beside them.
    for (const prefix of ['SendingSend', 'ReportsApply']) {
      const [, counting] =
        Object.entries(template.Resources).find(
          ([id, resource]) => id.startsWith(prefix) && resource.Type === 'AWS::Lambda::Function',
        ) ?? [];
      const countingPath = String(counting?.Metadata?.['aws:asset:path']);
      expect(
        existsSync(join(cdkOut, countingPath, 'carrier', '225.bson')),
        `${prefix}: ${countingPath}`,
      ).toBe(true);
    }
    expect(rehearsal.gateway.state.denials.slice(denialsBefore)).toEqual([]);
  });

  it('refuses loopback webhooks as deployed, checks again at delivery, and retries through the queue', async () => {
    const refused = await post('/v1/webhook/create', { url: 'http://127.0.0.1:8080/hooks', events: ['*'] });
    expect(refused).toMatchObject({ status: 400, body: { error: 'webhook-url-not-allowed' } });
    // An endpoint whose name now resolves to this machine, as a DNS change would make it: written as
    // the API would have, the deployed delivery function must refuse it when it comes to call it.
    const id = '0000000000000000000000aa';
    await rehearsal.db.client.send(
      new PutCommand({
        TableName: rehearsal.db.tableName,
        Item: {
          ...keys.webhook(accountId, id),
          entity: 'webhook',
          accountId,
          id,
          url: 'http://127.0.0.1:8080/hooks',
          events: ['*'],
          description: '',
          status: 'ENABLED',
          createdAt: new Date().toISOString(),
          secrets: [{ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
        },
      }),
    );
    const denialsBefore = rehearsal.gateway.state.denials.length;
    const tested = await post(`/v1/webhook/${id}/test`, {});
    expect(tested.status).toBe(200);
    // The reports of a campaign raise message.delivered through the reports function's outbox and queue.
    const created = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000051' }],
      text: 'Hook',
    });
    // An API route raises its own: the opt-out route's outbox item and hand-off, within its role.
    expect((await post('/v1/opt-out/add', { phones: ['2250700000052'] })).status).toBe(200);
    await rehearsal.settle();
    const deliveries = (await post(`/v1/webhook/${id}/deliveries`, {})).body.data;
    expect(deliveries).toEqual(
      expect.arrayContaining(
        ['webhook.test', 'message.delivered', 'campaign.sent', 'contact.opted_out'].map((type) =>
          expect.objectContaining({
            type,
            status: 'PENDING',
            attempts: 1,
            lastError: expect.stringMatching(/^address not allowed: only https/),
            nextAttemptAt: expect.any(String),
          }),
        ),
      ),
    );
    expect(created.status).toBe(201);
    // Each waits out its visibility in the queue (ChangeMessageVisibility, allowed by the role).
    const waiting = [...rehearsal.gateway.state.queues.values()]
      .flat()
      .filter((message) => message.visibleAt);
    expect(waiting.length).toBeGreaterThanOrEqual(4);
    expect(rehearsal.gateway.state.denials.slice(denialsBefore)).toEqual([]);
    await post(`/v1/webhook/${id}/delete`, {});
  });

  it('denies a call its role does not allow, as AWS would, and says which', async () => {
    // The statement that lets it query its indexes, without the campaigns' listing index.
    const withoutListingIndex = (statement: unknown) => {
      const { Resource } = statement as { Resource?: unknown };
      return Array.isArray(Resource)
        ? {
            ...(statement as object),
            Resource: Resource.filter((arn) => !String(arn).endsWith('/index/gsi3')),
          }
        : statement;
    };
    await withStatements('ApiCampaignList', withoutListingIndex, async (fn) => {
      const answer = await post('/v1/campaign/list', { status: 'ALL' });
      expect(answer.status).toBe(500);
      expect(rehearsal.gateway.state.denials.at(-1)).toMatchObject({
        function: fn,
        action: 'dynamodb:Query',
        resource: expect.stringContaining('/index/gsi3'),
      });
    });
    expect((await post('/v1/campaign/list', { status: 'ALL' })).status).toBe(200);
  });

  it('fails to start a function the template does not give a variable it needs, naming it', async () => {
    const broken = structuredClone(template);
    const [, dispatch] =
      Object.entries(broken.Resources).find(
        ([id, resource]) => id.startsWith('SendingDispatch') && resource.Type === 'AWS::Lambda::Function',
      ) ?? [];
    if (!dispatch) throw new Error('the template has no dispatch function');
    const properties = dispatch.Properties as { Environment: { Variables: Record<string, unknown> } };
    delete properties.Environment.Variables.SEND_QUEUE_URL;
    await expect(
      startRehearsal({ cdkOut, template: broken, dynamoEndpoint: inject('dynamoEndpoint') }),
    ).rejects.toThrow(/SendingDispatch.*SEND_QUEUE_URL/);

    // Loaded at their first call, the others start and that one fails each invocation, naming the same.
    const lazy = await startBroken(broken);
    try {
      const [, dispatchFunction] = [...lazy.functions].find(([id]) => id.startsWith('SendingDispatch')) ?? [];
      for (let call = 0; call < 2; call++) {
        await expect(dispatchFunction?.invoke({})).rejects.toThrow(/SendingDispatch.*SEND_QUEUE_URL/);
      }
      const preview = await fetch(`${lazy.url}/v1/sms/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'Bonjour' }),
      });
      // No key: the API's function loaded and refused it.
      expect(preview.status).toBe(401);
    } finally {
      await lazy.stop();
    }
  });

  it("loses the carrier's reports when the topic's policy does not let End User Messaging publish, and says so", async () => {
    const broken = structuredClone(template);
    // The reports topic's policy (the operators' alerts topic has one too).
    const [, topicPolicy] =
      Object.entries(broken.Resources).find(
        ([id, resource]) => resource.Type === 'AWS::SNS::TopicPolicy' && id.startsWith('ReportsTopic'),
      ) ?? [];
    if (!topicPolicy) throw new Error('the template has no topic policy');
    const document = topicPolicy.Properties?.PolicyDocument as { Statement: { Effect: string }[] };
    document.Statement = document.Statement.filter((statement) => statement.Effect !== 'Allow');
    const other = await startBroken(broken);
    try {
      await seedDemoPrices(other.db, other.clock);
      const { apiKey: otherKey } = await createFundedAccount(other.db, {
        name: 'B',
        plan: { senderLimit: 1 },
        now: new Date(),
      });
      const created = await fetch(`${other.url}/v1/campaign/create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': otherKey },
        body: JSON.stringify({ contacts: [{ phone: '2250700000009' }], text: 'Bonjour' }),
      });
      expect(created.status).toBe(201);
      await other.settle();
      expect(other.gateway.state.outbox).toHaveLength(1);
      expect(other.gateway.state.denials).toEqual([
        expect.objectContaining({ function: 'sms-voice.amazonaws.com', action: 'sns:Publish' }),
      ]);
    } finally {
      await other.stop();
    }
  });

  it('exports a message log into the bucket, read through a signed link; without its PutObject the export fails, and says so', async () => {
    const created = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000031', fields: { ville: 'Abidjan' } }, { phone: '2250700000032' }],
      text: 'Bonjour de @ville{chez nous}',
    });
    expect(created.status).toBe(201);
    await rehearsal.settle();
    const started = await post(`/v1/campaign/${created.body.data.id}/export`, {});
    expect(started.status).toBe(200);
    await rehearsal.settle();
    const ready = (await post(`/v1/export/${started.body.data.id}`, {})).body.data;
    expect(ready).toMatchObject({ status: 'READY', rows: 2 });
    // The file is in the template's bucket, and the link is S3's, signed by the exports' API function.
    const [stored] = [...rehearsal.gateway.s3.objects.keys()].filter((key) =>
      key.includes(started.body.data.id),
    );
    expect(stored).toMatch(/^ExportsBucket\w+\/exports\/\w+\/\w+\.csv$/);
    expect(new URL(ready.url).searchParams.get('X-Amz-Credential')).toMatch(/^ApiExports/);
    const text = await (await fetch(ready.url)).text();
    expect(text).toContain('Bonjour de Abidjan');
    expect(text).toContain('Bonjour de chez nous');

    const withoutS3 = (statement: unknown) =>
      JSON.stringify(statement).includes('s3:') ? undefined : statement;
    await withStatements('ExportsWrite', withoutS3, async (fn) => {
      const refused = await post(`/v1/campaign/${created.body.data.id}/export`, {});
      await rehearsal.settle();
      // Three attempts through the queue, each refused; then FAILED.
      expect((await post(`/v1/export/${refused.body.data.id}`, {})).body.data).toMatchObject({
        status: 'FAILED',
      });
      expect(rehearsal.gateway.state.denials.at(-1)).toMatchObject({ function: fn, action: 's3:PutObject' });
    });
  });

  it('imports a file uploaded through a signed link, announced by the bucket to the files queue', async () => {
    const started = await post('/v1/contact/import', { groupName: 'Ships' });
    expect(started.status).toBe(200);
    expect(new URL(started.body.data.uploadUrl).searchParams.get('X-Amz-Credential')).toMatch(/^ApiExports/);
    const put = await fetch(started.body.data.uploadUrl, {
      method: 'PUT',
      body: 'phone,name\n2250700000041,Awa\n2250700000042,Yao\n',
    });
    expect(put.status).toBe(200);
    await rehearsal.settle();
    const done = (await post(`/v1/import/${started.body.data.id}`, {})).body.data;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      rowsRead: 2,
      imported: 2,
      groupId: started.body.data.groupId,
    });
    // What a browser asks first, as the bucket's CORS rules answer it.
    const preflight = await fetch(started.body.data.uploadUrl, {
      method: 'OPTIONS',
      headers: {
        origin: rehearsal.url,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('never announces an upload when the queue does not let S3 send, and says so', async () => {
    const broken = structuredClone(template);
    for (const resource of Object.values(broken.Resources)) {
      if (resource.Type !== 'AWS::SQS::QueuePolicy') continue;
      const document = resource.Properties?.PolicyDocument as { Statement: unknown[] };
      document.Statement = document.Statement.filter(
        (statement) => !JSON.stringify(statement).includes('s3.amazonaws'),
      );
    }
    const other = await startBroken(broken);
    try {
      const { apiKey: otherKey } = await createFundedAccount(other.db, {
        name: 'S',
        plan: { senderLimit: 1 },
        now: new Date(),
      });
      const started = await fetch(`${other.url}/v1/contact/import`, {
        method: 'POST',
        headers: { 'x-api-key': otherKey },
        body: '{}',
      });
      const upload = (await started.json()).data;
      expect((await fetch(upload.uploadUrl, { method: 'PUT', body: 'phone\n2250700000043\n' })).status).toBe(
        200,
      );
      await other.settle();
      expect(other.gateway.state.denials).toEqual([
        expect.objectContaining({ function: 's3.amazonaws.com', action: 'sqs:SendMessage' }),
      ]);
    } finally {
      await other.stop();
    }
  });

  it('follows a short link with the redirect function, counting the click; without its LINK# read it fails, and says so', async () => {
    const created = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700000033' }],
      text: 'Votre reçu : https://recus.exemple.ci/r/33',
      trackLinks: true,
    });
    expect(created.status).toBe(201);
    await rehearsal.settle();
    const messages = (await post(`/v1/campaign/${created.body.data.id}/messages`, {})).body.data;
    const link = /http\S+\/l\/[0-9A-Za-z]{8}/.exec(messages[0].text)?.[0] as string;
    // The link is under the API's own address (the template's ApiEndpoint and `/l`).
    expect(link.startsWith(`${rehearsal.url}/l/`)).toBe(true);
    const followed = await fetch(link, { redirect: 'manual' });
    expect(followed.status).toBe(302);
    expect(followed.headers.get('location')).toBe('https://recus.exemple.ci/r/33');
    await rehearsal.settle();
    const campaign = (await post(`/v1/campaign/${created.body.data.id}`, {})).body.data;
    expect(campaign.stats).toMatchObject({ clicked: 1, clicks: 1 });

    const withoutLinks = (statement: unknown) =>
      JSON.stringify(statement).includes('LINK#') ? undefined : statement;
    await withStatements('ApiShortLink', withoutLinks, async (fn) => {
      expect((await fetch(link, { redirect: 'manual' })).status).toBe(500);
      expect(rehearsal.gateway.state.denials.at(-1)).toMatchObject({
        function: fn,
        action: 'dynamodb:GetItem',
      });
    });
  });

  it('ends with no call denied by any role in the flows above but the ones removed on purpose', () => {
    expect(
      rehearsal.gateway.state.denials.filter(
        (denial) =>
          !denial.resource.includes('/index/gsi3') &&
          denial.action !== 's3:PutObject' &&
          !(denial.function.startsWith('ApiShortLink') && denial.action === 'dynamodb:GetItem'),
      ),
    ).toEqual([]);
  });
});

/** `npm start`'s own routes, answered by what ships: last in the file, since they move its clock on. */
describe("the rehearsal's local controls (CONTRACT.md, Local stack)", () => {
  const local = async (path: string, body?: unknown) => {
    const response = await fetch(rehearsal.url + path, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: read field by field
    return { status: response.status, body: (await response.json()) as any };
  };
  const quarterAfter = (instant: Date, minutes: number) =>
    new Date(Math.ceil((instant.getTime() + minutes * 60_000) / 900_000) * 900_000);

  it('answers /health', async () => {
    expect(await local('/health')).toEqual({
      status: 200,
      body: { success: true, data: { status: 'ok' }, error: null },
    });
  });

  it('moves the time every shipped function reads, and fires the schedules that fall due', async () => {
    const before = new Date((await local('/_local/clock')).body.data.now);
    const moved = new Date(before.getTime() + 30 * 86_400_000);
    const set = await local('/_local/clock', { now: moved.toISOString() });
    expect(set.status).toBe(200);
    expect(Date.parse(set.body.data.now)).toBeGreaterThanOrEqual(moved.getTime());
    expect(await local('/_local/clock', { now: before.toISOString() })).toMatchObject({ status: 400 });

    // The campaign function reads the moved clock: a date between the real time and it is past.
    const past = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700070001' }],
      text: 'Trop tard',
      type: 'SCHEDULED',
      scheduledDate: quarterAfter(before, 60).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.details[0].message).toMatch(/must be in the future/);

    const at = quarterAfter(moved, 30);
    const scheduled = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700070002', firstName: 'Awa' }],
      text: 'Bonjour @prenom',
      type: 'SCHEDULED',
      scheduledDate: at.toISOString(),
    });
    expect(scheduled.status).toBe(201);
    const fired = await local('/_local/clock', { now: new Date(at.getTime() + 1000).toISOString() });
    expect(fired.body.data.fired).toBe(1);
    const outbox = await local(`/_local/outbox?campaignId=${scheduled.body.data.id}`);
    expect(outbox.body.data).toEqual([
      expect.objectContaining({
        to: '2250700070002',
        text: 'Bonjour Awa',
        encoding: 'GSM-7',
        segments: 1,
        campaignId: scheduled.body.data.id,
      }),
    ]);
    expect(Date.parse(outbox.body.data[0].occurrence)).toBe(at.getTime());
    // Sent at the moved time, by the send function's own clock.
    expect(Date.parse(outbox.body.data[0].sentAt)).toBeGreaterThan(at.getTime());
  });

  it("plays the carrier's fate on its clock, and the provider's refusals, as npm start does", async () => {
    const late = '2250700070003';
    const refused = '2250700070004';
    expect(
      (await local('/_local/outbox/reports', { phone: late, outcome: 'UNDELIVERED', delaySeconds: 600 }))
        .status,
    ).toBe(200);
    expect(
      (await local('/_local/outbox/failures', { phone: refused, kind: 'final', reason: 'invalid-number' }))
        .status,
    ).toBe(200);
    const campaign = await post('/v1/campaign/create', {
      contacts: [{ phone: late }, { phone: refused }],
      text: 'Votre colis arrive',
    });
    await rehearsal.settle();
    const messages = async () =>
      Object.fromEntries(
        (await post(`/v1/campaign/${campaign.body.data.id}/messages`, {})).body.data.map(
          (message: { phone: string }) => [message.phone, message],
        ),
      );
    expect(await messages()).toMatchObject({
      [late]: { status: 'SENT' },
      [refused]: { status: 'FAILED', reason: 'invalid-number' },
    });
    const now = Date.parse((await local('/_local/clock')).body.data.now);
    const ticked = await local('/_local/clock', { now: new Date(now + 601_000).toISOString() });
    expect(ticked.body.data.reported).toBeGreaterThan(0);
    expect((await messages())[late]).toMatchObject({
      status: 'UNDELIVERED',
      providerStatus: 'TEXT_CARRIER_UNREACHABLE',
    });
  });

  it('takes a reply through the two-way number, and an outage of the dispatch queue that the recovery makes up', async () => {
    const phone = '2250700070005';
    const campaign = await post('/v1/campaign/create', { contacts: [{ phone }], text: 'Promo' });
    await rehearsal.settle();
    const stop = await local('/_local/inbound', { from: phone, text: 'STOP' });
    expect(stop.body.data).toMatchObject({
      keyword: 'STOP',
      kind: 'stop',
      confirmation: CONFIRMATION_TEXTS.stop,
    });
    expect((await post('/v1/opt-out/list', { phone })).body.totalCount).toBe(1);
    expect(campaign.status).toBe(201);

    expect((await local('/_local/queues/outage', { dispatch: 1 })).body.data).toEqual({ dispatch: 1 });
    const held = await post('/v1/campaign/create', {
      contacts: [{ phone: '2250700070006' }],
      text: 'Plus tard',
    });
    expect(held.status).toBe(201);
    await rehearsal.settle();
    expect((await local(`/_local/outbox?campaignId=${held.body.data.id}`)).body.data).toHaveLength(0);
    const now = Date.parse((await local('/_local/clock')).body.data.now);
    const recovered = await local('/_local/clock', { now: new Date(now + 3 * 60_000).toISOString() });
    expect(recovered.body.data.recovered).toBe(1);
    expect((await local(`/_local/outbox?campaignId=${held.body.data.id}`)).body.data).toHaveLength(1);
  });
});

describe('npm run rehearse', () => {
  // Its own synth (83 s on an idle machine here) shares the CI machine's two cores with the other tests.
  it("runs the flow, holds what ships for the operators' command line, and Ctrl-C stops everything", async () => {
    const rehearse = run('npm', ['run', 'rehearse', '--', '--hold'], {});
    try {
      const [, api] = await rehearse.waitFor(/API at (http:\/\/127\.0\.0\.1:\d+)/);
      const [, dynamo] = await rehearse.waitFor(/DynamoDB Local at (http:\/\/127\.0\.0\.1:\d+)/);
      const [, stateFile] = await rehearse.waitFor(/LOCAL_STATE_FILE=(\S+)/);
      expect(rehearse.output()).toContain('rehearsal: passed');
      expect(await isListening(api as string)).toBe(true);
      // The banner npm start prints, in the same shape: its demo key works on what ships.
      const [, demoKey] = await rehearse.waitFor(/API key {4}(\S+)/);
      for (const line of [
        `Console    ${api}/`,
        `API        ${api}   (health: ${api}/health)`,
        'Stop:       Ctrl-C',
      ])
        expect(rehearse.output()).toContain(line);
      const demoSenders = await fetch(`${api}/v1/sender/list`, {
        method: 'POST',
        headers: { 'x-api-key': demoKey as string },
      });
      expect(demoSenders.status).toBe(200);
      expect((await fetch(`${api}/health`)).status).toBe(200);

      // The operators' command line works on what ships: an account, then a sender accepted.
      const admin = (...args: string[]) =>
        runToEnd('npm', ['run', '-s', 'admin', '--', ...args], { LOCAL_STATE_FILE: stateFile as string });
      const account = JSON.parse((await admin('account', 'create', '--name', 'Held')).stdout) as {
        apiKey: string;
      };
      const created = await fetch(`${api}/v1/sender/create`, {
        method: 'POST',
        headers: { 'x-api-key': account.apiKey },
        body: JSON.stringify({ name: 'Held', description: 'rehearsal' }),
      });
      const senderId = ((await created.json()) as { data: { id: string } }).data.id;
      const accepted = await admin('sender', 'set-status', senderId, 'ACCEPTED');
      expect(accepted.stderr).toBe('');
      const listed = await fetch(`${api}/v1/sender/list`, {
        method: 'POST',
        headers: { 'x-api-key': account.apiKey },
      });
      expect(((await listed.json()) as { data: { status: string }[] }).data[0]?.status).toBe('ACCEPTED');
      expect(await isListening(dynamo as string)).toBe(true);
      rehearse.signalGroup('SIGINT');
      await rehearse.exited;
      expect(await isListening(api as string)).toBe(false);
      expect(await isListening(dynamo as string)).toBe(false);
    } finally {
      rehearse.signalGroup('SIGKILL');
    }
  }, 360_000);
});
