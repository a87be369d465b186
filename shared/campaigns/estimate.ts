/**
 * `POST /v1/campaign/estimate` (CONTRACT.md, Money): what a campaign would cost, with the body of a
 * create and no effect. Its recipients are found as the create finds them (saved contacts by id or by
 * phone, group members, one per phone) but nothing is saved; each one's own text is segmented. A large
 * audience (as a create judges it) is estimated from samples instead: read whole, it would outlast the request.
 */
import type { Account } from '../accounts/account';
import { accountCounter } from '../accounts/repository';
import { type Contact, contactIdOf } from '../contacts/contact';
import { applyChanges, findContactsByPhone, getContacts } from '../contacts/repository';
import { changesGiven } from '../contacts/use-cases';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { Group } from '../groups/group';
import { membersInOrder, sampleOfMembers } from '../groups/repository';
import { linkTrackingOf } from '../links/input';
import { money } from '../money/amount';
import { getBalance } from '../money/balance';
import { type HoldRefusal, refusalOf } from '../money/holds';
import { availableOf } from '../money/ledger';
import { pricesOf, type Quote, quote, quoteFor, scaledQuote, sumOfQuotes } from '../money/quote';
import type { Money } from '../money/view';
import { optedOutAmong } from '../opt-outs/repository';
import { sampleOfSegments } from '../segments/audience';
import type { Segment } from '../segments/segment';
import { fieldKeysIn } from '../text/render';
import type { CreateCampaignInput, Recipient } from './campaign';
import {
  groupRecipient,
  isLargeAudience,
  noRecipient,
  recipientsOfGroups,
  recipientsOfSegments,
  requireGroups,
  requireSegments,
  segmentRecipient,
  textOf,
  uniqueByPhone,
} from './create';

export interface Estimate {
  /** Recipients that would be charged for (priced, not opted out, not too long). */
  recipients: number;
  segments: number;
  cost: Money;
  byCountry: { country: string; recipients: number; segments: number; price: Money; cost: Money }[];
  unpriced: { phone: string; country: string | null }[];
  optedOut: number;
  /** Recipients whose own text would pass 10 segments (they would fail, uncharged). */
  tooLong: number;
  available: Money;
  sufficient: boolean;
  /** Why it would be refused now, when it would. */
  reason?: HoldRefusal;
  /** Drawn from samples of a large audience (`sampleOfAudience`), not counted recipient by recipient. */
  approximate: boolean;
  /** How many were read to draw it (inline contacts, group members, contacts tested), when approximate. */
  sampled?: number;
}

/** How many members of each group (or contacts, for segments) an approximate estimate reads. */
export const ESTIMATE_SAMPLE = 2_000;

export interface EstimateDeps {
  db: Db;
  stopNumber?: string;
  currency: string;
  now: Date;
  linkBase?: string | undefined;
  /** Above this many (as a create counts them), the audience is estimated from samples. */
  largeAudience?: number;
  sampleSize?: number;
}

export async function estimateCampaign(
  deps: EstimateDeps,
  account: Account,
  input: CreateCampaignInput,
): Promise<Estimate> {
  const { db, currency } = deps;
  const { text } = textOf(input, deps.stopNumber);
  const groups = await requireGroups(db, account.id, input.groupsIds);
  const inline = await inlineRecipients(db, account.id, input.contacts);
  const segments = await requireSegments(db, account.id, input.segmentIds);
  const fieldKeys = fieldKeysIn(text);
  const linkBase = linkTrackingOf(input, deps.linkBase)?.base;
  // A large audience is not read within a request (it could take minutes): samples of it are.
  const large = await isLargeAudience(db, account.id, groups, segments, deps.largeAudience);
  const audience = { inline, groups, segments, fieldKeys };
  const { figures, sampled } = large
    ? await sampleOfAudience(db, account.id, text, linkBase, audience, deps.sampleSize)
    : { figures: await quoteOfEveryone(db, account.id, text, linkBase, audience), sampled: undefined };
  const balance = await getBalance(db, account.id);
  const reason = refusalOf(balance, figures.units, deps.now, input.maxCost);
  return {
    recipients: figures.recipients,
    segments: figures.segments,
    cost: money(figures.units, currency),
    byCountry: figures.byCountry.map((line) => ({
      country: line.country,
      recipients: line.recipients,
      segments: line.segments,
      price: money(line.price, currency),
      cost: money(line.units, currency),
    })),
    unpriced: figures.unpriced,
    optedOut: figures.optedOut,
    tooLong: figures.tooLong,
    available: money(availableOf(balance), currency),
    sufficient: reason === undefined,
    ...(reason ? { reason } : {}),
    approximate: large,
    ...(sampled !== undefined ? { sampled } : {}),
  };
}

type Audience = { inline: Contact[]; groups: Group[]; segments: Segment[]; fieldKeys: string[] };

/** The quote of every recipient, found as a create finds them, one per phone. */
async function quoteOfEveryone(
  db: Db,
  accountId: string,
  text: string,
  linkBase: string | undefined,
  { inline, groups, segments, fieldKeys }: Audience,
): Promise<Quote> {
  const groupsIds = groups.map((group) => group.id);
  const members = await recipientsOfGroups(db, accountId, groupsIds, fieldKeys);
  const segmentMembers = await recipientsOfSegments(db, accountId, segments, fieldKeys);
  const recipients = uniqueByPhone(inline, members, fieldKeys, segmentMembers);
  if (recipients.length === 0) throw noRecipient();
  return quoteFor(db, accountId, text, recipients, linkBase);
}

/**
 * The quote of a large audience from samples. The inline contacts are priced one by one; each group is
 * priced on about `size` of its members drawn across it (all of them, when it has no more), scaled to its
 * count; the segments on about `size` contacts drawn across the account, scaled to the account's count. A
 * phone in several groups (or in a group and a segment) counts in each: the figures lean high, never low.
 */
async function sampleOfAudience(
  db: Db,
  accountId: string,
  text: string,
  linkBase: string | undefined,
  audience: Audience,
  size = ESTIMATE_SAMPLE,
): Promise<{ figures: Quote; sampled: number }> {
  const { inline, groups, segments, fieldKeys } = audience;
  const prices = await pricesOf(db, accountId);
  const priced = async (recipients: readonly Recipient[], factor: number) => {
    const phones = recipients.map((recipient) => recipient.phone);
    const optedOut = await optedOutAmong(db, accountId, phones);
    return scaledQuote(quote(text, recipients, prices, optedOut, linkBase), factor);
  };
  const inlineOnce = uniqueByPhone(inline, [], fieldKeys);
  const given = new Set(inlineOnce.map((recipient) => recipient.phone));
  const notGiven = (recipient: Recipient) => !given.has(recipient.phone);
  const parts = [await priced(inlineOnce, 1)];
  let sampled = inlineOnce.length;
  const asRecipient = groupRecipient(fieldKeys);
  for (const group of groups) {
    const members =
      group.memberCount <= size
        ? await membersInOrder(db, accountId, group.id, asRecipient)
        : await sampleOfMembers(db, accountId, group, size, asRecipient);
    sampled += members.length;
    // The factor is the share drawn; members given inline are then priced with them, once.
    if (members.length)
      parts.push(await priced(members.filter(notGiven), group.memberCount / members.length));
  }
  if (segments.length) {
    const contactCount = await accountCounter(db, accountId, 'contactCount');
    const { matched, read } = await sampleOfSegments(db, accountId, segments, size, contactCount);
    sampled += read;
    const recipients = matched.map(segmentRecipient(fieldKeys)).filter(notGiven);
    if (read) parts.push(await priced(recipients, contactCount / read));
  }
  return { figures: sumOfQuotes(parts, prices), sampled };
}

/** The inline contacts as a create would send to them: saved ones as saved, new phones as given. */
async function inlineRecipients(
  db: Db,
  accountId: string,
  contacts: CreateCampaignInput['contacts'],
): Promise<Contact[]> {
  const ids = contacts.flatMap((contact) => (contact.id ? [contact.id] : []));
  const byId = ids.length ? await getContacts(db, accountId, ids) : new Map<string, Contact>();
  const unknown = contacts.flatMap((contact, index) =>
    contact.id && !byId.has(contact.id)
      ? [{ path: `contacts.${index}.id`, message: 'is not a contact of this account' }]
      : [],
  );
  if (unknown.length) {
    throw new AppError('contact-not-found', 'Some contacts are not in this account.', { details: unknown });
  }
  const fresh = contacts.filter((contact) => !contact.id);
  const saved = new Map(
    (
      await findContactsByPhone(
        db,
        accountId,
        fresh.map((contact) => contact.phone),
      )
    ).map((contact) => [contact.phone, contact]),
  );
  // As `create` would resolve them: a saved contact takes the values given with it.
  return contacts.map((contact) => {
    const found = contact.id ? byId.get(contact.id) : saved.get(contact.phone);
    if (!found) return { ...contact, id: contactIdOf(accountId, contact.phone), createdAt: '' };
    const changes = changesGiven(found, contact);
    return changes ? applyChanges(found, changes) : found;
  });
}
