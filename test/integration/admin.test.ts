import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminContext, parseAdminArgs, runAdminCommand, UsageError } from '../../admin/commands';
import type { Account } from '../../shared/accounts/account';
import { authenticate, getAccount } from '../../shared/accounts/repository';
import { listAudit } from '../../shared/audit/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { ManualClock } from '../../shared/clock';
import { OperatorError } from '../../shared/errors';
import { createLogger } from '../../shared/logger';
import { createSender } from '../../shared/senders/repository';
import { createTestDb } from '../support/db';
import { campaignPorts } from '../support/fake-ports';

let context: AdminContext;

beforeAll(async () => {
  context = { db: await createTestDb(), clock: new ManualClock('2026-02-02T10:00:00.000Z') };
});

// biome-ignore lint/suspicious/noExplicitAny: command outputs are JSON checked field by field
const admin = async (...argv: string[]): Promise<any> => {
  const { values, positionals } = parseAdminArgs(argv);
  return runAdminCommand(positionals, values, context);
};

describe('the admin command line', () => {
  it('creates an account and prints its id and a working key, once', async () => {
    const created = await admin('account', 'create', '--name', 'Boutique Awa', '--sender-limit', '3');
    expect(created).toMatchObject({
      accountId: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: 'Boutique Awa',
      plan: { senderLimit: 3 },
      apiKey: expect.stringMatching(/^sk_/),
    });
    expect((await authenticate(context.db, created.apiKey))?.account.id).toBe(created.accountId);
    expect(await admin('account', 'show', created.accountId)).toMatchObject({ name: 'Boutique Awa' });
  });

  it("sets an account's own requests per second and key, and goes back to the platform's", async () => {
    const created = await admin('account', 'create', '--name', 'Busy', '--requests-per-second', '50');
    expect(created.plan).toEqual({ senderLimit: 10, requestsPerSecond: 50 });
    expect((await authenticate(context.db, created.apiKey))?.account.plan.requestsPerSecond).toBe(50);

    const lowered = await admin('account', 'set-requests-per-second', created.accountId, '5');
    expect(lowered.plan).toEqual({ senderLimit: 10, requestsPerSecond: 5 });
    const back = await admin('account', 'set-requests-per-second', created.accountId, 'default');
    expect(back.plan).toEqual({ senderLimit: 10 });

    await expect(admin('account', 'set-requests-per-second', created.accountId, '0')).rejects.toThrow(
      UsageError,
    );
    await expect(admin('account', 'set-requests-per-second', 'nope', '5')).rejects.toThrow(OperatorError);
  });

  it('issues, lists and revokes API keys without ever printing a stored key', async () => {
    const { accountId, apiKey, keyId } = await admin('account', 'create', '--name', 'Keys');
    const second = await admin('apikey', 'create', '--account', accountId);
    expect(second.apiKey).toMatch(/^sk_/);
    await admin('apikey', 'revoke', '--account', accountId, keyId);
    const listed = await admin('apikey', 'list', '--account', accountId);
    expect(listed).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(apiKey);
    expect(JSON.stringify(listed)).not.toContain(second.apiKey);
    expect(await authenticate(context.db, apiKey)).toBeUndefined();
    expect((await authenticate(context.db, second.apiKey))?.account.id).toBe(accountId);
  });

  it('lists senders by status across accounts and moves them along the lifecycle', async () => {
    const a = await admin('account', 'create', '--name', 'A');
    const b = await admin('account', 'create', '--name', 'B');
    const now = context.clock.now();
    const sa = await createSender(context.db, {
      accountId: a.accountId,
      name: 'SenderA',
      description: 'a',
      now,
    });
    const sb = await createSender(context.db, {
      accountId: b.accountId,
      name: 'SenderB',
      description: 'b',
      now,
    });

    const [pending] = await admin('sender', 'list', '--status', 'pending');
    expect(pending.status).toBe('PENDING');
    expect(pending.senders.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([sa.id, sb.id]));

    expect(await admin('sender', 'set-status', sa.id, 'SUBMITTED')).toMatchObject({ status: 'SUBMITTED' });
    expect(await admin('sender', 'set-status', sa.id, 'ACCEPTED')).toMatchObject({ status: 'ACCEPTED' });
    const all = await admin('sender', 'list');
    expect(all.map((group: { status: string }) => group.status)).toEqual([
      'PENDING',
      'SUBMITTED',
      'ACCEPTED',
      'REFUSED',
    ]);

    await expect(admin('sender', 'set-status', sa.id, 'PENDING')).rejects.toThrow(OperatorError);
    await expect(admin('sender', 'set-status', sb.id, 'REFUSED')).rejects.toThrow(/reason/);
    expect(
      await admin('sender', 'set-status', sb.id, 'REFUSED', '--reason', 'marque non justifiée'),
    ).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'marque non justifiée',
    });
    await expect(admin('sender', 'set-status', sb.id, 'ACCEPTED')).rejects.toThrow(/REFUSED is final/);
  });

  it("sets an account's default sender name, and refuses one that is not a sender name", async () => {
    const { accountId } = await admin('account', 'create', '--name', 'Default');
    expect(await admin('account', 'set-default-sender', accountId, 'AwaShop')).toMatchObject({
      id: accountId,
      defaultSender: 'AwaShop',
    });
    await expect(admin('account', 'set-default-sender', accountId, 'Awa Shop')).rejects.toThrow(UsageError);
    await expect(
      admin('account', 'set-default-sender', '0123456789abcdef01234567', 'AwaShop'),
    ).rejects.toThrow(OperatorError);
  });

  it("sets an account's quiet hours, which its campaigns take unless they say theirs, and takes them off", async () => {
    const { accountId } = await admin('account', 'create', '--name', 'Nights');
    expect(await admin('account', 'set-quiet-hours', accountId, '21:00', '08:00')).toMatchObject({
      quietHours: { start: '21:00', end: '08:00' },
    });
    const { db, clock } = context;
    const account = await getAccount(db, accountId);
    const create = (input: Record<string, unknown>) =>
      createCampaign(
        { db, clock, log: createLogger({ level: 'silent' }), ...campaignPorts() },
        account as Account,
        createCampaignInput.parse({ contacts: [{ phone: '2250700000001' }], text: 'x', ...input }),
      );
    expect((await create({})).quietHours).toEqual({ start: '21:00', end: '08:00' });
    expect((await create({ quietHours: { start: '22:00', end: '07:00' } })).quietHours).toEqual({
      start: '22:00',
      end: '07:00',
    });
    expect((await create({ quietHours: null })).quietHours).toBeUndefined();
    for (const wrong of [['25:00', '08:00'], ['21:00', '08:07'], ['21:00', '21:00'], ['21:00']]) {
      await expect(admin('account', 'set-quiet-hours', accountId, ...wrong)).rejects.toThrow(UsageError);
    }
    const off = await admin('account', 'set-quiet-hours', accountId, 'off');
    expect(off.quietHours).toBeUndefined();
  });

  it('explains a wrong command', async () => {
    await expect(admin('sender', 'delete', 'x')).rejects.toThrow(UsageError);
    await expect(admin('sender', 'list', '--status', 'LOST')).rejects.toThrow(/status must be one of/);
    await expect(admin('account', 'create')).rejects.toThrow(/--name/);
    await expect(admin('account', 'create', '--name', 'X', '--sender-limit', '0')).rejects.toThrow(
      /at least 1/,
    );
    await expect(admin('sender', 'list', '--bogus')).rejects.toThrow(UsageError);
    await expect(admin('apikey', 'revoke', '--account', '0123456789abcdef01234567', 'nokey')).rejects.toThrow(
      OperatorError,
    );
  });

  it("sets the platform's prices and an account's own, and lists what applies to each", async () => {
    expect(await admin('price', 'set', 'ci', '25')).toEqual({ country: 'CI', price: 25 });
    await admin('price', 'set', 'SN', '27.5');
    const { accountId } = await admin('account', 'create', '--name', 'Grossiste');
    const { accountId: other } = await admin('account', 'create', '--name', 'Voisin');
    expect(await admin('price', 'set', 'CI', '0.0450', '--account', accountId)).toEqual({
      accountId,
      country: 'CI',
      price: 0.045,
    });
    expect(await admin('price', 'list', '--account', accountId)).toEqual([
      { country: 'CI', price: 0.045, source: 'account' },
      { country: 'SN', price: 27.5, source: 'platform' },
    ]);
    // Another account sees the platform's prices only.
    expect(await admin('price', 'list', '--account', other)).toEqual([
      { country: 'CI', price: 25, source: 'platform' },
      { country: 'SN', price: 27.5, source: 'platform' },
    ]);
    await expect(admin('price', 'set', 'CIV', '25')).rejects.toBeInstanceOf(UsageError);
    await expect(admin('price', 'set', 'CI', '0.00001')).rejects.toThrow(/at most 4 decimals/);
    await expect(admin('price', 'set', 'CI', '-5')).rejects.toBeInstanceOf(UsageError);
    await expect(
      admin('price', 'set', 'CI', '25', '--account', '0123456789abcdef01234567'),
    ).rejects.toBeInstanceOf(OperatorError);
  });

  it('opens an account with an opening balance, finds it by name, suspends and resumes it, in its audit log', async () => {
    const created = await admin('account', 'create', '--name', 'Épicerie Koné', '--opening-balance', '20000');
    expect((await admin('account', 'ledger', created.accountId)).available).toBe(20000);
    const found = await admin('account', 'list', '--search', 'epicerie k');
    expect(found.accounts).toEqual([
      expect.objectContaining({ accountId: created.accountId, status: 'ACTIVE', available: 20000 }),
    ]);
    await expect(admin('account', 'suspend', created.accountId)).rejects.toThrow(/--reason/);
    expect(await admin('account', 'suspend', created.accountId, '--reason', 'Impayé')).toMatchObject({
      suspension: { reason: 'Impayé' },
    });
    expect((await authenticate(context.db, created.apiKey))?.account.suspension?.reason).toBe('Impayé');
    await expect(admin('account', 'suspend', created.accountId, '--reason', 'Encore')).rejects.toThrow(
      /already suspended/,
    );
    expect(await admin('account', 'resume', created.accountId)).not.toHaveProperty('suspension');
    const log = await listAudit(context.db, created.accountId, { page: 1, size: 50 });
    expect(log.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['account.create', 'account.top_up', 'account.suspend', 'account.resume']),
    );
    await expect(admin('account', 'create', '--name', 'X', '--owner', 'a@example.com')).rejects.toThrow(
      /--user-pool/,
    );
  });

  it("notes the provider's cost and reads the overview", async () => {
    expect(await admin('price', 'provider-cost', 'CI', '18')).toEqual({ country: 'CI', providerCost: 18 });
    expect(await admin('price', 'provider-cost', 'CI', 'none')).toEqual({
      country: 'CI',
      providerCost: null,
    });
    const overview = await admin('overview');
    expect(overview.days).toHaveLength(30);
    expect(overview.to).toBe('2026-02-02');
  });
});
