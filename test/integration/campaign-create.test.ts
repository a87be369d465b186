import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts/account';
import { accountCounter, createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { getCampaign, recipientsPage } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import { ensureContacts, SAVED_ON_CONDITION_UP_TO } from '../../shared/contacts/repository';
import type { Db } from '../../shared/db/client';
import { createLogger } from '../../shared/logger';
import { createTestDb } from '../support/db';
import { campaignPorts, fakePorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-04-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

const newAccount = async (): Promise<Account> =>
  (await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() })).account;

async function itemsOf(accountId: string) {
  const items = (await db.client.send(new ScanCommand({ TableName: db.tableName }))).Items ?? [];
  return items.filter((item) => String(item.pk).startsWith(`ACCOUNT#${accountId}`) && item.sk !== 'ACCOUNT');
}

/** The same table, but the campaign's own write fails, as a throttled or failing DynamoDB would. */
function failingOnCampaignWrite(real: Db): Db {
  const client = new Proxy(real.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: unknown) => {
        const items = command instanceof TransactWriteCommand ? (command.input.TransactItems ?? []) : [];
        if (items.some((item) => item.Put?.Item?.entity === 'campaign')) {
          return Promise.reject(
            Object.assign(new Error('injected failure'), { name: 'InternalServerError' }),
          );
        }
        return target.send(command as never);
      };
    },
  });
  return { ...real, client };
}

const input = (contacts: number) =>
  createCampaignInput.parse({
    contacts: Array.from({ length: contacts }, (_, i) => ({ phone: `22507${String(i).padStart(8, '0')}` })),
    text: 'Bonjour @nom_complet',
  });

describe('creating a campaign', () => {
  it('freezes 1,000 recipients in chunks of 250 and reads any page of them back', async () => {
    const account = await newAccount();
    const campaign = await createCampaign({ db, clock, log, ...campaignPorts() }, account, input(1000));
    expect(campaign).toMatchObject({ recipientCount: 1000, chunkCount: 4, total: 1000 });
    expect(await getCampaign(db, account.id, campaign.id)).toMatchObject({
      id: campaign.id,
      status: 'PENDING',
    });
    const page = await recipientsPage(db, campaign, { page: 3, size: 300 });
    expect(page.items.map((r) => r.phone)).toEqual(
      Array.from({ length: 300 }, (_, i) => `22507${String(600 + i).padStart(8, '0')}`),
    );
    expect((await recipientsPage(db, campaign, { page: 5, size: 300 })).items).toEqual([]);
  });

  it.each([50, SAVED_ON_CONDITION_UP_TO + 1])(
    'leaves nothing behind when its last write fails: no contacts or chunks, the count unchanged (%i new contacts)',
    async (newContacts) => {
      const account = await newAccount();
      const before = await itemsOf(account.id);
      await expect(
        createCampaign(
          { db: failingOnCampaignWrite(db), clock, log, ...campaignPorts() },
          account,
          input(newContacts),
        ),
      ).rejects.toThrow('injected failure');
      expect(await itemsOf(account.id)).toEqual(before);
      expect(before.map((item) => item.entity)).toEqual(['apiKey']);
      expect(await accountCounter(db, account.id, 'contactCount')).toBe(0);
    },
  );

  it('removes the schedules it created when the campaign itself cannot be written', async () => {
    const account = await newAccount();
    const ports = fakePorts();
    const { deleted } = ports;
    const created = () => ports.created.map((spec) => spec.name);
    const recurring = createCampaignInput.parse({
      contacts: [{ phone: '2250700000000' }],
      text: 'x',
      type: 'RECURRING',
      recurring: { monday: '2024-03-18T09:00:00Z', friday: '2024-03-22T09:00:00Z' },
    });
    await expect(
      createCampaign(
        { db: failingOnCampaignWrite(db), clock, log, ...campaignPorts(ports) },
        account,
        recurring,
      ),
    ).rejects.toThrow();
    expect(created()).toHaveLength(2);
    expect(deleted.sort()).toEqual([...created()].sort());

    // And a campaign that is written keeps them.
    ports.created.length = 0;
    deleted.length = 0;
    await createCampaign({ db, clock, log, ...campaignPorts(ports) }, account, recurring);
    expect(created()).toHaveLength(2);
    expect(deleted).toEqual([]);
  });

  it('keeps contacts that existed before a failed create', async () => {
    const account = await newAccount();
    await ensureContacts(db, account.id, [{ phone: '2250700000000', name: 'Awa' }], clock.now());
    const before = await itemsOf(account.id);
    await expect(
      createCampaign({ db: failingOnCampaignWrite(db), clock, log, ...campaignPorts() }, account, input(10)),
    ).rejects.toThrow();
    expect(await itemsOf(account.id)).toEqual(before);
  });

  it('saves each new phone once when campaigns sharing new phones are created at the same time', async () => {
    const account = await newAccount();
    await Promise.all(
      [1, 2, 3].map(() => createCampaign({ db, clock, log, ...campaignPorts() }, account, input(120))),
    );
    const contacts = (await itemsOf(account.id)).filter((item) => item.entity === 'contact');
    expect(contacts).toHaveLength(120);
    expect(new Set(contacts.map((contact) => contact.phone)).size).toBe(120);
  });
});
