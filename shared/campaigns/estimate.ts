/**
 * `POST /v1/campaign/estimate` (CONTRACT.md, Money): what a campaign would cost, with the body of a
 * create and no effect. Its recipients are found as the create finds them (saved contacts by id or by
 * phone, group members, one per phone) but nothing is saved; each one's own text is segmented.
 */
import type { Account } from '../accounts/account';
import { type Contact, contactIdOf } from '../contacts/contact';
import { applyChanges, findContactsByPhone, getContacts } from '../contacts/repository';
import { changesGiven } from '../contacts/use-cases';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { linkTrackingOf } from '../links/input';
import { money } from '../money/amount';
import { getBalance } from '../money/balance';
import { type HoldRefusal, refusalOf } from '../money/holds';
import { availableOf } from '../money/ledger';
import { quoteFor } from '../money/quote';
import type { Money } from '../money/view';
import { contactsInSegments } from '../segments/audience';
import { fieldKeysIn } from '../text/render';
import type { CreateCampaignInput } from './campaign';
import {
  noRecipient,
  recipientsOfGroups,
  requireGroups,
  requireSegments,
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
}

export async function estimateCampaign(
  deps: { db: Db; stopNumber?: string; currency: string; now: Date; linkBase?: string | undefined },
  account: Account,
  input: CreateCampaignInput,
): Promise<Estimate> {
  const { db, currency } = deps;
  const { text } = textOf(input, deps.stopNumber);
  await requireGroups(db, account.id, input.groupsIds);
  const inline = await inlineRecipients(db, account.id, input.contacts);
  const segments = await requireSegments(db, account.id, input.segmentIds);
  const fieldKeys = fieldKeysIn(text);
  const members = await recipientsOfGroups(db, account.id, input.groupsIds, fieldKeys);
  const segmentMembers = await contactsInSegments(db, account.id, segments);
  const recipients = uniqueByPhone(inline, members, fieldKeys, segmentMembers);
  if (recipients.length === 0) throw noRecipient();
  const quote = await quoteFor(db, account.id, text, recipients, linkTrackingOf(input, deps.linkBase)?.base);
  const balance = await getBalance(db, account.id);
  const reason = refusalOf(balance, quote.units, deps.now, input.maxCost);
  return {
    recipients: quote.recipients,
    segments: quote.segments,
    cost: money(quote.units, currency),
    byCountry: quote.byCountry.map((line) => ({
      country: line.country,
      recipients: line.recipients,
      segments: line.segments,
      price: money(line.price, currency),
      cost: money(line.units, currency),
    })),
    unpriced: quote.unpriced,
    optedOut: quote.optedOut,
    tooLong: quote.tooLong,
    available: money(availableOf(balance), currency),
    sufficient: reason === undefined,
    ...(reason ? { reason } : {}),
  };
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
