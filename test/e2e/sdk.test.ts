import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { freePort } from '../../local/dynamo';
import { type CampaignCreateInput, SmsApiError, SmsClient } from '../../sdk/src/index';
import { checkedFetch } from '../support/answers-check';
import { startTestStack, type TestStack } from '../support/local-stack';
import { signIn } from '../support/people';

let stack: TestStack;
let sms: SmsClient;

beforeAll(async () => {
  stack = await startTestStack();
  // Every answer the SDK gets is held to the OpenAPI document too.
  sms = new SmsClient({ apiKey: stack.demo.apiKey, baseUrl: stack.url, backoffMs: 1, fetch: checkedFetch });
});

afterAll(async () => {
  await stack?.stop();
});

describe("the docs' examples through the SDK", () => {
  it('standard (with real ids for the saved contact and groups), then list and get', async () => {
    const saved = await sms.contact.create({ phone: '22500000000', name: 'John Doe' });
    const group1 = await sms.group.create({ name: 'group_1' });
    const group2 = await sms.group.create({ name: 'group_2' });
    await sms.group.add(group1.id, { contacts: [{ phone: '2250700009001' }] });
    await sms.group.add(group2.id, { contactIds: [saved.id] });

    const res = await sms.campain.create({
      contacts: [
        // saved contact
        { id: saved.id, phone: '22500000000', name: 'John Doe' },
        // new contact (will be saved if number does not exist)
        { phone: '2250101010101' },
      ],
      groupsIds: [group1.id, group2.id], // will add groups contacts to the campain
      text: 'Bonjour @nom_complet bon début de semaine.',
      senderId: 'My Sender', // will go if active or will use the default sender
    });
    expect(res).toMatchObject({ type: 'SMS', recipientCount: 3, sender: { reason: 'not-found' } });

    const list = await sms.campain.list();
    expect(list).toMatchObject({ totalCount: 1, count: 1, page: 1, totalPage: 1 });
    expect(list.data[0]?.id).toBe(res.id);
    await stack.queues.drain();
    const details = await sms.campain.get(res.id);
    expect(details).toMatchObject({
      id: res.id,
      status: 'SENT',
      stats: { total: 3, sent: 3, failed: 0, pending: 0 },
    });
    expect(details.contacts.map((contact) => contact.phone)).toEqual([
      '22500000000',
      '2250101010101',
      '2250700009001',
    ]);

    // The carrier's reports, a couple of seconds later on the local clock, then the message log.
    await fetch(`${stack.url}/_local/clock`, {
      method: 'POST',
      body: JSON.stringify({ now: new Date(stack.clock.now().getTime() + 3000).toISOString() }),
    });
    expect((await sms.campain.get(res.id)).stats).toMatchObject({ delivered: 3, parts: 3 });
    const log = await sms.campain.messages(res.id, { status: 'DELIVERED', count: 2 });
    expect(log).toMatchObject({ totalCount: 3, count: 2, page: 1, totalPage: 2 });
    expect(log.data[0]).toMatchObject({
      phone: '22500000000',
      text: 'Bonjour John Doe bon début de semaine.',
    });
    expectTypeOf(log.data[0]?.status).toEqualTypeOf<
      'PENDING' | 'SENT' | 'DELIVERED' | 'UNDELIVERED' | 'UNKNOWN' | 'FAILED' | undefined
    >();
  });

  it('scheduled, with a Date (a future one: the docs’ 2024 date is past by now)', async () => {
    const res = await sms.campain.create({
      contacts: [{ phone: '22500000000', name: 'John Doe' }],
      text: 'Rappel : Votre rendez-vous est demain à 10h.',
      senderId: 'My Sender',
      type: 'SCHEDULED',
      scheduledDate: new Date('2026-06-20T10:00:00Z'), // checking date and time
    });
    expect(res).toMatchObject({
      type: 'SCHEDULED',
      scheduledDate: '2026-06-20T10:00:00.000Z',
      status: 'PENDING',
    });
  });

  it("recurring, as in the docs (but for the placeholder contact id 'contact_1')", async () => {
    const res = await sms.campain.create({
      contacts: [{ phone: '22500000000', name: 'John Doe' }],
      text: "Rappel hebdomadaire : N'oubliez pas votre séance.",
      senderId: 'My Sender',
      type: 'RECURRING',
      recurring: {
        monday: new Date('2024-03-18T09:00:00Z'), // checking day and time, not the date
        wednesday: new Date('2024-03-20T09:00:00Z'), // checking day and time, not the date
        friday: new Date('2024-03-22T09:00:00Z'), // checking day and time, not the date
      },
    });
    expect(res).toMatchObject({ type: 'RECURRING', recurring: { monday: '2024-03-18T09:00:00.000Z' } });
    expect(res.nextRunAt).toBeDefined();
  });
});

describe('contact fields and segments through the SDK', () => {
  it('updates and deletes contacts, and keeps, counts and sends to segments', async () => {
    const awa = await sms.contacts.create({ phone: '2250700040001', fields: { ville: 'Abidjan' } });
    await sms.contacts.create({ phone: '2250700040002', fields: { ville: 'Bouaké' } });
    const updated = await sms.contacts.update(awa.id, { firstName: 'Awa', fields: { montant: '5 000' } });
    expect(updated.fields).toEqual({ ville: 'Abidjan', montant: '5 000' });

    const rules = { conditions: [{ field: 'fields.ville', op: 'eq' as const, value: 'Abidjan' }] };
    expect(await sms.segments.preview(rules)).toMatchObject({ count: 1, sample: [{ id: awa.id }] });
    const segment = await sms.segments.create({ name: 'Abidjan', ...rules });
    expect((await sms.segments.get(segment.id)).count).toBe(1);
    expect((await sms.segments.list()).data.map((item) => item.id)).toContain(segment.id);
    expect((await sms.segments.fields()).keys).toEqual(expect.arrayContaining(['montant', 'ville']));
    expect((await sms.segments.update(segment.id, { name: 'Abidjan (clients)' })).name).toBe(
      'Abidjan (clients)',
    );

    const campaign = await sms.campain.create({
      segmentIds: [segment.id],
      text: 'Votre facture : @montant{0} FCFA.',
    });
    expect(campaign).toMatchObject({ recipientCount: 1, segmentIds: [segment.id] });

    const test = await sms.campain.test({
      text: 'Test : @montant{0} FCFA.',
      phones: ['2250700040009'],
      contact: { fields: { montant: '5 000' } },
    });
    expect(test.messages).toEqual([
      { phone: '2250700040009', text: 'Test : 5 000 FCFA.', segments: 1, status: 'SENT' },
    ]);

    const started = await sms.campain.export(campaign.id, { status: 'SENT' });
    expect(started).toEqual({ id: expect.any(String), status: 'RUNNING' });
    await stack.queues.drain();
    const ready = await sms.exports.wait(started.id, { intervalMs: 1 });
    expect(ready).toMatchObject({ status: 'READY', rows: 1, campaignId: campaign.id });
    expect(await (await fetch(ready.url as string)).text()).toContain('Votre facture');

    expect(await sms.segments.delete(segment.id)).toEqual({ id: segment.id, deleted: true });
    expect(await sms.contacts.delete(awa.id)).toEqual({ id: awa.id, deleted: true });
    await expect(sms.contacts.get(awa.id)).rejects.toMatchObject({ code: 'contact-not-found', status: 404 });
  });
});

describe('bulk import through the SDK', () => {
  it('starts an import, uploads its file to the link, and waits until it is done', async () => {
    const upload = await sms.contacts.import({ groupName: 'SDK import', columns: { phone: 'numero' } });
    expect(upload).toMatchObject({ status: 'AWAITING_FILE', maxBytes: 100 * 1024 * 1024 });
    await sms.imports.upload(upload, 'numero;nom\n2250700040021;Awa\n2250700040022;Yao\nx;Moussa\n');
    await stack.queues.drain();
    const done = await sms.imports.wait(upload.id, { intervalMs: 1 });
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 3, imported: 2, refused: 1 });
    expect((await sms.group.get(upload.groupId as string)).memberCount).toBe(2);
    await expect(sms.imports.upload({ uploadUrl: `${upload.uploadUrl}x` }, 'numero\n')).rejects.toMatchObject(
      {
        code: 'upload-refused',
        status: 403,
      },
    );
  });
});

describe('tracked short links through the SDK', () => {
  it('creates with trackLinks, and reads the clicks on the campaign, its messages and over time', async () => {
    const campaign = await sms.campain.create({
      contacts: [{ phone: '2250700040011' }],
      text: 'Nos offres : https://boutique.exemple.ci/offres?source=sms',
      trackLinks: true,
      linkExpiryDays: 30,
    });
    expect(campaign).toMatchObject({ trackLinks: true, linkExpiryDays: 30 });
    const outbox = await fetch(`${stack.url}/_local/outbox?campaignId=${campaign.id}`);
    const [sent] = ((await outbox.json()) as { data: { text: string }[] }).data;
    const link = /http\S+\/l\/[0-9A-Za-z]{8}/.exec(sent?.text ?? '')?.[0] as string;
    expect((await fetch(link, { redirect: 'manual' })).headers.get('location')).toBe(
      'https://boutique.exemple.ci/offres?source=sms',
    );
    await stack.later(10);

    expect((await sms.campain.get(campaign.id)).stats).toMatchObject({ clicked: 1, clicks: 1 });
    const [message] = (await sms.campain.messages(campaign.id)).data;
    expect(message).toMatchObject({ clicks: 1, clickedAt: expect.any(String) });
    const byDay = await sms.campain.clicks(campaign.id, { interval: 'day' });
    expect(byDay).toMatchObject({ campaignId: campaign.id, interval: 'day', clicks: 1 });
    expect(byDay.points.map((point) => point.clicks)).toEqual([1]);
    expectTypeOf(byDay.points[0]?.at).toEqualTypeOf<string | undefined>();
  });
});

describe('SDK errors and retries', () => {
  it('throws SmsApiError with the code, status, details and request id', async () => {
    const error = await sms.campain
      .create({ contacts: [{ phone: '0707' }], text: '' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsApiError);
    expect(error).toMatchObject({ code: 'validation-error', status: 400, requestId: expect.any(String) });
    expect((error as SmsApiError).details.map((detail) => detail.path)).toEqual(['contacts.0.phone', 'text']);
    await expect(sms.campain.get('0123456789abcdef01234567')).rejects.toMatchObject({
      code: 'campaign-not-found',
      status: 404,
    });
    await expect(
      new SmsClient({ apiKey: 'sk_wrong', baseUrl: stack.url }).campain.list(),
    ).rejects.toMatchObject({
      code: 'invalid-api-key',
      status: 401,
    });
  });

  it('retries a create whose answer was lost, and the campaign is created once', async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      const response = await fetch(input, init);
      // The server did the work, but the answer never reaches the client.
      if (calls === 1) throw new TypeError('socket hang up');
      return response;
    };
    const { apiKey } = await import('../support/accounts').then(async ({ createFundedAccount }) =>
      createFundedAccount(stack.db, { name: 'Retry', plan: { senderLimit: 1 }, now: stack.clock.now() }),
    );
    const client = new SmsClient({ apiKey, baseUrl: stack.url, fetch: flaky, backoffMs: 1 });
    const created = await client.campain.create({
      contacts: [{ phone: '2250700009101' }],
      text: 'Une seule fois',
    });
    expect(calls).toBe(2);
    const list = await client.campain.list();
    expect(list.totalCount).toBe(1);
    expect(list.data[0]?.id).toBe(created.id);
  });

  it('waits as long as a 429 says before trying again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const calls: number[] = [];
      const limited: typeof fetch = async () => {
        calls.push(calls.length);
        const body =
          calls.length === 1
            ? { success: false, data: null, error: 'rate-limited', message: 'slow down', requestId: 'r1' }
            : { success: true, data: [], error: null, totalCount: 0, count: 0, page: 1, totalPage: 0 };
        return new Response(JSON.stringify(body), {
          status: calls.length === 1 ? 429 : 200,
          headers: { 'retry-after': '2' },
        });
      };
      const client = new SmsClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch: limited, backoffMs: 1 });
      const listed = client.campain.list();
      await vi.advanceTimersByTimeAsync(1999);
      expect(calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await listed).totalCount).toBe(0);
      expect(calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tries a create again when the same create is still running elsewhere, as long as retry-after says', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const keys: (string | null)[] = [];
      const busy: typeof fetch = async (_input, init) => {
        keys.push(new Headers(init?.headers).get('idempotency-key'));
        const first = keys.length === 1;
        const body = first
          ? { success: false, data: null, error: 'request-in-progress', message: 'busy', requestId: 'r1' }
          : { success: true, data: { id: 'c1' }, error: null };
        return new Response(JSON.stringify(body), {
          status: first ? 409 : 201,
          headers: first ? { 'retry-after': '3' } : {},
        });
      };
      const client = new SmsClient({ apiKey: 'k', baseUrl: 'http://api.test', fetch: busy, backoffMs: 1 });
      const created = client.campain.create({ contacts: [{ phone: '2250700009102' }], text: 'x' });
      await vi.advanceTimersByTimeAsync(2999);
      expect(keys).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await created).id).toBe('c1');
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says clearly when the API cannot be reached, or does not answer in time', async () => {
    const closed = new SmsClient({
      apiKey: 'k',
      baseUrl: `http://127.0.0.1:${await freePort()}`,
      retries: 1,
      backoffMs: 1,
    });
    await expect(closed.campain.list()).rejects.toMatchObject({ code: 'network-error' });
    const silent: typeof fetch = (_input, init) =>
      new Promise((_, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      );
    const slow = new SmsClient({ apiKey: 'k', baseUrl: stack.url, fetch: silent, timeoutMs: 20, retries: 0 });
    await expect(slow.campain.list()).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('signed in with a token (createClient({ token }))', () => {
  it('acts as the user: a token function is asked before each request, and members are managed', async () => {
    const token = await signIn(stack.cognito, stack.people.owner.email, stack.people.owner.password);
    let asked = 0;
    const asUser = new SmsClient({
      token: () => {
        asked += 1;
        return token;
      },
      accountId: stack.demo.accountId,
      baseUrl: stack.url,
      fetch: checkedFetch,
    });
    const invited = await asUser.members.invite({ email: 'sdk.invite@example.com', role: 'viewer' });
    expect(invited).toMatchObject({ email: 'sdk.invite@example.com', role: 'viewer', status: 'INVITED' });
    const team = await asUser.members.list({ count: 100 });
    expect(team.data.map((member) => member.email)).toContain('sdk.invite@example.com');
    expect(await asUser.members.update(invited.id, { role: 'editor' })).toMatchObject({ role: 'editor' });
    expect(await asUser.members.remove(invited.id)).toMatchObject({ id: invited.id });
    expect(asked).toBe(4);
    const log = await sms.audit.list({ action: 'member.invite' });
    expect(log.data[0]?.actor).toMatchObject({ type: 'user', label: stack.people.owner.email });

    await expect(
      new SmsClient({ token: 'eyJ.bad.token', baseUrl: stack.url }).campain.list(),
    ).rejects.toMatchObject({
      code: 'invalid-token',
      status: 401,
    });
    expect(() => new SmsClient({ baseUrl: stack.url })).toThrow(/apiKey or a token/);
    expect(() => new SmsClient({ apiKey: 'k', token: 't', baseUrl: stack.url })).toThrow(/apiKey or a token/);
  });
});

describe('SDK types', () => {
  it('take the API schemas as input, with Dates where the docs pass them', () => {
    expectTypeOf<CampaignCreateInput['scheduledDate']>().toEqualTypeOf<string | Date | undefined>();
    expectTypeOf<NonNullable<CampaignCreateInput['recurring']>['monday']>().toEqualTypeOf<
      string | Date | undefined
    >();
    expectTypeOf<CampaignCreateInput['type']>().toEqualTypeOf<
      'SMS' | 'SCHEDULED' | 'RECURRING' | undefined
    >();
    expectTypeOf(sms.campain.create).parameter(0).toHaveProperty('groupsIds');
    expectTypeOf(sms.campain).toEqualTypeOf(sms.campaign);
    expectTypeOf(sms.campain.list).returns.resolves.toHaveProperty('totalPage');
  });
});
