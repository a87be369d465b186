/**
 * Who a segment reaches now: every contact of the account tested against its rules, the opted-out left
 * out, in phone order (the same contacts give the same order, so a repeated dispatch plans the same chunks).
 */
import { accountCounter } from '../accounts/repository';
import { DEFAULT_LARGE_AUDIENCE } from '../config';
import type { Contact } from '../contacts/contact';
import { getContacts } from '../contacts/repository';
import type { Db } from '../db/client';
import { membersAmong, membersInOrder } from '../groups/repository';
import { optedOutAmong } from '../opt-outs/repository';
import { type GroupMembers, groupIdsIn, segmentTest } from './evaluate';
import { forEachContactPage, sampleOfContacts } from './repository';
import { SEGMENT_COUNT_SAMPLE, type SegmentRules } from './segment';

/** The members (contact ids) of the groups these rules name; a group of another account has none. */
async function membersOfGroups(
  db: Db,
  accountId: string,
  rules: readonly SegmentRules[],
): Promise<GroupMembers> {
  const groups = new Map<string, Set<string>>();
  for (const groupId of new Set(rules.flatMap(groupIdsIn))) {
    // Only ids: a group of a million is held as a million ids, not contacts.
    groups.set(groupId, new Set(await membersInOrder(db, accountId, groupId, (member) => member.id)));
  }
  return groups;
}

/**
 * The contacts in any of these segments, each once, none that opted out, in phone order; each kept as
 * `keep` makes it as it is matched (a campaign keeps only what its text reads).
 */
export async function contactsInSegments<Kept extends { phone: string } = Contact>(
  db: Db,
  accountId: string,
  rules: readonly SegmentRules[],
  keep: (contact: Contact) => Kept = (contact) => contact as unknown as Kept,
): Promise<Kept[]> {
  if (rules.length === 0) return [];
  const groups = await membersOfGroups(db, accountId, rules);
  const tests = rules.map((segment) => segmentTest(segment, groups));
  const matched: Kept[] = [];
  await forEachContactPage(db, accountId, (page) => {
    for (const contact of page) if (tests.some((test) => test(contact))) matched.push(keep(contact));
  });
  const optedOut = await optedOutAmong(
    db,
    accountId,
    matched.map((contact) => contact.phone),
  );
  return inPhoneOrder(matched.filter((contact) => !optedOut.has(contact.phone)));
}

const inPhoneOrder = <Kept extends { phone: string }>(contacts: Kept[]) =>
  contacts.sort((a, b) => (a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0));

/**
 * The segments tested on about `size` contacts drawn across an account of `contactCount` (its counter), for
 * an estimate of a large one: those matched (the opted-out left out, as above) and how many were read.
 */
export async function sampleOfSegments(
  db: Db,
  accountId: string,
  rules: readonly SegmentRules[],
  size: number,
  contactCount: number,
): Promise<{ matched: Contact[]; read: number }> {
  const read = await sampleOfContacts(db, accountId, size, contactCount);
  const ids = read.map((contact) => contact.id);
  // Only the drawn contacts' memberships are looked up, never whole groups.
  const groups = new Map<string, Set<string>>();
  for (const groupId of new Set(rules.flatMap(groupIdsIn))) {
    groups.set(groupId, await membersAmong(db, accountId, groupId, ids));
  }
  const tests = rules.map((segment) => segmentTest(segment, groups));
  const matched = read.filter((contact) => tests.some((test) => test(contact)));
  const optedOut = await optedOutAmong(
    db,
    accountId,
    matched.map((contact) => contact.phone),
  );
  return {
    matched: matched.filter((contact) => !optedOut.has(contact.phone)),
    read: read.length,
  };
}

export const SAMPLE_SIZE = 10;

/** How many contacts a segment reaches now. */
export interface SegmentReach {
  count: number;
  /** Drawn from a sample of a large account (`sampled` contacts read), not counted one by one. */
  approximate: boolean;
  sampled?: number;
}

export interface ReachOptions {
  /** Counted one by one whatever the account's size. */
  exact?: boolean;
  /** Above this many contacts in the account, a count is drawn from a sample (as a campaign's estimate is). */
  largeAudience?: number;
  sampleSize?: number;
}

/** Who a segment reaches, as ids and phones only: an account of a million holds them, not its contacts. */
const reachedBy = (db: Db, accountId: string, rules: SegmentRules) =>
  contactsInSegments(db, accountId, [rules], ({ id, phone }) => ({ id, phone }));

/** How many contacts a segment reaches now (`segment/{id}`). */
export async function segmentCount(
  db: Db,
  accountId: string,
  rules: SegmentRules,
  options: ReachOptions = {},
): Promise<SegmentReach> {
  const { sample: _, ...reach } = await measure(db, accountId, rules, options, 0);
  return reach;
}

/** A segment's size now, and its first few contacts by phone (of those read, when drawn) (`segment/preview`). */
export function segmentSize(
  db: Db,
  accountId: string,
  rules: SegmentRules,
  options: ReachOptions = {},
): Promise<SegmentReach & { sample: Contact[] }> {
  return measure(db, accountId, rules, options, SAMPLE_SIZE);
}

/**
 * A segment's reach and `shown` of its contacts. In an account over `largeAudience` contacts, unless asked
 * `exact`, about `sampleSize` contacts drawn across it are tested and the matched share is scaled to the
 * account's count: reading every contact would outlast a request (and a console asks at every pause).
 */
async function measure(
  db: Db,
  accountId: string,
  rules: SegmentRules,
  { exact = false, largeAudience = DEFAULT_LARGE_AUDIENCE, sampleSize = SEGMENT_COUNT_SAMPLE }: ReachOptions,
  shown: number,
): Promise<SegmentReach & { sample: Contact[] }> {
  const contactCount = exact ? undefined : await accountCounter(db, accountId, 'contactCount');
  if (contactCount !== undefined && contactCount > largeAudience) {
    const { matched, read } = await sampleOfSegments(db, accountId, [rules], sampleSize, contactCount);
    return {
      count: read === 0 ? 0 : Math.round((matched.length * contactCount) / read),
      approximate: true,
      sampled: read,
      sample: inPhoneOrder(matched).slice(0, shown),
    };
  }
  const reached = await reachedBy(db, accountId, rules);
  return {
    count: reached.length,
    approximate: false,
    sample: await firstContacts(db, accountId, reached, shown),
  };
}

/** The first `size` of these contacts still there, read whole: one removed since the count gives way to the next. */
async function firstContacts(
  db: Db,
  accountId: string,
  reached: readonly { id: string }[],
  size: number,
): Promise<Contact[]> {
  const found: Contact[] = [];
  let next = 0;
  while (found.length < size && next < reached.length) {
    const ids = reached.slice(next, next + size - found.length).map((contact) => contact.id);
    next += ids.length;
    const byId = await getContacts(db, accountId, ids);
    found.push(...ids.flatMap((id) => byId.get(id) ?? []));
  }
  return found;
}
