import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../shared/accounts/account';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { campaignsAwaitingDispatch, getCampaign } from '../../shared/campaigns/repository';
import { cancelCampaign } from '../../shared/campaigns/use-cases';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { fingerprintOf, idempotent } from '../../shared/http/idempotency';
import { createLogger } from '../../shared/logger';
import type { DispatchRequest } from '../../shared/ports';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { HANDOFF_GRACE_MS, recoverStrandedCampaigns } from '../../shared/sending/recover';
import { TEST_ACTOR } from '../support/actors';
import { createTestDb } from '../support/db';
import { campaignPorts, fakePorts } from '../support/fake-ports';

let db: Db;
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

const sms = createCampaignInput.parse({
  contacts: [{ phone: '2250700000001' }, { phone: '2250700000002' }],
  text: 'Bonjour',
});

/** Each test has its own clock, so its campaigns alone fall within the recovery's reach. */
async function setUp(start: string) {
  const clock = new ManualClock(start);
  const account: Account = (
    await createAccount(db, { name: 'R', plan: { senderLimit: 1 }, now: clock.now() })
  ).account;
  // Campaigns of earlier tests (earlier clocks) are out of the way first.
  await recoverStrandedCampaigns({ db, clock, log, dispatchQueue: { dispatch: async () => {} } });
  return { clock, account };
}

describe('an immediate campaign whose hand-off to dispatch is lost', () => {
  it('is answered as created, then handed over again after the grace period, and dispatched once', async () => {
    const { clock, account } = await setUp('2026-05-01T08:00:00.000Z');
    const ports = fakePorts({ refuseDispatches: 1 });
    const { dispatched, tasks } = ports;
    const campaign = await createCampaign({ db, clock, log, ...campaignPorts(ports) }, account, sms);
    expect(campaign.status).toBe('PENDING');
    expect(await getCampaign(db, account.id, campaign.id)).toMatchObject({ status: 'PENDING' });
    expect(dispatched).toEqual([]);

    const recovery = { db, clock, log, dispatchQueue: ports.dispatchQueue };
    clock.advance(HANDOFF_GRACE_MS);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 0 });
    clock.advance(1);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 1 });
    const slot = { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt };
    expect(dispatched).toEqual([slot]);

    // Handed over, not yet dispatched: it waits another grace period before it is looked at again.
    clock.advance(HANDOFF_GRACE_MS);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 0 });

    const dispatch = { db, clock, log, sendQueue: ports.sendQueue, scheduler: ports.scheduler };
    expect(await dispatchOccurrence(dispatch, slot)).toBe('queued');
    expect(tasks.flatMap((task) => task.recipients.map((recipient) => recipient.phone)).sort()).toEqual([
      '2250700000001',
      '2250700000002',
    ]);
    clock.advance(HANDOFF_GRACE_MS * 10);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 0 });
    expect(dispatched).toHaveLength(1);
    expect(await accountCounter(db, account.id, 'campaignCount')).toBe(1);
  });

  it('is handed over again while no dispatch has claimed it, and leaves the list once one has', async () => {
    const { clock, account } = await setUp('2026-05-02T08:00:00.000Z');
    const ports = fakePorts();
    const { dispatched } = ports;
    const campaign = await createCampaign({ db, clock, log, ...campaignPorts(ports) }, account, sms);
    expect(dispatched).toHaveLength(1);
    const recovery = { db, clock, log, dispatchQueue: ports.dispatchQueue };

    // The message was queued but never reached the dispatch (lost with its queue, say).
    clock.advance(HANDOFF_GRACE_MS + 1);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 1 });

    // A dispatch that claimed the occurrence and then failed is its queue's to retry, not the recovery's.
    const failingSend = { send: () => Promise.reject(new Error('injected')) };
    await expect(
      dispatchOccurrence(
        { db, clock, log, sendQueue: failingSend, scheduler: ports.scheduler },
        dispatched[0] as DispatchRequest,
      ),
    ).rejects.toThrow('injected');
    clock.advance(HANDOFF_GRACE_MS + 1);
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 0 });
    expect(dispatched.map((request) => request.campaignId)).toEqual([campaign.id, campaign.id]);
    const awaiting: string[] = [];
    for await (const page of campaignsAwaitingDispatch(db, clock.now()))
      awaiting.push(...page.map((c) => c.id));
    expect(awaiting).not.toContain(campaign.id);
  });

  it('leaves the list, unsent, once it is cancelled', async () => {
    const { clock, account } = await setUp('2026-05-03T08:00:00.000Z');
    const ports = fakePorts({ refuseDispatches: 1 });
    const { dispatched } = ports;
    const campaign = await createCampaign({ db, clock, log, ...campaignPorts(ports) }, account, sms);
    await cancelCampaign({ db, clock, log, scheduler: ports.scheduler }, account.id, campaign.id, TEST_ACTOR);
    clock.advance(HANDOFF_GRACE_MS + 1);
    const recovery = { db, clock, log, dispatchQueue: ports.dispatchQueue };
    expect(await recoverStrandedCampaigns(recovery)).toEqual({ requeued: 0 });
    expect(dispatched).toEqual([]);
  });
});

describe('a create killed after it stored its campaign', () => {
  it('is retried with the same Idempotency-Key and answers that campaign, never a second one', async () => {
    const { clock, account } = await setUp('2026-05-04T08:00:00.000Z');
    const ports = fakePorts();
    const { dispatched } = ports;
    const deps = { db, clock, log, ...campaignPorts(ports) };
    const context = {
      db,
      clock,
      accountId: account.id,
      key: 'create-once',
      fingerprint: fingerprintOf('/v1/campaign/create', { text: 'Bonjour' }),
      remainingMs: 29_000,
    };
    const answer = (id: string): APIGatewayProxyStructuredResultV2 => ({ statusCode: 201, body: id });

    let firstId: string | undefined;
    // The function dies right after the campaign is written: the key is never released.
    void idempotent(context, async (attempt) => {
      firstId = (await createCampaign(deps, account, sms, { campaignId: attempt?.operationId })).id;
      return new Promise(() => {});
    });
    await vi.waitFor(() => expect(firstId).toBeDefined());

    clock.advance(29_001);
    const retried = await idempotent(context, async (attempt) =>
      answer((await createCampaign(deps, account, sms, { campaignId: attempt?.operationId })).id),
    );
    expect(retried.body).toBe(firstId);
    expect(await accountCounter(db, account.id, 'campaignCount')).toBe(1);
    expect(dispatched.map((request) => request.campaignId)).toEqual([firstId]);
  });
});
