import { describe, expect, it } from 'vitest';
import { contactIdOf } from '../../shared/contacts/contact';
import { keys } from '../../shared/db/keys';
import { newId } from '../../shared/ids';

/**
 * Where one account's contacts are written (docs/scale.md, "The account's partition"): what decides how
 * fast DynamoDB takes a million of them. If these keys change, that page must change with them.
 */
describe("one account's contacts in the table", () => {
  const accountId = newId(new Date('2026-12-06T08:00:00Z'));
  const contacts = Array.from({ length: 1000 }, (_, i) => {
    const phone = `22507${String(i).padStart(8, '0')}`;
    const id = contactIdOf(accountId, phone);
    return {
      ...keys.contact(accountId, id),
      ...keys.contactListings(
        accountId,
        newId(new Date(Date.UTC(2026, 11, 6, 8, 0, 0, i))),
        phone,
        `awa ${i}`,
      ),
    };
  });

  it('share one partition key in the table and in each listing index', () => {
    for (const attribute of ['pk', 'gsi3pk', 'gsi4pk', 'gsi5pk'] as const)
      expect(new Set(contacts.map((item) => item[attribute])).size, attribute).toBe(1);
  });

  it('spread their sort keys in the table (ids from a hash), but not in the newest-first listing (time-ordered)', () => {
    const sorted = (values: string[]) => [...values].sort();
    const sks = contacts.map((item) => item.sk);
    // Writes in the order of the file land all over the partition's key range...
    expect(sks).not.toEqual(sorted(sks));
    // ...but the newest-first listing's always at its end: the one place DynamoDB cannot split for heat.
    const listed = contacts.map((item) => item.gsi4sk);
    expect(listed).toEqual(sorted(listed));
  });

  it("put a group's members in a partition of the group's own", () => {
    const groupA = keys.groupMember(accountId, 'a'.repeat(24), 'c'.repeat(24));
    const groupB = keys.groupMember(accountId, 'b'.repeat(24), 'c'.repeat(24));
    expect(groupA.pk).not.toBe(groupB.pk);
    expect(groupA.pk).not.toBe(keys.contact(accountId, 'c'.repeat(24)).pk);
  });
});
