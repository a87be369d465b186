import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdminArgs, runAdminCommand } from '../../admin/commands';
import { SmsClient } from '../../sdk/src/index';
import { createAccount, issueApiKey } from '../../shared/accounts/repository';
import { createWebhook } from '../../shared/webhooks/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

async function accountWithAdmin() {
  const { account } = await createAccount(stack.db, {
    name: 'Audit',
    plan: { senderLimit: 5 },
    now: stack.clock.now(),
  });
  const admin = await issueApiKey(stack.db, {
    accountId: account.id,
    now: stack.clock.now(),
    role: 'admin',
    name: 'Back-office',
  });
  const viewer = await issueApiKey(stack.db, {
    accountId: account.id,
    now: stack.clock.now(),
    role: 'viewer',
  });
  return { accountId: account.id, admin, viewer };
}

const log = async (apiKey: string, filter: Record<string, unknown> = {}) =>
  (await stack.call('/v1/audit/list', { count: 100, ...filter }, apiKey)).body;

describe('the audit log', () => {
  it('records who changed what, newest first, with no secret in it', async () => {
    const { accountId, admin, viewer } = await accountWithAdmin();
    const made = (await stack.call('/v1/key/create', { name: 'CRM', role: 'editor' }, admin.apiKey)).body
      .data;
    stack.clock.advance(1000);
    await stack.call(`/v1/key/${made.id}/revoke`, {}, admin.apiKey);
    const { webhook } = await createWebhook(
      stack.db,
      accountId,
      { url: 'https://hooks.example.com/a', events: ['*'], description: '' },
      stack.clock.now(),
    );
    stack.clock.advance(1000);
    const rotated = (await stack.call(`/v1/webhook/${webhook.id}/rotate-secret`, {}, admin.apiKey)).body.data;
    stack.clock.advance(1000);
    await stack.call(`/v1/webhook/${webhook.id}/delete`, {}, admin.apiKey);
    stack.clock.advance(1000);
    await stack.call('/v1/account/settings', { lowBalanceThreshold: 500 }, admin.apiKey);
    stack.clock.advance(1000);
    const campaign = (
      await stack.call(
        '/v1/campaign/create',
        {
          contacts: [{ phone: '2250700008001' }],
          text: 'Bonjour',
          type: 'SCHEDULED',
          scheduledDate: '2026-12-01T10:00:00.000Z',
        },
        admin.apiKey,
      )
    ).body.data;
    stack.clock.advance(1000);
    await stack.call(`/v1/campaign/${campaign.id}/cancel`, {}, admin.apiKey);

    // A viewer reads it.
    const body = await log(viewer.apiKey);
    const actor = { type: 'key', id: admin.keyId, label: 'Back-office' };
    expect(body.data.map((entry: { action: string }) => entry.action)).toEqual([
      'campaign.cancel',
      'campaign.create',
      'account.settings',
      'webhook.delete',
      'webhook.rotate_secret',
      'key.revoke',
      'key.create',
    ]);
    expect(
      body.data.every((entry: { actor: unknown }) => JSON.stringify(entry.actor) === JSON.stringify(actor)),
    ).toBe(true);
    expect(body.data.at(-1)).toMatchObject({
      target: { type: 'key', id: made.id },
      details: { name: 'CRM', role: 'editor' },
    });
    expect(body.data[0]).toMatchObject({ target: { type: 'campaign', id: campaign.id } });
    expect(body.data[2]).toMatchObject({ details: { lowBalanceThreshold: 500 } });
    const written = JSON.stringify(body);
    expect(written).not.toContain(made.key);
    expect(written).not.toContain(rotated.secret);
    expect(written).not.toContain('whsec_');
    expect(written).not.toContain('sk_');
  });

  it('is filtered by action and by actor, and shows an operator’s top-up', async () => {
    const { accountId, admin, viewer } = await accountWithAdmin();
    await stack.call('/v1/key/create', { name: 'Un', role: 'viewer' }, admin.apiKey);
    const { values, positionals } = parseAdminArgs([
      'account',
      'top-up',
      accountId,
      '2500',
      '--note',
      'Virement',
    ]);
    await runAdminCommand(positionals, values, { db: stack.db, clock: stack.clock, operator: 'awa' });
    expect((await log(viewer.apiKey, { action: 'account.top_up' })).data).toEqual([
      expect.objectContaining({
        actor: { type: 'operator', id: 'awa', label: 'awa' },
        action: 'account.top_up',
        details: { amount: 2500, note: 'Virement' },
      }),
    ]);
    const byAdmin = await log(viewer.apiKey, { actorId: admin.keyId });
    expect([byAdmin.totalCount, byAdmin.data[0].action]).toEqual([1, 'key.create']);
    const sms = new SmsClient({ apiKey: viewer.apiKey, baseUrl: stack.url });
    expect((await sms.audit.list({ action: 'key.create' })).data).toEqual([
      expect.objectContaining({ action: 'key.create', details: { name: 'Un', role: 'viewer' } }),
    ]);
    const refused = await stack.call('/v1/audit/list', { action: 'DROP TABLE' }, viewer.apiKey);
    expect([refused.status, refused.body.details[0].path]).toEqual([400, 'action']);
  });

  it('records the operators’ other commands: account creation, sender decisions, an account’s own price', async () => {
    const admin = async (...args: string[]) => {
      const { values, positionals } = parseAdminArgs(args);
      return runAdminCommand(positionals, values, { db: stack.db, clock: stack.clock, operator: 'moussa' });
    };
    const made = (await admin('account', 'create', '--name', 'Coopérative')) as {
      accountId: string;
      apiKey: string;
    };
    const sender = await stack.call('/v1/sender/create', { name: 'COOP', description: 'Coop' }, made.apiKey);
    await admin('sender', 'set-status', sender.body.data.id, 'REFUSED', '--reason', 'Marque non justifiée');
    await admin('price', 'set', 'CI', '22', '--account', made.accountId);
    await admin('price', 'set', 'SN', '27');
    const { data } = await log(made.apiKey, {});
    const byOperator = data.filter((entry: { actor: { type: string } }) => entry.actor.type === 'operator');
    expect(byOperator.map((entry: { action: string }) => entry.action)).toEqual([
      'price.set',
      'sender.set_status',
      'account.create',
    ]);
    expect(byOperator[0]).toMatchObject({ target: { type: 'price', id: 'CI' }, details: { price: 22 } });
    expect(byOperator[1]).toMatchObject({
      actor: { type: 'operator', id: 'moussa', label: 'moussa' },
      target: { type: 'sender', id: sender.body.data.id },
      details: { name: 'COOP', from: 'PENDING', to: 'REFUSED', reason: 'Marque non justifiée' },
    });
    expect(byOperator[2]).toMatchObject({ details: { name: 'Coopérative' } });
    expect(JSON.stringify(data)).not.toContain(made.apiKey);
  });

  it('records the editors’ changes: senders, contacts, groups and their members, opt-outs', async () => {
    const { accountId, viewer } = await accountWithAdmin();
    const editor = await issueApiKey(stack.db, {
      accountId,
      now: stack.clock.now(),
      role: 'editor',
      name: 'Marketing',
    });
    const step = async (path: string, body: Record<string, unknown>) => {
      const answer = await stack.call(path, body, editor.apiKey);
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
      stack.clock.advance(1000);
      return answer.body.data;
    };
    const sender = await step('/v1/sender/create', { name: 'BOUTIK', description: 'Promotions' });
    const contact = await step('/v1/contact/create', { phone: '2250700008101' });
    const gone = await step('/v1/contact/create', { phone: '2250700008105' });
    await step(`/v1/contact/${contact.id}/update`, { fields: { ville: 'Abidjan' } });
    await step(`/v1/contact/${gone.id}/delete`, {});
    const group = await step('/v1/group/create', { name: 'VIP' });
    await step(`/v1/group/${group.id}/add`, {
      contactIds: [contact.id],
      contacts: [{ phone: '2250700008102' }],
    });
    await step(`/v1/group/${group.id}/remove`, { contactIds: [contact.id] });
    await step('/v1/opt-out/add', { phones: ['2250700008103', '2250700008104'], reason: 'Plainte' });
    await step('/v1/opt-out/remove', { phones: ['2250700008103'] });
    // Nothing changed, nothing recorded.
    await step('/v1/opt-out/remove', { phones: ['2250700008199'] });
    const entries = (await log(viewer.apiKey, { actorId: editor.keyId })).data;
    expect(
      entries.map((entry: { action: string; target: { id: string }; details?: unknown }) => [
        entry.action,
        entry.target.id,
        entry.details ?? null,
      ]),
    ).toEqual([
      ['opt_out.remove', accountId, { removed: 1 }],
      ['opt_out.add', accountId, { added: 2, reason: 'Plainte' }],
      ['group.remove', group.id, { removed: 1 }],
      ['group.add', group.id, { added: 2, contactsCreated: 1 }],
      ['group.create', group.id, { name: 'VIP' }],
      ['contact.delete', gone.id, null],
      ['contact.update', contact.id, null],
      ['contact.create', gone.id, null],
      ['contact.create', contact.id, null],
      ['sender.create', sender.id, { name: 'BOUTIK' }],
    ]);
    expect(JSON.stringify(entries)).not.toContain('2250700008103');
  });

  it('shows an account only its own entries', async () => {
    const first = await accountWithAdmin();
    const second = await accountWithAdmin();
    await stack.call('/v1/key/create', { name: 'Mine', role: 'viewer' }, first.admin.apiKey);
    expect((await log(second.viewer.apiKey)).data).toEqual([]);
  });
});
