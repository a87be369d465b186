import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { deleteContact } from '../../shared/groups/contact-changes';
import { createGroup } from '../../shared/groups/repository';
import { addToGroup } from '../../shared/groups/use-cases';
import { segmentCount, segmentSize } from '../../shared/segments/audience';
import { type SegmentRules, segmentRulesSchema } from '../../shared/segments/segment';
import { TEST_ACTOR } from '../support/actors';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
/** The limits these tests set: in an account above 100 contacts, a count is drawn from about 160. */
const LARGE = 100;
const SAMPLE = 160;
const large = { largeAudience: LARGE, sampleSize: SAMPLE };

beforeAll(async () => {
  db = await createTestDb();
});

let serial = 0;
/** An account of `count` contacts, every `everyNth` of them in Abidjan, the others in Bouaké. */
async function accountOf(count: number, everyNth = 2) {
  const { account } = await createAccount(db, { name: 'S', plan: { senderLimit: 1 }, now: clock.now() });
  const group = await createGroup(db, account.id, { name: 'Tous' }, clock.now());
  const contacts = Array.from({ length: count }, (_, at) => ({
    phone: `225070${String(++serial).padStart(7, '0')}`,
    fields: { ville: at % everyNth === 0 ? 'Abidjan' : 'Bouaké' },
  }));
  for (let from = 0; from < count; from += 500) {
    const slice = { contacts: contacts.slice(from, from + 500), contactIds: [] };
    await addToGroup({ db, clock }, account.id, group.id, slice, TEST_ACTOR);
  }
  return account.id;
}

const rules = (conditions: unknown[]): SegmentRules => segmentRulesSchema.parse({ conditions });
const inAbidjan = rules([{ field: 'fields.ville', op: 'eq', value: 'Abidjan' }]);
const nowhere = rules([{ field: 'fields.ville', op: 'eq', value: 'Korhogo' }]);

describe('a segment counted in a large account', () => {
  it('is drawn from a sample scaled to the account, says so, and shows contacts it matched', async () => {
    const accountId = await accountOf(600);

    const everyone = await segmentSize(db, accountId, rules([]), large);
    expect(everyone).toMatchObject({ count: 600, approximate: true });
    // Fewer were read than the account holds.
    expect(everyone.sampled).toBeGreaterThanOrEqual(SAMPLE * 0.75);
    expect(everyone.sampled).toBeLessThan(400);

    const half = await segmentSize(db, accountId, inAbidjan, large);
    expect(half.approximate).toBe(true);
    // 300 of 600: a draw of about 160 without replacement has a spread of about 17; 6 of them either side.
    expect(half.count).toBeGreaterThanOrEqual(300 - 100);
    expect(half.count).toBeLessThanOrEqual(300 + 100);
    expect(half.sample).toHaveLength(10);
    for (const contact of half.sample) expect(contact.fields).toEqual({ ville: 'Abidjan' });
    const phones = half.sample.map((contact) => contact.phone);
    expect(phones).toEqual([...phones].sort());

    expect(await segmentSize(db, accountId, nowhere, large)).toMatchObject({
      count: 0,
      approximate: true,
      sample: [],
    });
  });

  it('is counted one by one when asked exact, and in an account at or under the limit', async () => {
    const accountId = await accountOf(600, 3);

    const exact = await segmentCount(db, accountId, inAbidjan, { ...large, exact: true });
    expect(exact).toEqual({ count: 200, approximate: false });

    const small = await accountOf(LARGE, 4);
    expect(await segmentCount(db, small, inAbidjan, large)).toEqual({ count: 25, approximate: false });
  });
});

describe('a segment preview', () => {
  it('shows ten contacts when one of its first ten is removed between the count and their reading', async () => {
    const accountId = await accountOf(30);
    const before = await segmentSize(db, accountId, inAbidjan);
    expect(before.sample).toHaveLength(10);
    const removed = before.sample[3];
    if (!removed) throw new Error('the segment has fewer than four contacts');

    const after = await segmentSize(removingFirstRead(accountId, removed.id), accountId, inAbidjan);

    // Counted with it, shown without it: the eleventh takes its place.
    expect(after.count).toBe(15);
    expect(after.sample).toHaveLength(10);
    expect(after.sample.map((contact) => contact.id)).not.toContain(removed.id);
    expect(after.sample.slice(0, 3)).toEqual(before.sample.slice(0, 3));
  });
});

/** The database of a preview during which a contact is removed: just before its contacts are read whole. */
function removingFirstRead(accountId: string, contactId: string): Db {
  let removed = false;
  const client = new Proxy(db.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return async (command: { constructor: { name: string } }) => {
        if (command.constructor.name === 'BatchGetCommand' && !removed) {
          removed = true;
          await deleteContact({ db, clock }, accountId, contactId, TEST_ACTOR);
        }
        return target.send(command as never);
      };
    },
  });
  return { ...db, client };
}
