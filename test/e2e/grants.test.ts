import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, type ApiRoute } from '../../functions/api/routes';
import type { Db } from '../../shared/db/client';
import { configureRuntime } from '../../shared/runtime';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * On AWS each route's function may query only the indexes `routes.ts` lists, and a read-only one
 * may write nothing but its key's request count (IAM, from the same list). The local stack has no
 * IAM, so this records what each route really does and holds it to the list.
 */

interface Touch {
  command: string;
  index?: string;
  partitions: string[];
}

let stack: TestStack;
const touches: Touch[] = [];

const WRITES = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

function recording(real: Db): Db {
  const send = (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const input = command.input;
    const keys = [
      input.Key,
      input.Item,
      ...((input.TransactItems as Record<string, { Key?: unknown; Item?: unknown }>[] | undefined) ?? []).map(
        (item) => Object.values(item)[0]?.Key ?? Object.values(item)[0]?.Item,
      ),
    ] as ({ pk?: string } | undefined)[];
    touches.push({
      command: command.constructor.name.replace(/Command$/, ''),
      ...(typeof input.IndexName === 'string' ? { index: input.IndexName } : {}),
      partitions: keys.flatMap((key) => (key?.pk ? [key.pk] : [])),
    });
    return real.client.send(command as never);
  };
  return { ...real, client: { send } as unknown as Db['client'] };
}

beforeAll(async () => {
  stack = await startTestStack();
  configureRuntime({ db: recording(stack.db) });
});

afterAll(async () => {
  await stack?.stop();
});

const route = (id: string) => API_ROUTES.find((candidate) => candidate.id === id) as ApiRoute;

async function call(id: string, body: Record<string, unknown>, pathId = '') {
  touches.length = 0;
  const answer = await stack.post(route(id).path.replace('{id}', pathId), {
    apiKey: stack.demo.apiKey,
    ...body,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return { answer, touched: [...touches] };
}

function expectWithinGrants(id: string, touched: Touch[]) {
  const allowed = new Set(['gsi1', ...(route(id).indexes ?? [])]);
  for (const touch of touched) {
    if (touch.index) expect(allowed.has(touch.index), `${id} queries ${touch.index}`).toBe(true);
    if (route(id).readOnly && WRITES.test(touch.command)) {
      expect(touch.command, `${id} (read-only) writes`).toBe('Update');
      for (const partition of touch.partitions) expect(partition).toMatch(/^ACCOUNT#[^#]+#APIKEY#[^#]+$/);
    }
  }
}

describe('what each route does stays within what its IAM grants will allow', () => {
  it('holds for contacts, groups and campaigns, with every listing filter', async () => {
    const checks: [string, Record<string, unknown>, string?][] = [
      ['ContactCreate', { phone: '2250700000001', name: 'Awa Koné' }],
      ['ContactList', {}],
      ['ContactList', { phone: '22507' }],
      ['ContactList', { search: 'awa' }],
      ['ContactList', { page: 2, count: 1 }],
      ['GroupCreate', { name: 'VIP' }],
      ['GroupList', {}],
      ['SenderCreate', { name: 'MySender', description: 'marketing' }],
      ['SenderList', {}],
      ['SmsPreview', { text: 'Bonjour @prenom' }],
    ];
    for (const [id, body] of checks) {
      const { touched } = await call(id, body);
      expectWithinGrants(id, touched);
    }

    const contact = (await call('ContactList', {})).answer.body.data[0];
    const group = (await call('GroupList', {})).answer.body.data[0];
    const sender = (await call('SenderList', {})).answer.body.data[0];
    for (const [id, body, pathId] of [
      ['ContactGet', {}, contact.id],
      ['GroupAdd', { contacts: [{ phone: '2250700000002' }], contactIds: [contact.id] }, group.id],
      ['GroupGet', {}, group.id],
      ['GroupRemove', { contactIds: [contact.id] }, group.id],
      ['SenderCampaigns', {}, sender.id],
    ] as const) {
      const { touched } = await call(id, body, pathId);
      expectWithinGrants(id, touched);
    }

    const created = await call('CampaignCreate', {
      contacts: [{ phone: '2250700000003' }],
      groupsIds: [group.id],
      text: 'Bonjour',
      type: 'SCHEDULED',
      scheduledDate: '2026-07-01T09:00:00Z',
    });
    expectWithinGrants('CampaignCreate', created.touched);
    const campaignId = created.answer.body.data.id;
    for (const [id, body, pathId] of [
      ['CampaignList', {}, ''],
      ['CampaignList', { status: 'PENDING' }, ''],
      ['CampaignList', { page: 2, limit: 1 }, ''],
      ['CampaignGet', {}, campaignId],
      ['SenderCampaigns', {}, sender.id],
      ['CampaignCancel', {}, campaignId],
    ] as const) {
      const { touched } = await call(id, body, pathId);
      expectWithinGrants(id, touched);
    }
  });
});
