import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let apiKey: string;
let otherKey: string;

beforeAll(async () => {
  stack = await startTestStack();
  apiKey = stack.demo.apiKey;
  otherKey = (
    await createAccount(stack.db, { name: 'Other', plan: { senderLimit: 1 }, now: stack.clock.now() })
  ).apiKey;
});

afterAll(async () => {
  await stack?.stop();
});

const call = (path: string, body: Record<string, unknown> = {}, key = apiKey) =>
  stack.post(path, { apiKey: key, ...body });

async function outbox(campaignId: string) {
  const response = await fetch(`${stack.url}/_local/outbox?campaignId=${campaignId}`);
  return ((await response.json()) as { data: { to: string; text: string }[] }).data.sort((a, b) =>
    a.to.localeCompare(b.to),
  );
}

describe('contact fields through the API', () => {
  it('saves fields with a contact, changes them with update, and removes the contact with delete', async () => {
    const created = await call('/v1/contact/create', {
      phone: '2250700020001',
      firstName: 'Awa',
      fields: { montant: '12 500', ville: 'Abidjan' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.fields).toEqual({ montant: '12 500', ville: 'Abidjan' });
    const id = created.body.data.id;

    const updated = await call(`/v1/contact/${id}/update`, {
      lastName: 'Koné',
      fields: { montant: '9 000', ville: null, echeance: '30/06' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({
      id,
      firstName: 'Awa',
      lastName: 'Koné',
      fields: { montant: '9 000', echeance: '30/06' },
      optedOut: false,
      updatedAt: expect.any(String),
    });
    expect((await call(`/v1/contact/${id}`)).body.data).toEqual(updated.body.data);

    expect((await call(`/v1/contact/${id}/update`, { firstName: 'X' }, otherKey)).status).toBe(404);
    expect((await call(`/v1/contact/${id}/delete`, {}, otherKey)).status).toBe(404);

    const deleted = await call(`/v1/contact/${id}/delete`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ id, deleted: true });
    expect((await call(`/v1/contact/${id}`)).status).toBe(404);
    expect((await call(`/v1/contact/${id}/delete`)).status).toBe(404);
  });

  it('names each bad field: key shape, built-in names, long values, too many, unknown attributes', async () => {
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, 'v']));
    const bad = await call('/v1/contact/create', {
      phone: '2250700020002',
      fields: { Montant: '1', prenom: 'x', note: 'n'.repeat(201), 'a-b': '1' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('validation-error');
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { path: 'fields.Montant', message: expect.stringContaining('key must be a lowercase letter') },
        { path: 'fields.prenom', message: expect.stringContaining('key is the name of a built-in variable') },
        { path: 'fields.note', message: 'must be at most 200 characters' },
        { path: 'fields.a-b', message: expect.stringContaining('key must be a lowercase letter') },
      ]),
    );
    const tooMany = await call('/v1/contact/create', { phone: '2250700020002', fields: many });
    expect(tooMany.body.details).toEqual([{ path: 'fields', message: 'must have at most 30 fields' }]);
    const wrongType = await call('/v1/contact/create', { phone: '2250700020002', fields: { montant: 12 } });
    expect(wrongType.body.details).toEqual([{ path: 'fields.montant', message: expect.any(String) }]);

    const saved = await call('/v1/contact/create', { phone: '2250700020002' });
    const update = await call(`/v1/contact/${saved.body.data.id}/update`, { phone: '2250700020003' });
    expect(update.body.details).toEqual([{ path: 'phone', message: 'is not a known field' }]);
  });

  it('renders each recipient’s fields and defaults in the preview, the estimate and the messages sent', async () => {
    await call('/v1/contact/create', { phone: '2250700020010', firstName: 'Zoé', fields: { solde: '750' } });
    const text = 'Bonjour @prenom{cher client}, votre solde est de @solde{0} FCFA. Suivez @Boutique.';

    const preview = await call('/v1/sms/preview', {
      text: `${text} @parrain`,
      contact: { firstName: 'Awa', fields: { solde: '1 200' } },
    });
    expect(preview.body.data).toMatchObject({
      text: 'Bonjour Awa, votre solde est de 1 200 FCFA. Suivez @Boutique.',
      variables: ['@prenom', '@solde', '@parrain'],
      unknownVariables: ['@parrain'],
      notVariables: ['@Boutique'],
    });

    const contacts = [
      { phone: '2250700020011', firstName: 'Awa', fields: { solde: '1 200' } },
      { phone: '2250700020012', fields: { solde: 'un montant bien plus long que les autres, '.repeat(4) } },
      { phone: '2250700020013' },
      // Saved with 750; given again with 8 000: the campaign sends the new value, and the contact keeps it.
      { phone: '2250700020010', fields: { solde: '8 000' } },
    ];
    const estimate = await call('/v1/campaign/estimate', { contacts, text });
    expect(estimate.status).toBe(200);
    expect(estimate.body.data.segments).toBe(1 + 2 + 1 + 1);

    const created = await call('/v1/campaign/create', { contacts, text });
    expect(created.status).toBe(201);
    const sent = await outbox(created.body.data.id);
    expect(sent.map((message) => [message.to, message.text])).toEqual([
      ['2250700020010', 'Bonjour Zoé, votre solde est de 8 000 FCFA. Suivez @Boutique.'],
      ['2250700020011', 'Bonjour Awa, votre solde est de 1 200 FCFA. Suivez @Boutique.'],
      [
        '2250700020012',
        `Bonjour cher client, votre solde est de ${'un montant bien plus long que les autres, '.repeat(4).trim()} FCFA. Suivez @Boutique.`,
      ],
      ['2250700020013', 'Bonjour cher client, votre solde est de 0 FCFA. Suivez @Boutique.'],
    ]);
    const zoe = await call('/v1/contact/list', { phone: '2250700020010' });
    expect(zoe.body.data[0].fields).toEqual({ solde: '8 000' });
  });

  it('sends a group the values its members have now, after an update', async () => {
    const group = await call('/v1/group/create', { name: 'Factures' });
    const added = await call(`/v1/group/${group.body.data.id}/add`, {
      contacts: [{ phone: '2250700020021', fields: { montant: '5 000' } }],
    });
    expect(added.status).toBe(200);
    const [member] = (await call(`/v1/group/${group.body.data.id}`)).body.data.members;
    await call(`/v1/contact/${member.id}/update`, { fields: { montant: '6 500' } });

    const created = await call('/v1/campaign/create', {
      groupsIds: [group.body.data.id],
      text: 'Votre facture de @montant FCFA est disponible.',
    });
    expect((await outbox(created.body.data.id)).map((message) => message.text)).toEqual([
      'Votre facture de 6 500 FCFA est disponible.',
    ]);
  });
});
