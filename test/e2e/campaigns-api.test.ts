import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDefaultSender } from '../../shared/accounts/repository';
import { setSenderStatus } from '../../shared/senders/use-cases';
import { createFundedAccount } from '../support/accounts';
import { TEST_ACTOR } from '../support/actors';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let other: { apiKey: string; accountId: string };

beforeAll(async () => {
  stack = await startTestStack();
  const created = await createFundedAccount(stack.db, {
    name: 'Other',
    plan: { senderLimit: 2 },
    now: stack.clock.now(),
  });
  other = { apiKey: created.apiKey, accountId: created.account.id };
});

afterAll(async () => {
  await stack?.stop();
});

const call: TestStack['call'] = (...args) => stack.call(...args);

/**
 * Every item of an account, its own partitions (groups, recipient chunks) included; its own item and
 * the count of requests per key (any request moves it) left out.
 */
async function itemsOf(accountId: string) {
  const result = await stack.db.client.send(new ScanCommand({ TableName: stack.db.tableName }));
  return (result.Items ?? [])
    .filter((item) => String(item.pk).startsWith(`ACCOUNT#${accountId}`))
    .filter((item) => item.sk !== 'ACCOUNT' && item.sk !== 'REQUEST_RATE');
}

describe("the docs' three examples", () => {
  it('standard: saved and new contacts, groups, personalised text, sender by name', async () => {
    const saved = (await call('/v1/contact/create', { phone: '22500000000', name: 'John Doe' })).body.data;
    const group1 = (await call('/v1/group/create', { name: 'group_1' })).body.data;
    const group2 = (await call('/v1/group/create', { name: 'group_2' })).body.data;
    await call(`/v1/group/${group1.id}/add`, { contacts: [{ phone: '2250700000101', firstName: 'Awa' }] });
    await call(`/v1/group/${group2.id}/add`, {
      contacts: [{ phone: '2250700000101' }, { phone: '2250700000102', name: 'Fatou Ndiaye' }],
      contactIds: [saved.id],
    });
    const sender = (await call('/v1/sender/create', { name: 'MySender', description: 'Boutique' })).body.data;
    await setSenderStatus(
      { db: stack.db, clock: stack.clock },
      { actor: TEST_ACTOR, senderId: sender.id, to: 'ACCEPTED' },
    );

    const answer = await call('/v1/campaign/create', {
      contacts: [{ id: saved.id, phone: '22500000000', name: 'John Doe' }, { phone: '2250101010101' }],
      groupsIds: [group1.id, group2.id],
      text: 'Bonjour @nom_complet bon début de semaine.',
      senderId: 'mysender',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      type: 'SMS',
      status: 'PENDING',
      text: 'Bonjour @nom_complet bon début de semaine.',
      senderId: sender.id,
      sender: { id: sender.id, name: 'MySender', requested: 'mysender', reason: 'requested' },
      timezone: 'UTC',
      groupsIds: [group1.id, group2.id],
      // John Doe, 2250101010101, Awa (in both groups), Fatou: one recipient per phone.
      recipientCount: 4,
      stats: { total: 4, sent: 0, failed: 0, pending: 4 },
      analysis: { encoding: 'GSM-7', segmentsPerMessage: 1, totalSegments: 4 },
    });
    expect(answer.body.data.name).toMatch(/^Campagne du /);

    const details = await call(`/v1/campaign/${answer.body.data.id}`);
    expect(details.body.data.contacts.map((c: { phone: string }) => c.phone)).toEqual([
      '22500000000',
      '2250101010101',
      '2250700000101',
      '2250700000102',
    ]);
    const senderCampaigns = await call(`/v1/sender/${sender.id}/campaign`);
    expect(senderCampaigns.body).toMatchObject({ totalCount: 1, data: [{ id: answer.body.data.id }] });
  });

  it('scheduled: a future date on the quarter-hour grid', async () => {
    const answer = await call('/v1/campaign/create', {
      contacts: [{ phone: '22500000000', name: 'John Doe' }],
      text: 'Rappel : Votre rendez-vous est demain à 10h.',
      senderId: 'My Sender',
      type: 'SCHEDULED',
      scheduledDate: '2026-06-20T10:00:00Z',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      type: 'SCHEDULED',
      scheduledDate: '2026-06-20T10:00:00.000Z',
      senderId: 'SMSInfo',
      sender: { id: null, name: 'SMSInfo', requested: 'My Sender', reason: 'not-found' },
    });
  });

  it("recurring: only each date's weekday and time count, in the campaign's time zone", async () => {
    const answer = await call('/v1/campaign/create', {
      contacts: [{ phone: '22500000000', name: 'John Doe' }],
      text: "Rappel hebdomadaire : N'oubliez pas votre séance.",
      senderId: 'My Sender',
      type: 'RECURRING',
      recurring: {
        monday: '2024-03-18T09:00:00Z',
        wednesday: '2024-03-20T09:00:00Z',
        friday: '2024-03-22T09:00:00Z',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      type: 'RECURRING',
      recurring: {
        monday: '2024-03-18T09:00:00.000Z',
        wednesday: '2024-03-20T09:00:00.000Z',
        friday: '2024-03-22T09:00:00.000Z',
      },
      recipientCount: 1,
      stats: { total: 0, sent: 0, failed: 0, pending: 0 },
    });
    // 23:30 on a Sunday in UTC is Monday 00:30 in Africa/Nairobi (UTC+3)? No: 02:30 on Monday.
    const zoned = await call('/v1/campaign/create', {
      contacts: [{ phone: '22500000000' }],
      text: 'x',
      type: 'RECURRING',
      timezone: 'Africa/Nairobi',
      recurring: { monday: '2024-03-17T23:30:00Z' },
    });
    expect(zoned.status).toBe(201);
  });
});

describe('senders for a campaign', () => {
  it('use the default sender, and say why, when the one asked for is not accepted', async () => {
    const { apiKey: key, account } = await createFundedAccount(stack.db, {
      name: 'Senders',
      plan: { senderLimit: 5 },
      now: stack.clock.now(),
    });
    const pending = (await call('/v1/sender/create', { name: 'Pending', description: 'd' }, key)).body.data;
    const base = { contacts: [{ phone: '2250700000201' }], text: 'Bonjour' };
    expect(
      (await call('/v1/campaign/create', { ...base, senderId: pending.id }, key)).body.data.sender,
    ).toEqual({
      id: null,
      name: 'SMSInfo',
      requested: pending.id,
      reason: 'not-accepted',
    });
    await setDefaultSender(stack.db, account.id, 'AcmeInfo');
    expect((await call('/v1/campaign/create', base, key)).body.data.sender).toEqual({
      id: null,
      name: 'AcmeInfo',
      requested: null,
      reason: 'not-requested',
    });
    // Another account's accepted sender is not this account's.
    const theirs = (await call('/v1/sender/create', { name: 'Theirs', description: 'd' }, other.apiKey)).body
      .data;
    await setSenderStatus(
      { db: stack.db, clock: stack.clock },
      { actor: TEST_ACTOR, senderId: theirs.id, to: 'ACCEPTED' },
    );
    expect(
      (await call('/v1/campaign/create', { ...base, senderId: theirs.id }, key)).body.data.sender.reason,
    ).toBe('not-found');
  });
});

describe('listing and cancelling', () => {
  it('lists newest first with totals, filters by status, and cancels only what has not gone out', async () => {
    const { apiKey: key } = await createFundedAccount(stack.db, {
      name: 'Lists',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      stack.clock.advance(1000);
      const answer = await call(
        '/v1/campaign/create',
        {
          contacts: [{ phone: `225070000030${i}` }],
          text: `n°${i}`,
          type: 'SCHEDULED',
          scheduledDate: '2026-07-01T08:00:00Z',
        },
        key,
      );
      ids.push(answer.body.data.id);
    }
    const recurring = (
      await call(
        '/v1/campaign/create',
        {
          contacts: [{ phone: '2250700000310' }],
          text: 'r',
          type: 'RECURRING',
          recurring: { friday: '2026-06-05T08:15:00Z' },
        },
        key,
      )
    ).body.data;

    const page1 = await call('/v1/campaign/list', { limit: 2 }, key);
    expect(page1.body).toMatchObject({ totalCount: 4, count: 2, page: 1, totalPage: 2 });
    expect(page1.body.data.map((c: { id: string }) => c.id)).toEqual([recurring.id, ids[2]]);
    const page2 = await call('/v1/campaign/list', { limit: 2, page: 2 }, key);
    expect(page2.body.data.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[0]]);

    const cancelled = await call(`/v1/campaign/${ids[0]}/cancel`, {}, key);
    expect(cancelled.body.data).toMatchObject({ id: ids[0], status: 'CANCELLED' });
    expect((await call(`/v1/campaign/${ids[0]}/cancel`, {}, key)).body.error).toBe(
      'campaign-not-cancellable',
    );
    expect((await call(`/v1/campaign/${recurring.id}/cancel`, {}, key)).body.data.status).toBe('CANCELLED');

    // An immediate campaign goes out at once: too late to cancel.
    const immediate = (
      await call('/v1/campaign/create', { contacts: [{ phone: '2250700000320' }], text: 'now' }, key)
    ).body.data;
    await stack.queues.drain();
    const late = await call(`/v1/campaign/${immediate.id}/cancel`, {}, key);
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('campaign-not-cancellable');

    const byStatus = await call('/v1/campaign/list', { status: 'CANCELLED' }, key);
    expect(byStatus.body).toMatchObject({ totalCount: 2 });
    expect(byStatus.body.data.map((c: { id: string }) => c.id)).toEqual([recurring.id, ids[0]]);
    expect((await call('/v1/campaign/list', { status: 'PENDING' }, key)).body.totalCount).toBe(2);
    expect((await call('/v1/campaign/list', { status: 'SENT' }, key)).body).toMatchObject({
      totalCount: 1,
      data: [{ id: immediate.id, status: 'SENT', stats: { total: 1, sent: 1, failed: 0, pending: 0 } }],
    });
  });

  it("treats another account's campaign as not found on every route", async () => {
    const mine = (await call('/v1/campaign/create', { contacts: [{ phone: '2250700000401' }], text: 'x' }))
      .body.data;
    for (const path of [`/v1/campaign/${mine.id}`, `/v1/campaign/${mine.id}/cancel`]) {
      const answer = await call(path, {}, other.apiKey);
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe('campaign-not-found');
    }
    expect(
      (await call('/v1/campaign/list', {}, other.apiKey)).body.data.map((c: { id: string }) => c.id),
    ).not.toContain(mine.id);
  });
});

describe('idempotent creates', () => {
  it('create one campaign for a retried request, and refuse the key for another body', async () => {
    const { apiKey: key } = await createFundedAccount(stack.db, {
      name: 'Idem',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const body = { contacts: [{ phone: '2250700000501' }], text: 'Une seule fois' };
    const first = await call('/v1/campaign/create', body, key, { 'Idempotency-Key': 'retry-42' });
    const retried = await call('/v1/campaign/create', body, key, { 'Idempotency-Key': 'retry-42' });
    expect(retried.status).toBe(201);
    expect(retried.body.data.id).toBe(first.body.data.id);
    expect((await call('/v1/campaign/list', {}, key)).body.totalCount).toBe(1);

    const reused = await call('/v1/campaign/create', { ...body, text: 'Autre' }, key, {
      'Idempotency-Key': 'retry-42',
    });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toBe('idempotency-key-reused');
    // Keys belong to an account: another account's same key is its own.
    const elsewhere = await call('/v1/campaign/create', body, other.apiKey, {
      'Idempotency-Key': 'retry-42',
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.data.id).not.toBe(first.body.data.id);
  });

  it('lets a request that failed be retried for real', async () => {
    const { apiKey: key } = await createFundedAccount(stack.db, {
      name: 'Idem2',
      plan: { senderLimit: 1 },
      now: stack.clock.now(),
    });
    const failed = await call('/v1/campaign/create', { contacts: [], text: 'x' }, key, {
      'Idempotency-Key': 'k',
    });
    expect(failed.status).toBe(400);
    const fixed = await call(
      '/v1/campaign/create',
      { contacts: [{ phone: '2250700000601' }], text: 'x' },
      key,
      {
        'Idempotency-Key': 'k',
      },
    );
    expect(fixed.status).toBe(201);
  });
});

describe('bad input', () => {
  let groupOfOther: string;
  let contactOfOther: string;
  const base = { contacts: [{ phone: '2250700000701' }], text: 'Bonjour' };

  beforeAll(async () => {
    groupOfOther = (await call('/v1/group/create', { name: 'Theirs' }, other.apiKey)).body.data.id;
    contactOfOther = (await call('/v1/contact/create', { phone: '2250700000702' }, other.apiKey)).body.data
      .id;
  });

  const cases: [string, Record<string, unknown>, number, string, string][] = [
    [
      'an off-grid date',
      { ...base, type: 'SCHEDULED', scheduledDate: '2026-07-01T10:07:00Z' },
      400,
      'validation-error',
      'scheduledDate',
    ],
    [
      'seconds in the date',
      { ...base, type: 'SCHEDULED', scheduledDate: '2026-07-01T10:15:30Z' },
      400,
      'validation-error',
      'scheduledDate',
    ],
    [
      'a past date',
      { ...base, type: 'SCHEDULED', scheduledDate: '2026-05-01T10:00:00Z' },
      400,
      'validation-error',
      'scheduledDate',
    ],
    ['a missing date', { ...base, type: 'SCHEDULED' }, 400, 'validation-error', 'scheduledDate'],
    [
      'a date that is not a date',
      { ...base, type: 'SCHEDULED', scheduledDate: 'demain' },
      400,
      'validation-error',
      'scheduledDate',
    ],
    [
      'a date on an immediate campaign',
      { ...base, scheduledDate: '2026-07-01T10:00:00Z' },
      400,
      'validation-error',
      'scheduledDate',
    ],
    [
      'a weekday mismatch',
      { ...base, type: 'RECURRING', recurring: { monday: '2024-03-19T09:00:00Z' } },
      400,
      'validation-error',
      'recurring.monday',
    ],
    [
      'an off-grid recurring time',
      { ...base, type: 'RECURRING', recurring: { monday: '2024-03-18T09:10:00Z' } },
      400,
      'validation-error',
      'recurring.monday',
    ],
    [
      'an empty recurring',
      { ...base, type: 'RECURRING', recurring: {} },
      400,
      'validation-error',
      'recurring',
    ],
    ['a missing recurring', { ...base, type: 'RECURRING' }, 400, 'validation-error', 'recurring'],
    [
      'an unknown day',
      { ...base, type: 'RECURRING', recurring: { lundi: '2024-03-18T09:00:00Z' } },
      400,
      'validation-error',
      'recurring.lundi',
    ],
    ['an unknown type', { ...base, type: 'WEEKLY' }, 400, 'validation-error', 'type'],
    [
      'an unknown group',
      { ...base, groupsIds: ['0123456789abcdef01234567'] },
      404,
      'group-not-found',
      'groupsIds.0',
    ],
    ["another account's group", { ...base, groupsIds: ['GROUP'] }, 404, 'group-not-found', 'groupsIds.0'],
    ['a group id that is no id', { ...base, groupsIds: ['group_1'] }, 400, 'validation-error', 'groupsIds.0'],
    [
      'an unknown contact id',
      { contacts: [{ id: '0123456789abcdef01234567', phone: '2250700000703' }], text: 'x' },
      404,
      'contact-not-found',
      'contacts.0.id',
    ],
    [
      "another account's contact",
      { contacts: [{ id: 'CONTACT', phone: '2250700000702' }], text: 'x' },
      404,
      'contact-not-found',
      'contacts.0.id',
    ],
    [
      'a bad phone at index 3',
      {
        contacts: ['2250700000704', '2250700000705', '2250700000706', '0707'].map((phone) => ({ phone })),
        text: 'x',
      },
      400,
      'validation-error',
      'contacts.3.phone',
    ],
    ['a text of 1,601 characters', { ...base, text: 'a'.repeat(1601) }, 400, 'validation-error', 'text'],
    ['a text of 11 segments', { ...base, text: 'a'.repeat(1531) }, 400, 'validation-error', 'text'],
    ['an empty text', { ...base, text: '' }, 400, 'validation-error', 'text'],
    ['no recipient', { contacts: [], text: 'x' }, 400, 'validation-error', 'contacts'],
    ['a typo: groupIds', { ...base, groupIds: [] }, 400, 'validation-error', 'groupIds'],
    ['a time zone that is not IANA', { ...base, timezone: 'Abidjan' }, 400, 'validation-error', 'timezone'],
    [
      'a recurring of another type',
      { ...base, recurring: { monday: '2024-03-18T09:00:00Z' } },
      400,
      'validation-error',
      'recurring',
    ],
  ];

  it.each(cases)(
    '%s is refused, naming the field, and writes nothing',
    async (_, body, status, code, path) => {
      const resolved = JSON.parse(
        JSON.stringify(body)
          .replaceAll('"GROUP"', JSON.stringify(groupOfOther))
          .replaceAll('"CONTACT"', JSON.stringify(contactOfOther)),
      );
      const before = await itemsOf(stack.demo.accountId);
      const answer = await call('/v1/campaign/create', resolved);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ success: false, data: null, error: code });
      expect(answer.body.details.map((detail: { path: string }) => detail.path)).toContain(path);
      expect(await itemsOf(stack.demo.accountId)).toEqual(before);
    },
  );

  it('names every bad field at once', async () => {
    const answer = await call('/v1/campaign/create', {
      contacts: [{ phone: 'x' }, { phone: '2250700000801', sex: 'H' }],
      text: '',
      type: 'SCHEDULED',
      timezone: 'Mars/Olympus',
    });
    expect(answer.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual(
      ['contacts.0.phone', 'contacts.1.sex', 'text', 'timezone'].sort(),
    );
  });
});
