import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { PREPARATION_CLAIM_MS } from '../../shared/campaigns/prepare';
import { claimPreparation, getCampaign } from '../../shared/campaigns/repository';
import { cancelCampaign } from '../../shared/campaigns/use-cases';
import { campaignSummary } from '../../shared/campaigns/view';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createGroup } from '../../shared/groups/repository';
import { addToGroup } from '../../shared/groups/use-cases';
import { createLogger } from '../../shared/logger';
import { moneyDeps } from '../../shared/money/balance';
import { recordMovement } from '../../shared/money/repository';
import type { DispatchRequest, SendTask } from '../../shared/ports';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { TEST_ACTOR } from '../support/actors';
import { fundedWithPrices } from '../support/campaigns';
import { createTestDb } from '../support/db';
import { fakePorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });
/** The limit these tests set: a group of 6 is a large audience. */
const LARGE = 5;

beforeAll(async () => {
  db = await createTestDb();
});

let phone = 0;
const phones = (count: number) =>
  Array.from({ length: count }, () => ({ phone: `22507${String(++phone).padStart(8, '0')}` }));

/** An account, funded unless said otherwise, with a group of `members`. */
async function accountWithGroup(members: number, options: { funded?: boolean } = {}) {
  const { account } = await createAccount(db, { name: 'L', plan: { senderLimit: 1 }, now: clock.now() });
  if (options.funded ?? true) await fundedWithPrices(db, clock, account.id);
  const group = await createGroup(db, account.id, { name: 'Clients' }, clock.now());
  const contacts = phones(members);
  await addToGroup({ db, clock }, account.id, group.id, { contacts, contactIds: [] }, TEST_ACTOR);
  return { account, groupId: group.id, groupPhones: contacts.map((contact) => contact.phone) };
}

function create(
  account: Awaited<ReturnType<typeof accountWithGroup>>['account'],
  body: Record<string, unknown>,
  ports = fakePorts(),
) {
  return createCampaign(
    {
      db,
      clock,
      log,
      defaultSenderName: 'SMSInfo',
      scheduler: ports.scheduler,
      dispatchQueue: ports.dispatchQueue,
      largeAudience: LARGE,
    },
    account,
    createCampaignInput.parse({ text: 'Bonjour @prenom', contacts: [], ...body }),
  );
}

/** The tasks the last `dispatch` queued. */
let tasks: SendTask[] = [];

/** Dispatches `request` as the dispatch function would; answers the outcome and the recipients queued. */
async function dispatch(request: DispatchRequest) {
  tasks = [];
  const outcome = await dispatchOccurrence(
    {
      db,
      clock,
      log,
      scheduler: { create: async () => {}, delete: async () => {} },
      sendQueue: { send: async (queued) => void tasks.push(...queued) },
    },
    request,
  );
  return { outcome, phones: tasks.flatMap((task) => task.recipients.map((recipient) => recipient.phone)) };
}

describe('an immediate campaign to a large audience', () => {
  it('is answered before its groups are read; its dispatch reads them, freezes them, and queues each phone once', async () => {
    const { account, groupId, groupPhones } = await accountWithGroup(6);
    const inline = [{ phone: groupPhones[2] as string, firstName: 'Awa' }, ...phones(1)];
    const ports = fakePorts();

    const answered = await create(account, { contacts: inline, groupsIds: [groupId] }, ports);

    // Only what the request gave is counted yet.
    expect(answered).toMatchObject({ preparing: true, recipientCount: 2, total: 2, status: 'PENDING' });
    expect(campaignSummary(answered, clock.now(), 'XOF')).toMatchObject({ preparing: true });
    expect(ports.dispatched).toEqual([
      { accountId: account.id, campaignId: answered.id, slot: answered.createdAt },
    ]);

    const { outcome, phones: queued } = await dispatch(ports.dispatched[0] as DispatchRequest);

    expect(outcome).toBe('queued');
    // The inline contacts first (the one also in the group once), then the group's other members.
    expect(queued.slice(0, 2)).toEqual(inline.map((contact) => contact.phone));
    expect([...queued].sort()).toEqual([...new Set([...groupPhones, inline[1]?.phone as string])].sort());
    const stored = await getCampaign(db, account.id, answered.id);
    expect(stored).toMatchObject({ recipientCount: 7, total: 7, chunkCount: 1 });
    expect(stored?.analysis.totalSegments).toBe(7);
    expect(stored?.preparing).toBeUndefined();
    expect(stored && campaignSummary(stored, clock.now(), 'XOF')).not.toHaveProperty('preparing');
  });

  it('is read within the create, as before, when the groups hold no more than the limit', async () => {
    const { account, groupId } = await accountWithGroup(LARGE);

    const answered = await create(account, { groupsIds: [groupId] });

    expect(answered.preparing).toBeUndefined();
    expect(answered.recipientCount).toBe(LARGE);
  });

  it('the balance does not cover: not refused at create but failed at dispatch, nothing queued', async () => {
    const { account, groupId } = await accountWithGroup(6, { funded: false });
    const ports = fakePorts();
    const answered = await create(account, { groupsIds: [groupId] }, ports);

    const { outcome, phones: queued } = await dispatch(ports.dispatched[0] as DispatchRequest);

    expect(outcome).toBe('insufficient-balance');
    expect(queued).toEqual([]);
    expect(await getCampaign(db, account.id, answered.id)).toMatchObject({
      status: 'FAILED',
      failureReason: 'insufficient-balance',
      recipientCount: 6,
    });
  });

  it('is not read twice at once: a dispatch meeting another preparation is turned away, and takes over a stopped one', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const ports = fakePorts();
    const answered = await create(account, { groupsIds: [groupId] }, ports);
    expect(await claimPreparation(db, answered, 'another', clock.now(), new Date(0))).toBe(true);
    const request = ports.dispatched[0] as DispatchRequest;

    expect(await dispatch(request)).toEqual({ outcome: 'preparing', phones: [] });
    clock.advance(PREPARATION_CLAIM_MS - 1);
    expect((await dispatch(request)).outcome).toBe('preparing');
    clock.advance(2);
    const takenOver = await dispatch(request);

    expect(takenOver.outcome).toBe('queued');
    expect(takenOver.phones).toHaveLength(6);
  });

  it('cancelled before its dispatch: read, but nothing queued', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const ports = fakePorts();
    const answered = await create(account, { groupsIds: [groupId] }, ports);
    await cancelCampaign({ db, clock, log, scheduler: ports.scheduler }, account.id, answered.id, TEST_ACTOR);

    expect(await dispatch(ports.dispatched[0] as DispatchRequest)).toEqual({
      outcome: 'cancelled',
      phones: [],
    });
  });

  it('of more recipients than the dispatch hands over at once: chunks numbered 0 to n−1, each phone once', async () => {
    const { account, groupId, groupPhones } = await accountWithGroup(5_200);
    await addToGroup(
      { db, clock },
      account.id,
      groupId,
      { contacts: phones(5_200), contactIds: [] },
      TEST_ACTOR,
    );
    // 10,400 messages at 25 a segment: more than the opening balance.
    const units = 10_400 * 250_000;
    await recordMovement(moneyDeps({ db }), account.id, { id: 'top-up', type: 'TOP_UP', units }, clock.now());
    const ports = fakePorts();
    await create(account, { groupsIds: [groupId] }, ports);

    const { outcome, phones: queued } = await dispatch(ports.dispatched[0] as DispatchRequest);

    expect(outcome).toBe('queued');
    expect(tasks.map((task) => task.chunk)).toEqual(Array.from({ length: 42 }, (_, index) => index));
    expect(new Set(queued).size).toBe(10_400);
    expect(queued).toEqual(expect.arrayContaining(groupPhones));
    // 10,400 contacts written first: about 20 s alone, more on a busy machine.
  }, 90_000);
});

describe('a scheduled campaign to a large audience', () => {
  const inAnHour = () => new Date(clock.now().getTime() + 3_600_000);
  const onQuarter = (date: Date) => new Date(Math.ceil(date.getTime() / 900_000) * 900_000).toISOString();

  it('is prepared by the hand-over it makes: its members then are the ones its firing sends to', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const ports = fakePorts();
    const scheduledDate = onQuarter(inAnHour());
    const answered = await create(account, { groupsIds: [groupId], type: 'SCHEDULED', scheduledDate }, ports);
    expect(ports.dispatched).toEqual([
      { accountId: account.id, campaignId: answered.id, slot: scheduledDate, prepare: true },
    ]);

    expect(await dispatch(ports.dispatched[0] as DispatchRequest)).toEqual({
      outcome: 'prepared',
      phones: [],
    });
    expect(await getCampaign(db, account.id, answered.id)).toMatchObject({ recipientCount: 6 });
    // Frozen: a member added after the preparation is not sent to.
    await addToGroup({ db, clock }, account.id, groupId, { contacts: phones(1), contactIds: [] }, TEST_ACTOR);
    clock.set(scheduledDate);
    const fired = await dispatch({ accountId: account.id, campaignId: answered.id, slot: scheduledDate });

    expect(fired.outcome).toBe('queued');
    expect(fired.phones).toHaveLength(6);
  });

  it('fired before its preparation (its hand-over lost): the firing reads the groups, then plans', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const scheduledDate = onQuarter(inAnHour());
    const answered = await create(account, { groupsIds: [groupId], type: 'SCHEDULED', scheduledDate });
    clock.set(scheduledDate);

    const fired = await dispatch({ accountId: account.id, campaignId: answered.id, slot: scheduledDate });

    expect(fired.outcome).toBe('queued');
    expect(fired.phones).toHaveLength(6);
  });

  it('prepared after its time (its firing turned away meanwhile): the preparation plans it, and once', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const ports = fakePorts();
    const scheduledDate = onQuarter(inAnHour());
    const answered = await create(account, { groupsIds: [groupId], type: 'SCHEDULED', scheduledDate }, ports);
    clock.set(scheduledDate);
    clock.advance(60_000);

    const prepared = await dispatch(ports.dispatched[0] as DispatchRequest);
    const fired = await dispatch({ accountId: account.id, campaignId: answered.id, slot: scheduledDate });

    expect(prepared.outcome).toBe('queued');
    expect(prepared.phones).toHaveLength(6);
    expect(fired).toEqual({ outcome: 'duplicate', phones: [] });
  });
});

describe('a recurring campaign to a large audience', () => {
  it('reads no group at create (each occurrence reads them) and needs no preparation', async () => {
    const { account, groupId } = await accountWithGroup(6);
    const ports = fakePorts();
    const answered = await create(
      account,
      {
        groupsIds: [groupId],
        contacts: phones(1),
        type: 'RECURRING',
        recurring: { wednesday: '2026-09-02T09:00:00Z' },
      },
      ports,
    );

    expect(answered.preparing).toBeUndefined();
    expect(answered.recipientCount).toBe(1);
    expect(ports.dispatched).toEqual([]);
    const slot = '2026-09-02T09:00:00.000Z';
    clock.set(slot);
    const fired = await dispatch({ accountId: account.id, campaignId: answered.id, slot });

    expect(fired.outcome).toBe('queued');
    expect(fired.phones).toHaveLength(7);
  });
});
